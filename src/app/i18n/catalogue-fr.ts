import { customersFr } from '@/features/customers/messages-fr';
import { trendFr } from '@/features/deployment-trend/messages-fr';
import { deploymentFr } from '@/features/license-deployment/messages-fr';
import { usageFr } from '@/features/license-usage/messages-fr';
import { portfolioFr } from '@/features/portfolio/messages-fr';
import { rightSizeFr } from '@/features/right-size/messages-fr';
import { sharedFr } from '@/lib/i18n/messages-fr';

import type { en } from './catalogue-en';
import { appFr } from './messages-fr';

// The whole French catalogue, one lazy chunk downloaded only by French users
// (register-catalogue.ts). A key missing here, or in any part, is a type error.
export const fr: Record<keyof typeof en, string> = {
  ...sharedFr,
  ...appFr,
  ...customersFr,
  ...deploymentFr,
  ...portfolioFr,
  ...trendFr,
  ...usageFr,
  ...rightSizeFr,
};
