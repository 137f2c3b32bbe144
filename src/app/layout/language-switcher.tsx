import { useId } from 'react';

import { useI18n } from '@/lib/i18n/i18n-provider';
import { isLocale, LOCALES } from '@/lib/i18n/locale';

const NAMES: Record<(typeof LOCALES)[number], string> = { 'en-US': 'English', 'fr-FR': 'Français' };

export function LanguageSwitcher() {
  const { t, locale, setLocale } = useI18n();
  const id = useId();
  return (
    <div className="language">
      <label htmlFor={id} className="visually-hidden">
        {t('layout.language')}
      </label>
      <select
        id={id}
        value={locale}
        onChange={(event) => {
          if (isLocale(event.target.value)) setLocale(event.target.value);
        }}
      >
        {LOCALES.map((value) => (
          <option key={value} value={value} lang={value}>
            {NAMES[value]}
          </option>
        ))}
      </select>
    </div>
  );
}
