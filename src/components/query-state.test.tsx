import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { PartnerCenterError } from '@/lib/api/partner-center-error';
import { I18nProvider } from '@/lib/i18n/i18n-provider';

import { QueryState, type QueryLike } from './query-state';

const throttled = new PartnerCenterError({
  kind: 'http',
  status: 429,
  requestId: 'req-1',
  correlationId: 'corr-1',
});

function show(query: Partial<QueryLike<string[]>>) {
  const full: QueryLike<string[]> = {
    data: undefined,
    error: null,
    isError: false,
    isRefetchError: false,
    refetch: vi.fn(),
    ...query,
  };
  render(
    <I18nProvider locale="en-US">
      <QueryState
        query={full}
        pending={<p>waiting</p>}
        isEmpty={(data) => data.length === 0}
        empty={() => <p>nothing here</p>}
      >
        {(data) => <p>{data.join(', ')}</p>}
      </QueryState>
    </I18nProvider>,
  );
  return full;
}

describe('QueryState', () => {
  it('shows the placeholder until the first answer', () => {
    show({});
    expect(screen.getByText('waiting')).toBeInTheDocument();
  });

  it('shows the specific error with its ids and a retry that refetches', async () => {
    const query = show({ isError: true, error: throttled });
    expect(screen.getByRole('heading', { name: /busy/i })).toBeInTheDocument();
    expect(screen.getByText('corr-1')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(query.refetch).toHaveBeenCalledTimes(1);
  });

  it('keeps the data on screen when a refresh fails, with a notice', () => {
    show({ data: ['E3', 'E5'], isError: true, isRefetchError: true, error: throttled });
    expect(screen.getByText('E3, E5')).toBeInTheDocument();
    expect(screen.getByText('Could not refresh:')).toBeInTheDocument();
  });

  it('says so when the answer is empty', () => {
    show({ data: [] });
    expect(screen.getByText('nothing here')).toBeInTheDocument();
    expect(screen.queryByText('waiting')).not.toBeInTheDocument();
  });
});
