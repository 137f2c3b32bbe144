import { formattersFor } from './format';

describe('locale formatting', () => {
  it('formats counts and percentages for English and French', () => {
    const en = formattersFor('en-US');
    const fr = formattersFor('fr-FR');
    expect(en.integer(12345)).toBe('12,345');
    expect(fr.integer(12345)).toBe('12\u202f345');
    expect(en.percent(0.256)).toBe('25.6%');
    expect(fr.percent(0.256)).toBe('25,6\u00a0%');
    expect(en.percent(null)).toBe('—');
    // One rule for decimals everywhere: "60.0%" beside "75.1%", never "60%".
    expect(en.percent(0.6)).toBe('60.0%');
    expect(fr.percent(0)).toBe('0,0\u00a0%');
  });

  it('shows an exact date with its time zone and a relative one', () => {
    const en = formattersFor('en-US');
    const date = new Date('2017-03-14T03:25:16.360Z');
    expect(en.dateTime(date)).toMatch(/Mar 14, 2017/);
    expect(en.dateTime(date)).toMatch(/(UTC|GMT)/);
    expect(en.relative(date, new Date('2017-03-16T03:25:16.360Z'))).toBe('2 days ago');
    expect(formattersFor('fr-FR').relative(date, new Date('2017-03-15T03:25:16.360Z'))).toBe(
      'hier',
    );
  });

  it('shows "—" for a date that names no instant instead of throwing', () => {
    const invalid = new Date('2024-13-01T00:00:00Z');
    for (const locale of ['en-US', 'fr-FR'] as const) {
      const format = formattersFor(locale);
      expect(format.dateTime(invalid)).toBe('—');
      expect(format.month(invalid)).toBe('—');
      expect(format.relative(invalid)).toBe('—');
      expect(format.integer(Number.NaN)).toBe('—');
    }
  });
});
