import { useId, useState } from 'react';

import { Bidi } from '@/components/bidi';
import { stripBidiControls } from '@/lib/bidi';
import { downloadCsv } from '@/lib/csv';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { productNameKey } from '@/lib/licensing/product-names';
import { formatMoney } from '@/lib/money';

import type { Product } from '../lib/join';
import type { PriceListEntry } from '../lib/plan';
import { importPriceList, priceListCsv } from '../lib/price-list-csv';
import { priceEntry } from '../lib/tenant-storage';

/** The user's own monthly prices per seat: edit, import and export as CSV. */
export function PriceList({
  products,
  currency,
  prices,
  onChange,
}: {
  products: readonly Product[];
  currency: string;
  prices: readonly PriceListEntry[];
  onChange(prices: PriceListEntry[]): void;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const [product, setProduct] = useState('');
  const [amount, setAmount] = useState('');
  const [code, setCode] = useState(currency);
  const [message, setMessage] = useState<string | null>(null);

  const save = () => {
    const chosen = products.find((p) => p.key === product);
    const entry = chosen
      ? priceEntry(productNameKey(chosen.name), chosen.name, Number(amount.replace(',', '.')), code)
      : null;
    if (!entry || amount.trim() === '') return setMessage(t('rightSize.prices.invalid'));
    setMessage(null);
    onChange([
      ...prices.filter(
        (p) => p.productKey !== entry.productKey || p.monthly.currency !== entry.monthly.currency,
      ),
      entry,
    ]);
    setAmount('');
  };

  return (
    <section className="panel right-size__prices" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="panel__title">
        {t('rightSize.prices.title')}
      </h3>
      <p className="panel__subtitle">{t('rightSize.prices.lead')}</p>
      {prices.length > 0 ? (
        <ul className="right-size__list" data-testid="right-size-prices">
          {prices.map((p) => (
            <li key={`${p.productKey}|${p.monthly.currency}`}>
              <Bidi>{p.productName}</Bidi> · {formatMoney(locale, p.monthly)}{' '}
              <button
                type="button"
                className="button button--small no-print"
                aria-label={t('rightSize.prices.remove', {
                  name: stripBidiControls(p.productName),
                })}
                onClick={() => onChange(prices.filter((other) => other !== p))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form
        className="right-size__price-form no-print"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <label>
          {t('rightSize.prices.product')}
          <select value={product} onChange={(event) => setProduct(event.target.value)}>
            <option value="" />
            {products.map((p) => (
              <option key={p.key} value={p.key}>
                {stripBidiControls(p.name)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('rightSize.prices.amount')}
          <input inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
        </label>
        <label>
          {t('rightSize.prices.currency')}
          <input size={4} maxLength={3} value={code} onChange={(e) => setCode(e.target.value)} />
        </label>
        <button type="submit" className="button">
          {t('rightSize.prices.add')}
        </button>
        <button
          type="button"
          className="button"
          disabled={prices.length === 0}
          onClick={() => downloadCsv('price-list.csv', priceListCsv(prices))}
        >
          {t('rightSize.prices.export')}
        </button>
        <label className="button">
          {t('rightSize.prices.import')}
          <input
            type="file"
            accept=".csv,text/csv"
            className="visually-hidden"
            onChange={async (event) => {
              const file = event.target.files?.[0];
              if (!file) return;
              const { prices: imported, skipped } = importPriceList(await file.text());
              const keys = new Set(imported.map((p) => `${p.productKey}|${p.monthly.currency}`));
              onChange([
                ...prices.filter((p) => !keys.has(`${p.productKey}|${p.monthly.currency}`)),
                ...imported,
              ]);
              setMessage(t('rightSize.prices.imported', { count: imported.length, skipped }));
              event.target.value = '';
            }}
          />
        </label>
      </form>
      {message ? (
        <p className="notice" role="status">
          {message}
        </p>
      ) : null}
    </section>
  );
}
