import { z } from 'zod/mini';

// One build serves every deployment: everything environment-specific comes from
// /config.json, read at start-up and validated here. Unknown keys are ignored so an
// older build tolerates a newer config file.

const DEFAULT_SCOPE = 'https://api.partnercenter.microsoft.com/user_impersonation';

const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https:// URL' });

const partnerCenterSchema = z.object({
  baseUrl: z._default(
    z.string({ error: 'must be a string such as "/pc-api"' }).check(
      z.regex(/^(\/[A-Za-z0-9._~-]+)+$|^https:\/\/[^\s/?#]+(\/[A-Za-z0-9._~-]+)*$/, {
        error:
          'must be a same-origin path like "/pc-api" or an https:// URL, without a trailing slash',
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

export const appConfigSchema = z.object({
  auth: z.discriminatedUnion('mode', [demoAuthSchema, msalAuthSchema], {
    error: 'must be { "mode": "demo" } or { "mode": "msal", "clientId": … }',
  }),
  partnerCenter: z._default(partnerCenterSchema, {
    baseUrl: '/pc-api',
    scope: DEFAULT_SCOPE,
    requestTimeoutMs: 30_000,
  }),
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
    response = await fetch(url, { cache: 'no-cache', headers: { Accept: 'application/json' } });
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
