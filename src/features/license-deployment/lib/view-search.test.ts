import { parseDeploymentSearch, resolveDeploymentView } from './view-search';

describe('customer view URL state', () => {
  it('keeps valid values and leaves defaults out of the URL', () => {
    const { value, invalid } = parseDeploymentSearch({ service: 'o365', all: true, sort: 'sold' });
    expect(value).toEqual({ service: 'o365', all: true, sort: 'sold' });
    expect(invalid).toEqual([]);
    expect(resolveDeploymentView(value)).toMatchObject({ sort: 'sold', dir: 'desc' });
  });

  it('falls back per field and names the fields it ignored', () => {
    const { value, invalid } = parseDeploymentSearch({
      sort: 'bogus',
      dir: 'sideways',
      channel: '<script>',
      service: 'crm',
    });
    expect(value).toEqual({ service: 'crm' });
    expect(invalid).toEqual(['sort', 'dir', 'channel']);
    expect(resolveDeploymentView(value)).toMatchObject({ sort: 'unused', dir: 'desc' });
  });

  it('sorts product names A→Z by default', () => {
    expect(resolveDeploymentView({ sort: 'product' }).dir).toBe('asc');
  });

  it('accepts "true"/"false" strings for all', () => {
    expect(parseDeploymentSearch({ all: 'true' }).value.all).toBe(true);
    expect(parseDeploymentSearch({ all: 'false' }).value.all).toBeUndefined();
  });
});
