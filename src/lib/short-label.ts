// Names cut to fit a chart's label space. Partner Center product names often share a long
// prefix and differ only at the end ("… (REGION 01)" / "… (REGION 02)"), so cutting the tail
// made bars indistinguishable: the cut goes in the middle, and when two names still read the
// same, more of their tails is kept until they differ (or the names are the same).

const ELLIPSIS = '…';

/** `name` in at most `max` characters, the middle replaced by "…"; `tail` characters kept at the end. */
export function truncateMiddle(name: string, max: number, tail?: number): string {
  const chars = Array.from(name);
  if (chars.length <= max) return name;
  if (max <= 1) return ELLIPSIS;
  const room = max - 1;
  const keepTail = Math.min(room, Math.max(0, tail ?? Math.floor(room * 0.4)));
  const keepHead = room - keepTail;
  const head = chars.slice(0, keepHead).join('').trimEnd();
  const end =
    keepTail > 0
      ? chars
          .slice(chars.length - keepTail)
          .join('')
          .trimStart()
      : '';
  return `${head}${ELLIPSIS}${end}`;
}

/**
 * Short labels for a set of names shown together: each at most `max` characters, and two
 * different names never get the same label while giving more of the tail can tell them apart.
 */
export function shortLabels(names: readonly string[], max: number): string[] {
  const labels = names.map((name) => truncateMiddle(name, max));
  const byLabel = new Map<string, number[]>();
  labels.forEach((label, index) => {
    byLabel.set(label, [...(byLabel.get(label) ?? []), index]);
  });
  for (const indexes of byLabel.values()) {
    const distinct = new Set(indexes.map((index) => names[index]));
    if (distinct.size < 2) continue;
    // A bigger tail share for the whole group, until its names read differently.
    for (let tail = Math.floor((max - 1) * 0.4) + 1; tail <= max - 1; tail++) {
      const tried = indexes.map((index) => truncateMiddle(names[index] ?? '', max, tail));
      if (new Set(tried).size === distinct.size) {
        indexes.forEach((index, i) => (labels[index] = tried[i] ?? ''));
        break;
      }
    }
  }
  return labels;
}

/** How many characters of a label fit in `px` at a font of `fontPx` (average glyph width). */
export function charsThatFit(px: number, fontPx = 12): number {
  // 0.62 em is the average width of an upper-case system-ui glyph, the usual case here.
  return Math.max(4, Math.floor(px / (fontPx * 0.62)));
}
