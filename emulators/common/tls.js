// @ts-check
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { isIP } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

// MSAL only accepts https authorities, so the Entra ID emulator needs TLS. A fresh
// self-signed certificate is made at every start with Debian's openssl: no private key is
// ever committed, and the certificate covers the production host names the tests map to
// loopback (login.microsoftonline.com) as well as the loopback names themselves. OpenSSL's
// default `req -x509` profile marks it CA:TRUE, so the same PEM can be trusted as a root
// (Node's `ca` option, NODE_EXTRA_CA_CERTS, an NSS db).

const run = promisify(execFile);

/** Names every certificate covers, whatever the caller adds. */
export const DEFAULT_CERT_HOSTNAMES = Object.freeze([
  'localhost',
  '127.0.0.1',
  'login.microsoftonline.com',
]);

/**
 * @param {{ hostnames?: string[] }} [options] extra DNS names or IP addresses
 * @returns {Promise<{ key: string, cert: string }>} PEM strings; the cert is its own CA
 */
export async function createSelfSignedCert({ hostnames = [] } = {}) {
  const names = [...new Set([...DEFAULT_CERT_HOSTNAMES, ...hostnames])];
  // An IP in a DNS entry would not match: browsers and Node compare IPs only to IP entries.
  const san = names.map((name) => (isIP(name) ? `IP:${name}` : `DNS:${name}`)).join(',');
  const dir = await mkdtemp(join(tmpdir(), 'emulator-tls-'));
  try {
    const keyPath = join(dir, 'key.pem');
    const certPath = join(dir, 'cert.pem');
    await run('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=Local emulator (self-signed)',
      '-addext',
      `subjectAltName=${san}`,
      '-keyout',
      keyPath,
      '-out',
      certPath,
    ]);
    return { key: await readFile(keyPath, 'utf8'), cert: await readFile(certPath, 'utf8') };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
