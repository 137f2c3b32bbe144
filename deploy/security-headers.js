// @ts-check
// The response headers License Insights needs, in one place for `vite preview` and the
// tests. deploy/nginx/security-headers.conf carries the same policy for production; the
// e2e suite checks that both serve it.

/**
 * @param {string} loginOrigin the sign-in authority's origin, e.g. https://login.microsoftonline.com
 * @param {string} path the request path: MSAL's redirect bridge must be frameable by the
 *   app itself (hidden-iframe token renewal); nothing else may be framed at all.
 * @returns {Record<string, string>}
 */
export function securityHeaders(loginOrigin, path = '/') {
  const bridge = path === '/redirect.html';
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${loginOrigin}`,
    `frame-src 'self' ${loginOrigin}`,
    `frame-ancestors ${bridge ? "'self'" : "'none'"}`,
    "base-uri 'self'",
    `form-action 'self' ${loginOrigin}`,
    "object-src 'none'",
    "worker-src 'self'",
    "manifest-src 'self'",
  ].join('; ');
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': bridge ? 'SAMEORIGIN' : 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
  };
}
