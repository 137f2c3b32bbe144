import { useState } from 'react';

import { useI18n } from '@/lib/i18n/i18n-provider';

export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="button button--small"
      aria-label={label}
      onClick={() => {
        void navigator.clipboard?.writeText(text).then(() => setCopied(true));
      }}
    >
      {copied ? t('common.copied') : t('common.copy')}
    </button>
  );
}
