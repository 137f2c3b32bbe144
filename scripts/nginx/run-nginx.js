// @ts-check
// Runs Debian's nginx with the deploy/nginx recipe in a throw-away prefix: for the e2e
// suite and for trying the production setup locally. Not a production launcher.
import { spawn, execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';

import { renderRecipe } from './render-config.js';

/** @param {number} port */
function waitForPort(port, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = connect(port, '127.0.0.1', () => (socket.end(), resolve(undefined)));
      socket.on('error', () =>
        Date.now() > deadline
          ? reject(new Error(`nginx did not open port ${port}`))
          : setTimeout(attempt, 100),
      );
    };
    attempt();
  });
}

/**
 * @param {{ distRoot: string, port: number, upstream: string, loginOrigin?: string, nginxBin?: string }} options
 */
export async function startNginx({
  distRoot,
  port,
  upstream,
  loginOrigin = 'https://login.microsoftonline.com',
  nginxBin = '/usr/sbin/nginx',
}) {
  const prefix = mkdtempSync(join(tmpdir(), 'license-insights-nginx-'));
  const securityHeadersPath = join(prefix, 'security-headers.conf');
  const { site, securityHeaders } = renderRecipe({
    LISTEN: `127.0.0.1:${port}`,
    SERVER_NAME: 'localhost',
    DIST_ROOT: distRoot,
    PC_UPSTREAM: upstream,
    LOGIN_ORIGIN: loginOrigin,
    SECURITY_HEADERS: securityHeadersPath,
  });
  writeFileSync(securityHeadersPath, securityHeaders);
  writeFileSync(join(prefix, 'site.conf'), site);
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(
    conf,
    [
      // Throw-away test instance: as root it must name a user that can read dist/.
      process.getuid?.() === 0 ? 'user root;' : '',
      'daemon off;',
      'worker_processes 1;',
      `pid ${join(prefix, 'nginx.pid')};`,
      `error_log ${join(prefix, 'error.log')} warn;`,
      'events { worker_connections 256; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      `  access_log ${join(prefix, 'access.log')};`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (kind) => `  ${kind}_temp_path ${join(prefix, kind)};`,
      ),
      `  include ${join(prefix, 'site.conf')};`,
      '}',
    ].join('\n'),
  );
  try {
    await promisify(execFile)(nginxBin, ['-t', '-p', prefix, '-c', conf]);
  } catch (error) {
    throw new Error(
      `nginx rejected the rendered recipe: ${/** @type {{ stderr?: string }} */ (error).stderr ?? error}`,
    );
  }
  const child = spawn(nginxBin, ['-p', prefix, '-c', conf], { stdio: 'inherit' });
  await waitForPort(port);
  return {
    url: `http://127.0.0.1:${port}`,
    prefix,
    close: () =>
      new Promise((resolve) => {
        child.once('exit', () => {
          rmSync(prefix, { recursive: true, force: true });
          resolve(undefined);
        });
        child.kill('SIGQUIT');
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      port: { type: 'string', default: '8080' },
      upstream: { type: 'string', default: 'https://api.partnercenter.microsoft.com' },
    },
  });
  const nginx = await startNginx({
    distRoot: join(process.cwd(), values.dist ?? 'dist'),
    port: Number(values.port),
    upstream: values.upstream ?? '',
  });
  console.log(`nginx serving ${values.dist} on ${nginx.url} (Ctrl-C to stop)`);
  process.on('SIGINT', () => void nginx.close().then(() => process.exit(0)));
}
