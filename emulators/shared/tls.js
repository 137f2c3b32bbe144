// @ts-check
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

// MSAL only accepts https authorities, so the Entra ID emulator needs TLS. A fresh
// self-signed certificate is made at every start with Debian's openssl: no private key is
// ever committed, and the certificate covers the production host names the tests map to
// loopback (login.microsoftonline.com).

const run = promisify(execFile);

/**
 * @param {{ hostnames?: string[] }} [options]
 * @returns {Promise<{ key: string, cert: string }>}
 */
export async function createSelfSignedCert({ hostnames = [] } = {}) {
  const names = [...new Set(['localhost', 'login.microsoftonline.com', ...hostnames])];
  const san = [...names.map((name) => `DNS:${name}`), 'IP:127.0.0.1'].join(',');
  const dir = await mkdtemp(join(tmpdir(), 'entra-emulator-tls-'));
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
      '/CN=Local Entra ID emulator',
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
