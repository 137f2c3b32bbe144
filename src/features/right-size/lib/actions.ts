import type { Subscription } from '../api/subscription-schema';

// The action for one subscription's share of a product's spare or missing seats, in the
// issue's words: a reduction inside a refund window now (its deadline is Partner Center's
// own `allowedUntilDateTime`, never computed here: the window's exact rule is UNVERIFIED);
// otherwise at the term's end — scheduled for the next term when auto-renew is on, or a
// renewal with fewer seats when it is off; over-assignment is bought or unassigned.

export type Action =
  | { kind: 'refund-now'; seats: number; until: Date }
  | { kind: 'set-next-term'; seats: number; before: Date | undefined }
  | { kind: 'renew-with'; seats: number; expiresOn: Date | undefined }
  | { kind: 'buy-or-remove'; seats: number };

export function subscriptionActions({
  subscription,
  detail,
  cut,
  over,
  now,
}: {
  subscription: Subscription;
  /** The get-by-id answer, with refundableQuantity; absent while loading or failed. */
  detail: Subscription | undefined;
  /** Seats of this subscription to cut (its share, the spare seats kept). */
  cut: number;
  /** Seats assigned beyond what was bought, on this subscription. */
  over: number;
  now: Date;
}): Action[] {
  const actions: Action[] = [];
  if (cut > 0) {
    const open = (detail?.refundableQuantity?.details ?? []).filter(
      (batch) => batch.allowedUntilDateTime > now,
    );
    const refundable = Math.min(
      detail?.refundableQuantity?.totalQuantity ?? 0,
      open.reduce((sum, batch) => sum + batch.quantity, 0),
    );
    const refundNow = Math.min(cut, refundable);
    if (refundNow > 0) {
      // The earliest deadline of the open batches: after it, fewer seats are refundable.
      const until = new Date(
        Math.min(...open.map((batch) => batch.allowedUntilDateTime.getTime())),
      );
      actions.push({ kind: 'refund-now', seats: refundNow, until });
    }
    if (cut > refundNow) {
      const seats = subscription.quantity - cut;
      actions.push(
        subscription.autoRenewEnabled
          ? { kind: 'set-next-term', seats, before: subscription.commitmentEndDate }
          : { kind: 'renew-with', seats, expiresOn: subscription.commitmentEndDate },
      );
    }
  }
  if (over > 0) actions.push({ kind: 'buy-or-remove', seats: over });
  return actions;
}
