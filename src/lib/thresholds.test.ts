import {
  DEFAULT_THRESHOLDS,
  loadThresholds,
  saveThresholds,
  THRESHOLDS_STORAGE_KEY,
} from './thresholds';

function fakeStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    storage: {
      getItem: (key: string) => data.get(key) ?? null,
      setItem: (key: string, value: string) => void data.set(key, value),
      removeItem: (key: string) => void data.delete(key),
      clear: () => data.clear(),
      key: () => null,
      get length() {
        return data.size;
      },
    } satisfies Storage,
  };
}

const stored = (value: unknown) =>
  fakeStorage({ [THRESHOLDS_STORAGE_KEY]: JSON.stringify(value) }).storage;

const throwing = {
  ...fakeStorage().storage,
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
} as Storage;

describe('portfolio thresholds', () => {
  it('uses 70 % and 5 spare seats when nothing is stored', () => {
    expect(DEFAULT_THRESHOLDS).toEqual({ belowPercent: 70, ignoreSpare: 5 });
    expect(loadThresholds(fakeStorage().storage)).toEqual(DEFAULT_THRESHOLDS);
    expect(loadThresholds(undefined)).toEqual(DEFAULT_THRESHOLDS);
  });

  it('reads back what was saved', () => {
    const { storage, data } = fakeStorage();
    saveThresholds({ belowPercent: 62.5, ignoreSpare: 0 }, storage);
    expect(JSON.parse(data.get(THRESHOLDS_STORAGE_KEY) ?? '')).toEqual({
      belowPercent: 62.5,
      ignoreSpare: 0,
    });
    expect(loadThresholds(storage)).toEqual({ belowPercent: 62.5, ignoreSpare: 0 });
  });

  it('accepts the range limits', () => {
    expect(loadThresholds(stored({ belowPercent: 0, ignoreSpare: 1_000_000 }))).toEqual({
      belowPercent: 0,
      ignoreSpare: 1_000_000,
    });
    expect(loadThresholds(stored({ belowPercent: 100, ignoreSpare: 0 }))).toEqual({
      belowPercent: 100,
      ignoreSpare: 0,
    });
  });

  it('falls back to the defaults for corrupted JSON', () => {
    const { storage } = fakeStorage({ [THRESHOLDS_STORAGE_KEY]: '{"belowPercent":' });
    expect(loadThresholds(storage)).toEqual(DEFAULT_THRESHOLDS);
  });

  it.each([
    ['percent above 100', { belowPercent: 150, ignoreSpare: 5 }],
    ['negative percent', { belowPercent: -1, ignoreSpare: 5 }],
    ['negative spare seats', { belowPercent: 80, ignoreSpare: -1 }],
    ['fractional spare seats', { belowPercent: 80, ignoreSpare: 2.5 }],
    ['too many spare seats', { belowPercent: 80, ignoreSpare: 1_000_001 }],
    ['a string', { belowPercent: '80', ignoreSpare: 5 }],
    ['a missing field', { belowPercent: 50 }],
    ['not an object', 42],
    ['null', null],
  ])('falls back to the defaults for %s', (_label, value) => {
    expect(loadThresholds(stored(value))).toEqual(DEFAULT_THRESHOLDS);
  });

  it('survives a storage that throws (privacy mode, quota)', () => {
    expect(loadThresholds(throwing)).toEqual(DEFAULT_THRESHOLDS);
    expect(() => saveThresholds({ belowPercent: 50, ignoreSpare: 1 }, throwing)).not.toThrow();
  });
});
