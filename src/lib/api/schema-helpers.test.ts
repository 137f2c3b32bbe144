import { z } from 'zod/mini';

import {
  count,
  isoDateTime,
  MAX_COUNT,
  optionalDateTime,
  parseIsoDateTime,
} from './schema-helpers';

const row = z.object({ processedDateTime: optionalDateTime });

describe('counts', () => {
  it.each([0, 12, '12', ' 7 ', MAX_COUNT, String(MAX_COUNT)])('accepts %j', (value) => {
    expect(count.safeParse(value)).toMatchObject({ success: true, data: Number(value) });
  });

  it.each([-5, '-5', 1.5, '1.5', MAX_COUNT + 1, '12345678901234567890', '', 'ten', null])(
    'refuses %j (the row is skipped and counted)',
    (value) => {
      expect(count.safeParse(value).success).toBe(false);
    },
  );
});

describe('dates', () => {
  it.each([
    ['2026-11-23T03:25:16', '2026-11-23T03:25:16.000Z'],
    ['2026-11-23T03:25:16.36Z', '2026-11-23T03:25:16.360Z'],
    ['2026-11-23T03:25+01:00', '2026-11-23T02:25:00.000Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
    ['2026-12-31T23:59:59Z', '2026-12-31T23:59:59.000Z'],
  ])('reads %s', (value, iso) => {
    expect(parseIsoDateTime(value)?.toISOString()).toBe(iso);
    expect(isoDateTime.parse(value).toISOString()).toBe(iso);
  });

  it.each([
    '2024-13-01T00:00:00Z',
    '2024-00-10T00:00:00Z',
    '2023-02-29T00:00:00Z',
    '2024-02-30T00:00:00Z',
    '2026-04-31T00:00:00Z',
    '2026-11-00T00:00:00Z',
    '2026-11-23T25:00:00Z',
    '2026-11-23T24:00:00Z',
    '2026-11-23T10:60:00Z',
    '2026-11-23T10:00:61Z',
    '2026-11-23T10:00:00+15:00',
  ])('refuses %s, which names no instant, instead of an Invalid Date', (value) => {
    expect(parseIsoDateTime(value)).toBeNull();
    expect(isoDateTime.safeParse(value).success).toBe(false);
    // In a row: the row fails (skipped and counted), it never carries an Invalid Date.
    expect(row.safeParse({ processedDateTime: value }).success).toBe(false);
  });

  it('treats an absent, null, non-string or unknown-format optional date as absent', () => {
    for (const value of [undefined, null, 42, 'yesterday', '2026-11-23']) {
      expect(row.parse({ processedDateTime: value })).toEqual({ processedDateTime: undefined });
    }
    expect(row.parse({})).toEqual({});
  });
});
