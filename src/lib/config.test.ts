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
        billing: { currency: 'USD' },
      },
    });
  });

  it('reads the billing currency in upper case and names a bad one', () => {
    const eur = parseAppConfig({ auth: { mode: 'demo' }, billing: { currency: 'eur' } });
    expect(eur.ok && eur.config.billing).toEqual({ currency: 'EUR' });
    const bad = parseAppConfig({ auth: { mode: 'demo' }, billing: { currency: 'euro' } });
    expect(!bad.ok && bad.problems[0]?.key).toBe('billing.currency');
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

  const baseUrlOf = (baseUrl: string) => {
    const result = parseAppConfig({ auth: { mode: 'demo' }, partnerCenter: { baseUrl } });
    return result.ok
      ? { ok: true as const, baseUrl: result.config.partnerCenter.baseUrl }
      : { ok: false as const, problems: result.problems };
  };

  it.each([
    '/pc-api',
    '/partner/pc-api',
    'https://api.partnercenter.microsoft.com',
    'https://gateway.contoso.example:8443/partner-center/v2',
  ])('accepts the API base %s', (baseUrl) => {
    expect(baseUrlOf(baseUrl)).toEqual({ ok: true, baseUrl });
  });

  it.each([
    ['https://api.partnercenter.microsoft.com@evil.example', /user name/],
    ['https://user:secret@api.partnercenter.microsoft.com', /user name/],
    ['https://api.partnercenter.microsoft.com\\', /backslashes/],
    ['https://api.partnercenter.microsoft.com\\@evil.example', /backslashes/],
    ['/pc-api\\', /backslashes/],
    ['http://api.partnercenter.microsoft.com', /only https/],
    ['javascript:alert(1)', /only https/],
    ['https://api.partnercenter.microsoft.com/?x=1', /query/],
    ['https://api.partnercenter.microsoft.com#frag', /fragment/],
    ['https://api.partnercenter.microsoft.com/', /trailing slash/],
    ['https://api.partnercenter.microsoft.com/pc/../evil', /plain segments/],
    ['https://api.partnercenter.microsoft.com/%2e%2e/evil', /% escapes/],
    ['/pc-api/../config.json', /without "\." or "\.\."/],
    ['/pc-api/', /trailing slash/],
    ['//evil.example/pc-api', /https/],
    ['pc-api', /same-origin path/],
    ['https://API.partnercenter.microsoft.com', /lower case/],
  ])('refuses %j and names partnerCenter.baseUrl', (baseUrl, message) => {
    const result = baseUrlOf(baseUrl);
    expect(result.ok).toBe(false);
    const problem = !result.ok ? result.problems[0] : undefined;
    expect(problem?.key).toBe('partnerCenter.baseUrl');
    expect(problem?.message).toMatch(message);
  });
});
