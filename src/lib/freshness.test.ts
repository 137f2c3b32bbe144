import { isStale, STALE_AFTER_DAYS } from './freshness';

describe('stale data', () => {
  const now = new Date('2026-12-02T12:00:00Z');

  it(`flags data processed more than ${STALE_AFTER_DAYS} days before the reference`, () => {
    expect(isStale(new Date('2017-03-14T03:25:16Z'), now)).toBe(true);
    expect(isStale(new Date('2026-11-25T11:59:59Z'), now)).toBe(true);
    expect(isStale(new Date('2026-11-25T12:00:00Z'), now)).toBe(false);
    expect(isStale(new Date('2026-12-01T03:00:00Z'), now)).toBe(false);
  });

  it('does not call an unknown or impossible date stale', () => {
    expect(isStale(null, now)).toBe(false);
    expect(isStale(new Date('nope'), now)).toBe(false);
  });
});
