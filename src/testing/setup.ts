import '@testing-library/jest-dom/vitest';
// eslint-disable-next-line testing-library/no-manual-cleanup -- node tests share this file, and localStorage is cleared after
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach } from 'vitest';

// The app's UI text (English, and French on demand), as the app registers it before its
// first render: component tests that render shared components in French need it too.
import '@/app/i18n/register-catalogue';

import { settleAppChunks } from './app-chunks';

// findBy/waitFor give up after 1 s by default; on a loaded 2-core CI machine the first view
// of a test file (cold module graph, first render of recharts) can take longer. The waits
// still end as soon as the condition holds: a longer ceiling, not a longer sleep.
configure({ asyncUtilTimeout: 5000 });

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

// The router restores scroll positions; jsdom has no scrolling and logs "Not implemented"
// for every navigation. Nothing to restore in a test, so it does nothing.
if (typeof window !== 'undefined') window.scrollTo = () => undefined;

// A test that opened a view may leave a lazy chunk (a chart) loading; let it finish, or
// Vitest tears the environment down under the import and reports an unhandled error.
afterAll(() => settleAppChunks());
