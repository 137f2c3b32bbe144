import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { ErrorBoundary } from '@/components/error-boundary';

import { ChunkLoadError, chunkUrl, lazyModule } from './lazy-module';

function deferredLoads() {
  const attempts: { resolve(value: { label: string }): void; reject(error: Error): void }[] = [];
  const load = () =>
    new Promise<{ label: string }>((resolve, reject) => attempts.push({ resolve, reject }));
  return { attempts, load };
}

describe('lazyModule', () => {
  it('starts one download however many ask, and renders the module once it is there', async () => {
    const { attempts, load } = deferredLoads();
    const chunk = lazyModule(load);
    const View = () => <p>{chunk.useModule()?.label ?? 'loading'}</p>;
    void chunk.preload();
    render(<View />);
    expect(screen.getByText('loading')).toBeInTheDocument();
    attempts[0]?.resolve({ label: 'chart' });
    expect(await screen.findByText('chart')).toBeInTheDocument();
    expect(attempts).toHaveLength(1);
  });

  it('hands a failed download to the error boundary, whose retry downloads it again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { attempts, load } = deferredLoads();
    const chunk = lazyModule(load);
    const View = () => <p>{chunk.useModule()?.label ?? 'loading'}</p>;
    render(
      <ErrorBoundary
        fallback={(error, reset) => (
          <button type="button" onClick={reset}>
            {error instanceof ChunkLoadError ? 'chunk failed: retry' : 'other failure'}
          </button>
        )}
      >
        <View />
      </ErrorBoundary>,
    );
    attempts[0]?.reject(new TypeError('Failed to fetch dynamically imported module'));
    await userEvent.click(await screen.findByRole('button', { name: 'chunk failed: retry' }));
    expect(attempts).toHaveLength(2);
    attempts[1]?.resolve({ label: 'chart' });
    expect(await screen.findByText('chart')).toBeInTheDocument();
  });

  it('lets a rejected preload be retried by the next one', async () => {
    const { attempts, load } = deferredLoads();
    const chunk = lazyModule(load);
    const first = chunk.preload();
    attempts[0]?.reject(new TypeError('offline'));
    await expect(first).rejects.toBeInstanceOf(ChunkLoadError);
    const second = chunk.preload();
    attempts[1]?.resolve({ label: 'chart' });
    await expect(second).resolves.toEqual({ label: 'chart' });
  });
});

describe('chunkUrl', () => {
  it('reads the app’s own chunk from a failed dynamic import, and nothing from elsewhere', () => {
    const own = `${location.origin}/assets/deployment-chart-Bak.js`;
    expect(chunkUrl(new TypeError(`Failed to fetch dynamically imported module: ${own}`))).toBe(
      own,
    );
    expect(
      chunkUrl(
        new TypeError('Failed to fetch dynamically imported module: https://evil.example/x.js'),
      ),
    ).toBeNull();
    expect(chunkUrl(new Error('network'))).toBeNull();
    expect(chunkUrl('not an error')).toBeNull();
  });
});
