// @vitest-environment node
// @ts-check
// The deploy/nginx recipe, rendered and run on Debian's nginx against a recording fake
// Partner Center: SPA fallback, caching, security headers and the /pc-api proxy rules.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { renderNginxConfig } from './render-config.js';
import { startNginx } from './run-nginx.js';

const NGINX = '/usr/sbin/nginx';
const hasNginx = existsSync(NGINX);
if (!hasNginx)
  console.warn(
    `scripts/nginx: skipping the nginx recipe tests — ${NGINX} is missing (apt-get install nginx)`,
  );

const CUSTOMER = '4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04';
const MARKER = 'license-insights-shell-marker';

describe('renderNginxConfig', () => {
  const values = {
    LISTEN: '443 ssl',
    SERVER_NAME: 'insights.example.com',
    DIST_ROOT: '/srv/license-insights',
    PC_UPSTREAM: 'https://api.partnercenter.microsoft.com/',
    LOGIN_ORIGIN: 'https://login.microsoftonline.com',
    SECURITY_HEADERS: '/etc/nginx/snippets/li.conf',
  };

  it('fills the known placeholders and leaves nginx variables and unknown names alone', () => {
    const out = renderNginxConfig(
      'listen ${LISTEN}; root ${DIST_ROOT}; proxy_pass ${PC_UPSTREAM}/; ' +
        'proxy_set_header Host ${PC_UPSTREAM_HOST}; try_files $uri /index.html; ${OTHER} $host',
      values,
    );
    expect(out).toBe(
      'listen 443 ssl; root /srv/license-insights; ' +
        'proxy_pass https://api.partnercenter.microsoft.com/; ' +
        'proxy_set_header Host api.partnercenter.microsoft.com; try_files $uri /index.html; ' +
        '${OTHER} $host',
    );
  });

  it('keeps a non-default port in the derived host, and an explicit host wins', () => {
    expect(renderNginxConfig('${PC_UPSTREAM_HOST}', { PC_UPSTREAM: 'http://127.0.0.1:8444' })).toBe(
      '127.0.0.1:8444',
    );
    expect(
      renderNginxConfig('${PC_UPSTREAM_HOST}', { ...values, PC_UPSTREAM_HOST: 'pc.internal' }),
    ).toBe('pc.internal');
  });

  it('throws on a missing value', () => {
    expect(() => renderNginxConfig('root ${DIST_ROOT};', {})).toThrow(/DIST_ROOT/);
  });

  it('refuses values that would inject directives or break the CSP string', () => {
    expect(() =>
      renderNginxConfig('root ${DIST_ROOT};', { DIST_ROOT: '/x; autoindex on' }),
    ).toThrow(/unsafe/);
    expect(() =>
      renderNginxConfig('${LOGIN_ORIGIN}', { LOGIN_ORIGIN: 'https://login.example" always' }),
    ).toThrow(/unsafe/);
    expect(() =>
      renderNginxConfig('${LOGIN_ORIGIN}', { LOGIN_ORIGIN: 'https://login.example/tenant' }),
    ).toThrow(/origin/);
    expect(() => renderNginxConfig('listen ${LISTEN};', { LISTEN: '80\n  autoindex on' })).toThrow(
      /unsafe/,
    );
  });
  it('renders a deployable site from the command line', () => {
    const site = execFileSync(
      process.execPath,
      ['scripts/nginx/render-config.js', '--dist', '/srv/li', '--listen', '8080'],
      { encoding: 'utf8' },
    );
    expect(site).toContain('listen 8080;');
    expect(site).toContain('root /srv/li;');
    expect(site).toContain('proxy_pass https://api.partnercenter.microsoft.com/;');
    expect(site).toContain('try_files $uri /index.html;');
    expect(site).not.toMatch(/\$\{[A-Z_]+\}/);
  });
});

/** A port nothing listens on right now. */
async function freePort() {
  const server = createNetServer();
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const address = server.address();
  await new Promise((done) => server.close(done));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe.skipIf(!hasNginx)('deploy/nginx recipe on Debian nginx', () => {
  /** @type {{ method?: string, url?: string, headers: import('node:http').IncomingHttpHeaders }[]} */
  const seen = [];
  const upstream = createServer((req, res) => {
    seen.push({ method: req.method, url: req.url, headers: req.headers });
    res.writeHead(200, {
      'Content-Type': 'application/json',
      'MS-CorrelationId': 'corr-1',
      'Set-Cookie': 'x=1',
      'Cache-Control': 'max-age=600',
    });
    res.end(JSON.stringify({ totalCount: 0, items: [] }));
  });
  /** @type {Awaited<ReturnType<typeof startNginx>>} */
  let nginx;
  let dist = '';
  let upstreamHost = '';

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'license-insights-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), `<!doctype html><title>${MARKER}</title>`);
    writeFileSync(join(dist, 'redirect.html'), '<!doctype html><title>bridge</title>');
    writeFileSync(join(dist, 'config.json'), '{"auth":{"mode":"demo"}}');
    // Over gzip_min_length, so compression shows.
    writeFileSync(join(dist, 'assets/app-abc123.js'), `export const x = '${'a'.repeat(4000)}';\n`);
    await new Promise((done) => upstream.listen(0, '127.0.0.1', () => done(undefined)));
    const address = upstream.address();
    if (!address || typeof address === 'string') throw new Error('no upstream port');
    upstreamHost = `127.0.0.1:${address.port}`;
    nginx = await startNginx({
      distRoot: dist,
      port: await freePort(),
      upstream: `http://${upstreamHost}`,
    });
  });

  afterAll(async () => {
    await nginx?.close();
    await new Promise((done) => upstream.close(done));
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  /** @param {Headers} headers */
  function expectSecurityHeaders(headers) {
    const csp = headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self' https://login.microsoftonline.com");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    expect(headers.get('permissions-policy')).toBe('camera=(), microphone=(), geolocation=()');
    expect(headers.get('cross-origin-opener-policy')).toBe('same-origin-allow-popups');
    // Plain http: no HSTS.
    expect(headers.get('strict-transport-security')).toBeNull();
    expect(headers.get('server')).toBe('nginx');
  }

  it('serves the shell for app routes, with the CSP and no-cache', async () => {
    const response = await fetch(`${nginx.url}/customers/${CUSTOMER}?service=o365`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(MARKER);
    expectSecurityHeaders(response.headers);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('lets the app frame only its MSAL redirect bridge', async () => {
    const response = await fetch(`${nginx.url}/redirect.html`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('caches hashed assets for a year, compressed', async () => {
    const response = await fetch(`${nginx.url}/assets/app-abc123.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    // Revalidated (304) it keeps the same policy.
    const again = await fetch(`${nginx.url}/assets/app-abc123.js`, {
      headers: { 'If-Modified-Since': response.headers.get('last-modified') ?? '' },
    });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expectSecurityHeaders(response.headers);
  });

  it('answers a missing asset with a real 404, headers included, that no one caches', async () => {
    const response = await fetch(`${nginx.url}/assets/missing.js`);
    expect(response.status).toBe(404);
    // An asset asked for before it is deployed must work once it is, not a year later.
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).not.toContain(MARKER);
    expectSecurityHeaders(response.headers);
  });

  it('has the runtime config revalidated on every load', async () => {
    const response = await fetch(`${nginx.url}/config.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.json()).toEqual({ auth: { mode: 'demo' } });
  });

  it('proxies GET /pc-api/ to the upstream, without cookies either way', async () => {
    seen.length = 0;
    const response = await fetch(`${nginx.url}/pc-api/v1/customers?size=1`, {
      headers: {
        Authorization: 'Bearer x',
        Cookie: 'a=b',
        'MS-RequestId': 'req-1',
        'X-Locale': 'fr-FR',
      },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ totalCount: 0, items: [] });
    expect(seen).toHaveLength(1);
    const [request] = seen;
    expect(request.method).toBe('GET');
    expect(request.url).toBe('/v1/customers?size=1');
    expect(request.headers.host).toBe(upstreamHost);
    expect(request.headers.authorization).toBe('Bearer x');
    expect(request.headers['ms-requestid']).toBe('req-1');
    expect(request.headers['x-locale']).toBe('fr-FR');
    expect(request.headers.cookie).toBeUndefined();
    expect(request.headers['x-forwarded-for']).toBe('127.0.0.1');
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('ms-correlationid')).toBe('corr-1');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expectSecurityHeaders(response.headers);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('lets HEAD through too', async () => {
    seen.length = 0;
    const response = await fetch(`${nginx.url}/pc-api/v1/customers`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(seen.map((request) => request.method)).toEqual(['HEAD']);
  });

  it('refuses writes without reaching the upstream', async () => {
    seen.length = 0;
    for (const method of ['POST', 'PATCH', 'PUT', 'DELETE']) {
      const response = await fetch(`${nginx.url}/pc-api/v1/customers`, { method, body: '{}' });
      expect([403, 405]).toContain(response.status);
      expectSecurityHeaders(response.headers);
    }
    expect(seen).toEqual([]);
  });

  it('never exposes the emulator admin endpoints', async () => {
    seen.length = 0;
    for (const path of ['/pc-api/__admin/log', '/pc-api/__ADMIN/log', '/pc-api//__admin/reset']) {
      const response = await fetch(`${nginx.url}${path}`);
      expect(response.status).toBe(404);
      expectSecurityHeaders(response.headers);
    }
    const post = await fetch(`${nginx.url}/pc-api/__admin/reset`, { method: 'POST' });
    expect([403, 404, 405]).toContain(post.status);
    expect(seen).toEqual([]);
  });
});
