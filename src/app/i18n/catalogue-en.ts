import { customersEn } from '@/features/customers/messages-en';
import { trendEn } from '@/features/deployment-trend/messages-en';
import { deploymentEn } from '@/features/license-deployment/messages-en';
import { usageEn } from '@/features/license-usage/messages-en';
import { portfolioEn } from '@/features/portfolio/messages-en';
import { rightSizeEn } from '@/features/right-size/messages-en';
import { sharedEn } from '@/lib/i18n/messages-en';

import { appEn } from './messages-en';

// The whole English catalogue: shared vocabulary, the app's own text and each feature's.
// Each key is defined once (catalogue.test.ts); catalogue-fr.ts has exactly the same keys.
export const en = {
  ...sharedEn,
  ...appEn,
  ...customersEn,
  ...deploymentEn,
  ...portfolioEn,
  ...trendEn,
  ...usageEn,
  ...rightSizeEn,
} as const;

// Every t('…') in the program, shared code included, is checked against this catalogue.
declare module '@/lib/i18n/messages' {
  interface Register {
    messages: typeof en;
  }
}
