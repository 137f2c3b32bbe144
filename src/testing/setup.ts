import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Shared by the jsdom tests (src) and the node tests (emulators, scripts).
afterEach(() => {
  if (typeof document === 'undefined') return;
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
});

// jsdom has no layout, so every element is 0 px tall and windowed tables would render no
// rows. Give their scroll containers a browser-like viewport (600 px) instead.
if (typeof HTMLElement !== 'undefined') {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('table-scroll--virtual') ? 600 : 0;
    },
  });
}
