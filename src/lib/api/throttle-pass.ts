import type { EndpointFamily } from './endpoint-family';
import { PartnerCenterError } from './partner-center-error';
import { MAX_THROTTLED_ATTEMPTS } from './retry-policy';
import type { ThrottleGates } from './throttle-gates';

// How one request goes through its family's gate before each attempt.
//
// Counting: `attempts` (on the error, and "attempt n of m") counts what was sent; waiting
// at the gate sends nothing, so it is not an attempt, and a request held back by another
// request's 429 still has all its attempts for the 5xx and timeout rules. Its patience
// with throttling is shared, though: every wait at a closed gate — after its own 429 or a
// sibling's — counts against the same budget of MAX_THROTTLED_ATTEMPTS − 1 waits that one
// request had alone, so no request waits through more throttle windows than before.

const MAX_THROTTLE_WAITS = MAX_THROTTLED_ATTEMPTS - 1;

export interface GatePass {
  gates: ThrottleGates<PartnerCenterError>;
  family: EndpointFamily;
  ids: { requestId: string; correlationId: string };
  /** Waits so far, for this request. */
  waits: number;
}

/**
 * Returns once the gate is open; throws the throttled error when the user cancelled the
 * queue or the request's throttle budget is spent, the caller's reason when it aborts.
 * @param sends attempts sent so far
 * @param previous the last attempt's error, if any
 */
export async function passThrottleGate(
  pass: GatePass,
  sends: number,
  previous: PartnerCenterError | undefined,
  signal: AbortSignal | undefined,
): Promise<void> {
  for (let state = pass.gates.state(pass.family); state; state = pass.gates.state(pass.family)) {
    const closedBy = state.reason;
    // A request that got the 429 itself fails with it; the others with a copy of theirs.
    const fail = () =>
      previous?.status === 429 ? previous : throttledError(closedBy, pass.ids, sends);
    if (state.cancelled || pass.waits >= MAX_THROTTLE_WAITS) throw fail();
    pass.waits++;
    if ((await pass.gates.wait(pass.family, signal)) === 'cancelled') throw fail();
  }
}

function throttledError(
  closedBy: PartnerCenterError,
  ids: GatePass['ids'],
  attempts: number,
): PartnerCenterError {
  return new PartnerCenterError({
    kind: 'http',
    status: 429,
    ...(closedBy.code === undefined ? {} : { code: closedBy.code }),
    ...(closedBy.description === undefined ? {} : { description: closedBy.description }),
    ...(closedBy.retryAfterSeconds === undefined
      ? {}
      : { retryAfterSeconds: closedBy.retryAfterSeconds }),
    ...ids,
    attempts,
  });
}
