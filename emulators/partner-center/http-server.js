// @ts-check
import { createServer } from 'node:http';

import { apiFault, handlePartnerCenterRequest } from './core.js';
import { normalizeFault } from './faults.js';
import { endpointKind } from './role-rules.js';
import { createTokenChecker } from './token-check.js';

// Node HTTP adapter: the Partner Center emulator as a real service on loopback, behind the
// same reverse proxies as production. Like the real API it sends no CORS headers, checks
// every token, and keeps a request log (token redacted) that tests assert on.

/**
 * @typedef {{ time: string, method: string, path: string, headers: Record<string, string>, status: number }} LogEntry
 * @typedef {{ match?: { pathContains?: string }, fault: import('./faults.js').Fault, times?: number }} QueuedFault
 *
 * @typedef {object} EmulatorOptions
 * @property {string} [host]          loopback by default: the emulator sits behind a proxy
 * @property {number} [port]          0 = any free port
 * @property {string} jwksUrl         the Entra emulator's JWKS (https, or http in tests)
 * @property {string} [caCert]        PEM of the CA that signed the JWKS server's certificate
 * @property {string | readonly string[]} [audience]  accepted `aud`; default Partner Center's URI and app id
 * @property {string} [issuerPrefix]  default `https://sts.windows.net/` (v1 tokens)
 * @property {import('./dataset.js').Dataset} [dataset]
 * @property {() => number} [now]     the emulator's clock (default Date.now): subscription
 *   terms, refund windows and billing periods are laid out relative to its UTC day
 * @property {number} [latencyMs]     added before every API answer (not /__admin/): a
 *   network-like round trip for the benchmark; 0 by default
 */

const WWW_AUTHENTICATE =
  'Bearer authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", error="invalid_token"';

/** @param {EmulatorOptions} options */
export async function startPartnerCenterEmulator({
  host = '127.0.0.1',
  port = 0,
  jwksUrl,
  caCert,
  audience,
  issuerPrefix,
  dataset,
  now = Date.now,
  latencyMs = 0,
}) {
  const checkToken = createTokenChecker({
    jwksUrl,
    ...(caCert ? { caCert } : {}),
    ...(audience ? { audiences: typeof audience === 'string' ? [audience] : audience } : {}),
    ...(issuerPrefix ? { issuerPrefix } : {}),
  });
  /** @type {LogEntry[]} */
  const requestLog = [];
  /** @type {QueuedFault[]} */
  let faults = [];

  /** @param {string} path */
  const takeFault = (path) => {
    const index = faults.findIndex(
      (f) => !f.match?.pathContains || path.includes(f.match.pathContains),
    );
    const queued = faults[index];
    if (!queued) return null;
    queued.times = (queued.times ?? 1) - 1;
    if (queued.times <= 0) faults.splice(index, 1);
    return queued.fault;
  };

  const server = createServer((req, res) => {
    const chunks = /** @type {Buffer[]} */ ([]);
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      void handle(req, Buffer.concat(chunks).toString('utf8'))
        .then(async ({ status, headers, body, delayMs = 0 }) => {
          const wait = delayMs + (req.url?.startsWith('/__admin/') ? 0 : latencyMs);
          if (wait) await new Promise((resolve) => setTimeout(resolve, wait));
          if (res.destroyed) return; // the client gave up (timeout) while we waited
          res.writeHead(status, headers);
          res.end(req.method === 'HEAD' ? undefined : body);
        })
        .catch((error) => {
          // An emulator bug still answers like Partner Center (ApiFault 800003, MS-* headers),
          // so the app's error path is what gets exercised, not a parse failure.
          const fault = apiFault(
            { method: req.method ?? 'GET', url: req.url ?? '/', headers: {} },
            500,
            800003,
            `Emulator error: ${String(error).slice(0, 900)}`,
          );
          if (!res.headersSent) res.writeHead(fault.status, fault.headers);
          res.end(fault.body);
        });
    });
  });

  /**
   * @param {import('node:http').IncomingMessage} req @param {string} body
   * @returns {Promise<import('./responses.js').PcResponse>}
   */
  async function handle(req, body) {
    const path = req.url ?? '/';
    const method = req.method ?? 'GET';
    /** @type {Record<string, string>} */
    const headers = {};
    for (const [key, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers[key] = value;
      else if (Array.isArray(value)) headers[key] = value.join(', ');
    }
    if (path.startsWith('/__admin/')) return admin(method, path, headers, body);

    const request = { method, url: path, headers };
    const endpoint = endpointKind(path);
    /** @type {import('./responses.js').PcResponse} */
    let response;
    if (method === 'OPTIONS') {
      // A browser preflight carries no token. The real API does not do CORS: answer like a
      // service that only knows GET, with no Access-Control-* header, so the browser fails.
      response = apiFault(request, 405, 800002, 'The HTTP method OPTIONS is not supported.', {
        allow: 'GET, HEAD',
      });
    } else {
      const check = await checkToken(headers.authorization, endpoint);
      response = check.ok
        ? handlePartnerCenterRequest(request, {
            fault: takeFault(path),
            now: now(),
            ...(dataset ? { dataset } : {}),
          })
        : apiFault(
            request,
            check.status,
            check.code,
            check.description,
            check.status === 401 ? { 'www-authenticate': WWW_AUTHENTICATE } : {},
          );
    }
    const logged = { ...headers };
    // The log proves where tokens went without ever holding one.
    logged.authorization = headers.authorization ? '<bearer redacted>' : 'absent';
    requestLog.push({
      time: new Date().toISOString(),
      method,
      path,
      headers: logged,
      status: response.status,
    });
    return { ...response, headers: { ...response.headers, date: new Date().toUTCString() } };
  }

  /** @param {string} method @param {string} path @param {Record<string, string>} headers @param {string} body */
  function admin(method, path, headers, body) {
    const json = (/** @type {number} */ status, /** @type {unknown} */ value) => ({
      status,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(value),
    });
    // Test-only: refuse anything that came through a proxy, so no deployment exposes it.
    if (headers['x-forwarded-for'] || headers.via || headers.forwarded)
      return json(404, { error: 'not found' });
    if (method === 'GET' && path === '/__admin/log') return json(200, requestLog);
    if (method === 'POST' && path === '/__admin/reset') {
      requestLog.length = 0;
      faults = [];
      return json(200, { ok: true });
    }
    if (method === 'POST' && path === '/__admin/fault') {
      try {
        const queued = /** @type {QueuedFault} */ (JSON.parse(body));
        const fault = normalizeFault(queued?.fault);
        if (!fault) return json(400, { error: 'expected { fault: { kind, … } | { status, … } }' });
        faults.push({ ...queued, fault });
        return json(200, { ok: true, queued: faults.length });
      } catch {
        return json(400, { error: 'invalid JSON' });
      }
    }
    return json(404, { error: 'unknown admin endpoint' });
  }

  await new Promise((resolve) => server.listen(port, host, () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    requestLog,
    clearLog: () => void (requestLog.length = 0),
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
