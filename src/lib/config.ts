import { z } from 'zod/mini';

// One build serves every deployment: everything environment-specific comes from
// /config.json, read at start-up and validated here. Unknown keys are ignored so an
// older build tolerates a newer config file.

const DEFAULT_SCOPE = 'https://api.partnercenter.microsoft.com/user_impersonation';

const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https:// URL' });

const SEGMENTS = /^(\/[A-Za-z0-9._~-]+)*$/;

/**
 * Why a `partnerCenter.baseUrl` is refused, or null. The token goes to this base, so it is
 * parsed as a URL (not matched as text): `https://api.partnercenter.microsoft.com@evil`
 * is a user name on evil's host, and a backslash is a slash to the URL parser.
 */
export function baseUrlProblem(value: string): string | null {
  const hint =
    'must be a same-origin path like "/pc-api" or an https:// URL such as "https://api.partnercenter.microsoft.com"';
  if (/[\\\s]/.test(value) || /%/.test(value))
    return `${hint}, without spaces, backslashes or % escapes`;
  if (/[?#]/.test(value)) return `${hint}, without a query (?) or fragment (#)`;
  const isDotSegment = (path: string) => path.split('/').some((s) => s === '.' || s === '..');
  if (value.startsWith('/') && !value.startsWith('//')) {
    return SEGMENTS.test(value) && value !== '' && !isDotSegment(value) && !value.endsWith('/')
      ? null
      : `${hint}: a path of plain segments, without "." or ".." and without a trailing slash`;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return hint;
  }
  if (url.protocol !== 'https:') return `${hint}: only https:// is allowed`;
  if (url.username || url.password || value.slice(8).includes('@'))
    return `${hint}, without a user name or password (…@host)`;
  const path = url.pathname === '/' ? '' : url.pathname;
  // What the browser will really use must be what was written: no normalisation tricks.
  if (`${url.origin}${path}` !== value || !SEGMENTS.test(path) || isDotSegment(value.slice(8)))
    return `${hint}, in lower case, with a path of plain segments and without a trailing slash`;
  return null;
}

const partnerCenterSchema = z.object({
  baseUrl: z._default(
    z.string({ error: 'must be a string such as "/pc-api"' }).check(
      z.superRefine((value, context) => {
        const problem = baseUrlProblem(value);
        if (problem) context.addIssue({ code: 'custom', input: value, message: problem });
      }),
    ),
    '/pc-api',
  ),
  scope: z._default(
    z.string().check(
      z.regex(/^https:\/\/\S+\/user_impersonation$/, {
        error: 'must be the Partner Center delegated scope, ending in /user_impersonation',
      }),
    ),
    DEFAULT_SCOPE,
  ),
  requestTimeoutMs: z._default(z.int().check(z.minimum(1000), z.maximum(300_000)), 30_000),
});

const demoAuthSchema = z.object({
  mode: z.literal('demo'),
  // The emulator's data: ~300 customers, or a 20,000-customer "large partner" for
  // performance work (bench, e2e).
  dataset: z._default(z.enum(['standard', 'large']), 'standard'),
});

const msalAuthSchema = z.object({
  mode: z.literal('msal'),
  clientId: z.uuid({ error: 'must be the app registration’s Application (client) ID, a GUID' }),
  authority: z._default(httpsUrl, 'https://login.microsoftonline.com/organizations'),
  knownAuthorities: z._default(z.array(z.string().check(z.minLength(1))), []),
  cacheLocation: z._default(z.enum(['sessionStorage', 'localStorage']), 'sessionStorage'),
});

// The currency Partner Center bills this partner in: the unbilled line items are asked for
// in it (`currencycode`), and prices in another currency are never mixed with it.
const billingSchema = z.object({
  currency: z._default(
    z.pipe(
      z
        .string()
        .check(z.regex(/^[A-Za-z]{3}$/, { error: 'must be an ISO 4217 code such as "EUR"' })),
      z.transform((code) => code.toUpperCase()),
    ),
    'USD',
  ),
});

export const appConfigSchema = z.object({
  auth: z.discriminatedUnion('mode', [demoAuthSchema, msalAuthSchema], {
    error: 'must be { "mode": "demo" } or { "mode": "msal", "clientId": … }',
  }),
  partnerCenter: z._default(partnerCenterSchema, {
    baseUrl: '/pc-api',
    scope: DEFAULT_SCOPE,
    requestTimeoutMs: 30_000,
  }),
  billing: z._default(billingSchema, { currency: 'USD' }),
});

export type AppConfig = z.infer<typeof appConfigSchema>;
export type MsalAuthConfig = z.infer<typeof msalAuthSchema>;

export type ConfigResult =
  { ok: true; config: AppConfig } | { ok: false; problems: { key: string; message: string }[] };

/** Validates an already-parsed config.json; every problem names the key it is about. */
export function parseAppConfig(raw: unknown): ConfigResult {
  const result = appConfigSchema.safeParse(raw);
  if (result.success) return { ok: true, config: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      key: issue.path.length > 0 ? issue.path.join('.') : '(root)',
      message: issue.message,
    })),
  };
}

export async function loadAppConfig(url = '/config.json'): Promise<ConfigResult> {
  let response: Response;
  try {
    // A plain GET (default cache mode, no extra header) so that index.html's preload of
    // /config.json is the response used; another mode or header would fetch it twice.
    // Freshness is the server's job: the recipe sends `Cache-Control: no-cache` for it, as
    // the README asks of any web server.
    response = await fetch(url);
  } catch {
    return { ok: false, problems: [{ key: url, message: 'could not be downloaded' }] };
  }
  if (!response.ok) {
    return { ok: false, problems: [{ key: url, message: `answered HTTP ${response.status}` }] };
  }
  let raw: unknown;
  try {
    raw = await response.json();
  } catch {
    return { ok: false, problems: [{ key: url, message: 'is not valid JSON' }] };
  }
  return parseAppConfig(raw);
}
