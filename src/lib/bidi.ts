// Partner Center text (customer, product, workload, service names, domains) can contain
// right-to-left overrides and embeddings that would reorder what is drawn beside it: a
// name ending in U+202E could make "10 sold · 4 deployed" read "4 · 01". In HTML such text
// sits in <bdi> (components/bidi.tsx); SVG <text> cannot isolate, so the controls are
// removed from what charts draw.

/** LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI, LRM, RLM. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g;

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
