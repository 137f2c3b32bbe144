import type { EndpointFamily } from './endpoint-family';

// One gate per endpoint family (see endpoint-family.ts). A 429 closes its family's gate
// for the wait Partner Center asked for; every request to that family waits at the gate
// instead of being sent, and they all go when it reopens. One countdown per family, and
// one Cancel that fails the whole queue: waiting requests at once, new ones until the
// gate would have reopened — after a Cancel nothing more is sent into the throttle.

export interface ThrottleNotice {
  family: EndpointFamily;
  /** Wall-clock time the gate reopens. */
  reopensAt: number;
  /** Fails every request waiting at this gate, and those arriving before it reopens. */
  cancel(): void;
}

export interface GateState<E> {
  /** What closed the gate (the latest 429 that extended it). */
  reason: E;
  cancelled: boolean;
}

export interface ThrottleGates<E> {
  /** Closes the gate for `delayMs`, or keeps it closed that long if it already is. */
  close(family: EndpointFamily, delayMs: number, reason: E): void;
  /** Undefined while the gate is open. */
  state(family: EndpointFamily): GateState<E> | undefined;
  /**
   * Resolves 'open' when the gate reopens (at once if it is open) or 'cancelled' when the
   * user cancels; rejects with the signal's reason when the caller goes away.
   */
  wait(family: EndpointFamily, signal?: AbortSignal): Promise<'open' | 'cancelled'>;
  cancel(family: EndpointFamily): void;
  /** Called at once with the closed gates, then on every change. Cancelled gates are not listed. */
  subscribe(listener: (closed: readonly ThrottleNotice[]) => void): () => void;
}

interface Gate<E> extends GateState<E> {
  reopensAt: number;
  timer: ReturnType<typeof setTimeout>;
  waiters: Set<(outcome: 'open' | 'cancelled') => void>;
}

export function createThrottleGates<E>(): ThrottleGates<E> {
  const gates = new Map<EndpointFamily, Gate<E>>();
  const listeners = new Set<(closed: readonly ThrottleNotice[]) => void>();

  const snapshot = (): ThrottleNotice[] =>
    [...gates]
      .filter(([, gate]) => !gate.cancelled)
      .map(([family, gate]) => ({
        family,
        reopensAt: gate.reopensAt,
        cancel: () => cancel(family),
      }));
  const emit = () => {
    const closed = snapshot();
    listeners.forEach((listener) => listener(closed));
  };
  const release = (gate: Gate<E>, outcome: 'open' | 'cancelled') => {
    const waiters = [...gate.waiters];
    gate.waiters.clear();
    waiters.forEach((wake) => wake(outcome));
  };

  function open(family: EndpointFamily) {
    const gate = gates.get(family);
    if (!gate) return;
    gates.delete(family);
    release(gate, 'open');
    emit();
  }

  function cancel(family: EndpointFamily) {
    const gate = gates.get(family);
    if (!gate || gate.cancelled) return;
    gate.cancelled = true;
    release(gate, 'cancelled');
    emit();
  }

  return {
    close(family, delayMs, reason) {
      const reopensAt = Date.now() + delayMs;
      const gate = gates.get(family);
      if (gate && gate.reopensAt >= reopensAt) return;
      if (gate) clearTimeout(gate.timer);
      const timer = setTimeout(() => open(family), delayMs);
      gates.set(family, {
        reason,
        cancelled: gate?.cancelled ?? false,
        reopensAt,
        timer,
        waiters: gate?.waiters ?? new Set(),
      });
      emit();
    },
    state: (family) => gates.get(family),
    wait(family, signal) {
      return new Promise((resolve, reject) => {
        const gate = gates.get(family);
        if (!gate) return resolve('open');
        if (gate.cancelled) return resolve('cancelled');
        if (signal?.aborted) return reject(signal.reason);
        const wake = (outcome: 'open' | 'cancelled') => {
          signal?.removeEventListener('abort', onAbort);
          resolve(outcome);
        };
        // A view that unmounts leaves the queue without touching the others.
        const onAbort = () => {
          gates.get(family)?.waiters.delete(wake);
          reject(signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        gate.waiters.add(wake);
      });
    },
    cancel,
    subscribe(listener) {
      listeners.add(listener);
      listener(snapshot());
      return () => listeners.delete(listener);
    },
  };
}
