// Says what a request is going through while Partner Center keeps it waiting, so a slow
// answer does not look like a frozen page: "slow" after a few seconds without an answer,
// "timed out, attempt n of m" while a timed-out request is tried again, "done" once there
// is nothing more to say. Cancel gives up on the request: it fails at once as a timeout,
// the answer the user would otherwise have waited the remaining attempts for.

/**
 * Most Partner Center answers come within a second or two; by 5 s a user starts to wonder
 * whether the page froze. Never more than half the timeout, so the word comes before it.
 */
export const SLOW_AFTER_MS = 5000;

export function slowAfterMs(timeoutMs: number): number {
  return Math.min(SLOW_AFTER_MS, Math.round(timeoutMs / 2));
}

export interface RequestProgress {
  requestId: string;
  /** 'timed-out': an earlier attempt got no answer in time and `attempt` is on its way. */
  state: 'slow' | 'timed-out' | 'done';
  /** The attempt under way (1-based). */
  attempt: number;
  maxAttempts: number;
  /** Stops the request now; it fails with a timeout. */
  cancel(): void;
}

export interface RequestWatchOptions {
  requestId: string;
  /** The caller's signal (a view unmounting); the watch's signal follows it. */
  signal: AbortSignal | undefined;
  slowAfterMs: number;
  maxAttempts: number;
  emit(progress: RequestProgress): void;
  /** The error a cancelled request fails with, given the attempts sent so far. */
  cancelError(attempts: number): Error;
}

export interface RequestWatch {
  /** Aborts with the caller's signal, or with `cancelError` when the user cancels. */
  readonly signal: AbortSignal;
  readonly cancelled: boolean;
  attemptStarted(attempt: number): void;
  /** @param retryAfterTimeout the next attempt's number when a timeout is tried again */
  attemptEnded(retryAfterTimeout: number | null): void;
  done(): void;
}

export function watchRequest(options: RequestWatchOptions): RequestWatch {
  const cancelController = new AbortController();
  const signal = options.signal
    ? AbortSignal.any([options.signal, cancelController.signal])
    : cancelController.signal;
  let current = 1;
  let sent = 0;
  let timedOut = false;
  let shown = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const cancel = () => {
    if (!signal.aborted) cancelController.abort(options.cancelError(sent));
  };
  const show = (state: 'slow' | 'timed-out') => {
    shown = true;
    const { requestId, maxAttempts } = options;
    options.emit({ requestId, state, attempt: current, maxAttempts, cancel });
  };
  const hide = () => {
    clearTimeout(timer);
    if (!shown) return;
    shown = false;
    const { requestId, maxAttempts } = options;
    options.emit({ requestId, state: 'done', attempt: current, maxAttempts, cancel });
  };

  return {
    signal,
    get cancelled() {
      return cancelController.signal.aborted;
    },
    attemptStarted(attempt) {
      current = attempt;
      sent = attempt;
      clearTimeout(timer);
      // After a timeout the "attempt n of m" line stays up; it already says more than "slow".
      if (!timedOut) timer = setTimeout(() => show('slow'), options.slowAfterMs);
    },
    attemptEnded(retryAfterTimeout) {
      clearTimeout(timer);
      if (retryAfterTimeout === null) {
        timedOut = false;
        hide();
        return;
      }
      timedOut = true;
      current = retryAfterTimeout;
      show('timed-out');
    },
    done: hide,
  };
}
