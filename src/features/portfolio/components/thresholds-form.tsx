import { useId, useState } from 'react';

import { Collapsible } from '@/components/collapsible';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { thresholdsSchema, type Thresholds } from '@/lib/thresholds';

// Two numbers; a value being typed (empty, out of range) is kept in the field and applied
// only once it is valid, so the flags never flicker through nonsense.

export function ThresholdsForm({
  value,
  onChange,
}: {
  value: Thresholds;
  onChange(next: Thresholds): void;
}) {
  const { t, format } = useI18n();
  const percentId = useId();
  const spareId = useId();
  const [draft, setDraft] = useState({
    belowPercent: String(value.belowPercent),
    ignoreSpare: String(value.ignoreSpare),
  });
  const update = (patch: Partial<typeof draft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    const parsed = thresholdsSchema.safeParse({
      belowPercent: next.belowPercent.trim() === '' ? NaN : Number(next.belowPercent),
      ignoreSpare: next.ignoreSpare.trim() === '' ? NaN : Number(next.ignoreSpare),
    });
    if (parsed.success) onChange(parsed.data);
  };
  return (
    <Collapsible
      className="thresholds-section"
      summary={
        <>
          {t('portfolio.thresholds')}{' '}
          <span className="collapsible__summary-detail">
            {t('portfolio.thresholdsSummary', {
              percent: format.integer(value.belowPercent),
              spare: format.integer(value.ignoreSpare),
            })}
          </span>
        </>
      }
    >
      <fieldset className="thresholds">
        <legend className="thresholds__legend">{t('portfolio.thresholds')}</legend>
        <label htmlFor={percentId}>{t('portfolio.flagBelow')}</label>
        <input
          id={percentId}
          type="number"
          inputMode="decimal"
          min={0}
          max={100}
          step={1}
          value={draft.belowPercent}
          onChange={(event) => update({ belowPercent: event.target.value })}
        />
        <label htmlFor={spareId}>{t('portfolio.ignoreSpare')}</label>
        <input
          id={spareId}
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          value={draft.ignoreSpare}
          onChange={(event) => update({ ignoreSpare: event.target.value })}
        />
        <span className="thresholds__hint">{t('portfolio.thresholdsHint')}</span>
      </fieldset>
    </Collapsible>
  );
}
