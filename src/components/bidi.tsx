import type { ReactNode } from 'react';

/**
 * Text from Partner Center or the user, isolated from what surrounds it (<bdi>, whose
 * default style is `unicode-bidi: isolate`): a right-to-left override inside a name
 * cannot reorder the figures or labels beside it. See lib/bidi.ts for SVG.
 */
export function Bidi({ children }: { children: ReactNode }) {
  return <bdi>{children}</bdi>;
}
