import { useId } from 'react';

import type { EndpointFamily } from '@/lib/api/endpoint-family';
import { usePartnerCenterActivity } from '@/lib/api/use-partner-center-activity';
import { useI18n } from '@/lib/i18n/i18n-provider';
import type { MessageKey } from '@/lib/i18n/messages';

// One strip that says what Partner Center is doing while a view waits, so a wait never
// looks like a frozen page: a countdown per throttled endpoint family (429 + Retry-After;
// the client holds the family's requests), a backoff before a retry, an answer that is
// slow to come or timed out and is tried again. Each line can be cancelled: the requests
// concerned fail at once and the views show their error panel.

const FAMILY_LABELS: Record<EndpointFamily, MessageKey> = {
  customers: 'retry.family.customers',
  'customer-analytics': 'retry.family.customerAnalytics',
  'partner-analytics': 'retry.family.partnerAnalytics',
  subscriptions: 'retry.family.subscriptions',
  invoices: 'retry.family.invoices',
  other: 'retry.family.other',
};

const secondsUntil = (time: number, now: number) => Math.max(1, Math.ceil((time - now) / 1000));

export function PartnerCenterStatus() {
  const { t } = useI18n();
  const { throttled, retries, progress, now } = usePartnerCenterActivity();
  // A request the slowness line already speaks for does not get a second line for its backoff.
  const retrying = retries.filter((n) => !progress.some((p) => p.requestId === n.requestId));
  const timedOut = progress
    .filter((p) => p.state === 'timed-out')
    .reduce<(typeof progress)[number] | undefined>(
      (latest, p) => (latest && latest.attempt >= p.attempt ? latest : p),
      undefined,
    );
  const first = retrying[0];

  if (throttled.length === 0 && !first && progress.length === 0) return null;
  return (
    <div className="retry-banner" role="status">
      {throttled.map((gate) => (
        <StatusLine
          key={gate.family}
          text={t('retry.throttled', {
            seconds: secondsUntil(gate.reopensAt, now),
            area: t(FAMILY_LABELS[gate.family]),
          })}
          onCancel={gate.cancel}
        />
      ))}
      {first ? (
        <StatusLine
          text={t('retry.transient', { seconds: secondsUntil(first.retryAt, now) })}
          onCancel={() => retrying.forEach((notice) => notice.cancel())}
        />
      ) : null}
      {progress.length > 0 ? (
        <StatusLine
          text={
            timedOut
              ? t('retry.timedOut', { attempt: timedOut.attempt, max: timedOut.maxAttempts })
              : t('retry.slow')
          }
          onCancel={() => progress.forEach((request) => request.cancel())}
        />
      ) : null}
    </div>
  );
}

function StatusLine({ text, onCancel }: { text: string; onCancel: () => void }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <p className="retry-banner__line">
      <span id={id}>{text}</span>
      <button
        type="button"
        className="button button--small"
        aria-describedby={id}
        onClick={onCancel}
      >
        {t('retry.cancel')}
      </button>
    </p>
  );
}
