import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';

import { I18nProvider } from '@/lib/i18n/i18n-provider';

import { ErrorBoundary } from './error-boundary';
import { ErrorPanel } from './error-panel';

function Flaky({ broken }: { broken: boolean }) {
  if (broken) throw new Error('chart exploded');
  return <p>chart drawn</p>;
}

function Page() {
  const [broken, setBroken] = useState(true);
  return (
    <>
      <ErrorBoundary
        fallback={(error, reset) => (
          <ErrorPanel
            error={error}
            onRetry={() => {
              setBroken(false);
              reset();
            }}
          />
        )}
      >
        <Flaky broken={broken} />
      </ErrorBoundary>
      <p>table still here</p>
    </>
  );
}

it('keeps the rest of the page when one panel crashes, and lets the user retry it', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  render(
    <I18nProvider locale="en-US">
      <Page />
    </I18nProvider>,
  );
  expect(
    screen.getByRole('heading', { name: 'Something went wrong in this view' }),
  ).toBeInTheDocument();
  expect(screen.getByText('table still here')).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
  expect(screen.getByText('chart drawn')).toBeInTheDocument();
});
