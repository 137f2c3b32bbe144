import { describe, expect, it } from 'vitest';

import { charsThatFit, shortLabels, truncateMiddle } from './short-label';

describe('truncateMiddle', () => {
  it('keeps a name that fits', () => {
    expect(truncateMiddle('EXCHANGE ONLINE (PLAN 1)', 30)).toBe('EXCHANGE ONLINE (PLAN 1)');
  });

  it('cuts in the middle so the distinguishing end survives', () => {
    const label = truncateMiddle('MICROSOFT INTUNE PLAN 1 (REGION 01) FOR FRONTLINE WORKERS', 30);
    expect(Array.from(label)).toHaveLength(30);
    expect(label.startsWith('MICROSOFT INTUNE')).toBe(true);
    expect(label.endsWith('WORKERS')).toBe(true);
    expect(label).toContain('…');
  });
});

describe('shortLabels', () => {
  it('gives names that differ only in the middle different labels', () => {
    // A plain cut at the end gave both "MICROSOFT INTUNE PLAN 1 (REGION 0…".
    const labels = shortLabels(
      ['MICROSOFT INTUNE PLAN 1 (REGION 001)', 'MICROSOFT INTUNE PLAN 1 (REGION 002)'],
      34,
    );
    expect(labels[0]).not.toBe(labels[1]);
    expect(labels.every((label) => Array.from(label).length <= 34)).toBe(true);
    expect(labels[0]?.endsWith('001)')).toBe(true);
    expect(labels[1]?.endsWith('002)')).toBe(true);
  });

  it('keeps more of the tail when names differ only in the middle', () => {
    const names = [
      'MICROSOFT INTUNE PLAN 1 (REGION 01) FOR FRONTLINE WORKERS',
      'MICROSOFT INTUNE PLAN 1 (REGION 02) FOR FRONTLINE WORKERS',
    ];
    const labels = shortLabels(names, 34);
    expect(labels[0]).not.toBe(labels[1]);
    expect(labels.every((label) => Array.from(label).length <= 34)).toBe(true);
  });

  it('uses the space it is given: a wider chart shows more of each name', () => {
    const name = 'DYNAMICS 365 CUSTOMER ENGAGEMENT PLAN FOR GOVERNMENT AND EDUCATION';
    expect(shortLabels([name], charsThatFit(400))[0]?.length).toBeGreaterThan(
      shortLabels([name], charsThatFit(200))[0]?.length ?? Infinity,
    );
  });

  it('leaves identical names identical', () => {
    const [a, b] = shortLabels(['A VERY LONG PRODUCT NAME', 'A VERY LONG PRODUCT NAME'], 10);
    expect(a).toBe(b);
    expect(Array.from(a ?? '')).toHaveLength(10);
  });
});
