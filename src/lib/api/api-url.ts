// Where the bearer token may go. The configured base (`/pc-api`, `https://api…`, or an
// https origin with a path) is parsed once; every request URL and every paging link from
// Partner Center is checked against it as a parsed URL, never as a string prefix, so
// `/v1/../../config.json` or `/v1/%2e%2e/evil` cannot carry the token off the API.

export interface ApiBase {
  origin: string;
  /** The base's path without a trailing slash; '' for an origin-only base. */
  path: string;
}

const API_PATH = /^\/(partner\/)?v1\//i;

/** A relative base resolves against the page; outside a browser (tests, Node) localhost. */
function pageOrigin(): string {
  return globalThis.location?.origin ?? 'http://localhost';
}

export function parseApiBase(baseUrl: string): ApiBase {
  const url = new URL(baseUrl, pageOrigin());
  return { origin: url.origin, path: url.pathname.replace(/\/+$/, '') };
}

/** True when `url`, once resolved and normalised the way fetch will, is under `base`. */
export function isUnderBase(url: string, base: ApiBase): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url, pageOrigin());
  } catch {
    return false;
  }
  if (parsed.origin !== base.origin || parsed.username || parsed.password) return false;
  return parsed.pathname.startsWith(`${base.path}/`);
}

/**
 * A path the URL parser would rewrite: dot segments (also percent-encoded), encoded or
 * back slashes, and tab/newline/control characters (which the parser silently drops, so
 * `.\t.` becomes `..`). Partner Center's own paths never contain any of them.
 */
function isHostilePath(path: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are what is looked for
  if (/[\\\s\u0000-\u001f\u007f]/.test(path) || /%(2e|2f|5c|25)/i.test(path)) return true;
  return path.split('/').some((segment) => segment === '.' || segment === '..');
}

/** `/v1/…?query` with a path that cannot escape the base, or null. */
export function safeApiPath(pathAndQuery: string): string | null {
  // A backslash is a slash to the URL parser in a path, and never needed in a query.
  if (pathAndQuery.includes('\\')) return null;
  const path = /^[^?#]*/.exec(pathAndQuery)?.[0] ?? '';
  if (!API_PATH.test(path) || isHostilePath(path)) return null;
  return pathAndQuery;
}

/**
 * A paging link reduced to a safe API path, or null. Links are host-relative
 * (`/v1/customers?…`) or absolute; an absolute one keeps only its path and query so it
 * still goes through the configured base (the proxy). The path is checked as sent, before
 * any URL parser could normalise `..` away.
 */
export function linkToApiPath(uri: string): string | null {
  const absolute = /^https?:\/\/[^/?#\\]*/i.exec(uri);
  return safeApiPath(absolute ? uri.slice(absolute[0].length) : uri);
}
