import { useId, useState } from 'react';

import { useI18n } from '@/lib/i18n/i18n-provider';
import { currencyCode } from '@/lib/money';

/**
 * The currency the billed prices are read in. Partner Center bills a partner in one
 * currency per market, and the unbilled lines are asked for in one: config.json gives the
 * default, the user can pick another (remembered per partner tenant).
 */
export function CurrencyField({
  currency,
  onChange,
}: {
  currency: string;
  onChange(code: string): void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [value, setValue] = useState(currency);
  const code = currencyCode(value);
  return (
    <form
      className="right-size__currency no-print"
      onSubmit={(event) => {
        event.preventDefault();
        if (code) onChange(code);
      }}
    >
      <label htmlFor={id}>{t('rightSize.currency.label')}</label>{' '}
      <input
        id={id}
        size={4}
        maxLength={3}
        value={value}
        aria-invalid={code ? undefined : true}
        onChange={(event) => setValue(event.target.value)}
      />{' '}
      <button type="submit" className="button" disabled={!code || code === currency}>
        {t('rightSize.currency.apply')}
      </button>
    </form>
  );
}
