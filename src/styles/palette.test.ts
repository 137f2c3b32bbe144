import { describe, expect, it } from 'vitest';

import tokens from './tokens.css?raw';

// WCAG 2.2 contrast of the one palette (tokens.css), light and dark: text (1.4.3) at least
// 4.5:1 on every background it is drawn on, chart series (1.4.11) at least 3:1 against the
// surface and sold vs deployed at least 3:1 against each other, so they differ in lightness
// and not only in hue.

function block(css: string, scheme: 'light' | 'dark'): Record<string, string> {
  const dark = css.indexOf('(prefers-color-scheme: dark)');
  const source = scheme === 'light' ? css.slice(0, dark) : css.slice(dark);
  const vars: Record<string, string> = {};
  for (const match of source.matchAll(/(--[\w-]+):\s*(#[0-9a-fA-F]{6})\s*;/g)) {
    vars[match[1] ?? ''] = match[2] ?? '';
  }
  return vars;
}

function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

const TEXT_PAIRS: [string, string[]][] = [
  ['--text', ['--bg', '--surface', '--notice-bg', '--danger-bg', '--flag-row-bg', '--badge-bg']],
  ['--muted', ['--bg', '--surface', '--flag-row-bg']],
  ['--warn', ['--surface', '--notice-bg', '--flag-row-bg']],
  ['--accent', ['--bg', '--surface']],
  ['--accent-text', ['--accent']],
  ['--badge-text', ['--badge-bg']],
];
const SERIES = ['--chart-sold', '--chart-deployed', '--chart-over', '--chart-active'];
const SERIES_PAIRS: [string, string][] = [
  ['--chart-sold', '--chart-deployed'],
  ['--chart-deployed', '--chart-unused'],
  ['--chart-deployed', '--chart-active'],
  ['--chart-over', '--chart-over-bg'],
];

describe.each(['light', 'dark'] as const)('the %s palette', (scheme) => {
  const vars = block(tokens, scheme);
  const colour = (name: string) => {
    const value = vars[name];
    if (!value) throw new Error(`${name} is not defined for ${scheme}`);
    return value;
  };

  it.each(TEXT_PAIRS)('%s text is at least 4.5:1 on its backgrounds', (text, backgrounds) => {
    for (const background of backgrounds) {
      expect(
        contrast(colour(text), colour(background)),
        `${text} on ${background}`,
      ).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('every chart series is at least 3:1 against the surface', () => {
    for (const series of SERIES) {
      expect(contrast(colour(series), colour('--surface')), series).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(SERIES_PAIRS)('%s and %s are told apart by lightness (≥ 3:1)', (a, b) => {
    expect(contrast(colour(a), colour(b))).toBeGreaterThanOrEqual(3);
  });
});

describe('contrast', () => {
  it('matches WCAG reference values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    // The colours this palette replaced: sold vs deployed was about 1.25:1.
    expect(contrast('#6b7a99', '#0f6cbd')).toBeLessThan(1.3);
    expect(contrast('#6b7a99', '#ffffff')).toBeLessThan(4.5);
  });
});
