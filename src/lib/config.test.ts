import { parseAppConfig } from './config';

describe('config.json validation', () => {
  it('accepts the shipped demo config and fills in defaults', () => {
    const result = parseAppConfig({
      auth: { mode: 'demo' },
      partnerCenter: {
        baseUrl: '/pc-api',
        scope: 'https://api.partnercenter.microsoft.com/user_impersonation',
      },
    });
    expect(result).toEqual({
      ok: true,
      config: {
        auth: { mode: 'demo', dataset: 'standard' },
        partnerCenter: {
          baseUrl: '/pc-api',
          scope: 'https://api.partnercenter.microsoft.com/user_impersonation',
          requestTimeoutMs: 30_000,
        },
      },
    });
  });

  it('offers the large-partner demo dataset and refuses unknown sizes', () => {
    const large = parseAppConfig({ auth: { mode: 'demo', dataset: 'large' } });
    expect(large.ok && large.config.auth).toEqual({ mode: 'demo', dataset: 'large' });
    const bad = parseAppConfig({ auth: { mode: 'demo', dataset: 'huge' } });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems[0]?.key).toBe('auth.dataset');
  });

  it('defaults the MSAL authority to organizations and the cache to sessionStorage', () => {
    const result = parseAppConfig({
      auth: { mode: 'msal', clientId: 'c0a1b2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d' },
    });
    expect(result.ok && result.config.auth).toEqual({
      mode: 'msal',
      clientId: 'c0a1b2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d',
      authority: 'https://login.microsoftonline.com/organizations',
      knownAuthorities: [],
      cacheLocation: 'sessionStorage',
    });
  });

  it('names each bad key', () => {
    const result = parseAppConfig({
      auth: { mode: 'msal', clientId: 'not-a-guid', authority: 'http://login.example' },
      partnerCenter: { baseUrl: '/pc-api/', scope: 'user_impersonation' },
    });
    expect(result.ok).toBe(false);
    const keys = result.ok ? [] : result.problems.map((problem) => problem.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'auth.clientId',
        'auth.authority',
        'partnerCenter.baseUrl',
        'partnerCenter.scope',
      ]),
    );
  });

  it('reports an unknown auth mode at auth.mode', () => {
    const result = parseAppConfig({ auth: { mode: 'magic' } });
    expect(result.ok ? [] : result.problems.map((p) => p.key)).toContain('auth.mode');
  });
});
