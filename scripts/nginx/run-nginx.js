// @ts-check
// Runs Debian's nginx with the deploy/nginx recipe in a throw-away prefix: for the e2e suite,
// the recipe's tests and trying the production setup locally. Not a production launcher
// (production uses the system service and the rendered files, see deploy/nginx/README.md).
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';

import { renderRecipe } from './render-config.js';

/**
 * @typedef {object} NginxOptions
 * @property {string} distRoot the built app (made absolute: nginx resolves a relative root
 *   against its prefix, not our working directory)
 * @property {number} port listens on 127.0.0.1 only
 * @property {string} upstream the Partner Center API (or its emulator) base URL
 * @property {string} [loginOrigin]
 * @property {string} [nginxBin]
 */

/**
 * @typedef {object} RunningNginx
 * @property {string} url
 * @property {string} prefix the temp dir holding the configs, logs and pid file
 * @property {() => Promise<void>} close
 */

/** @param {number} port */
function portAnswers(port) {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1', () => (socket.end(), done(true)));
    socket.on('error', () => done(false));
  });
}

/** @param {number} ms */
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** @param {string} path */
function readTail(path) {
  try {
    return readFileSync(path, 'utf8').trim().split('\n').slice(-10).join('\n');
  } catch {
    return '';
  }
}

/**
 * The main config: everything nginx writes (pid, logs, temp files) stays in the prefix, so
 * it needs nothing from /var and never touches the system service's files.
 * @param {string} prefix
 */
function mainConfig(prefix) {
  return [
    // Throw-away local instance only: as root, workers would otherwise run as `nobody`,
    // which may not be able to read a dist/ under /root or a 0700 temp dir.
    process.getuid?.() === 0 ? 'user root;' : '',
    'daemon off;',
    'master_process on;',
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
    '',
  ].join('\n');
}

/**
 * Renders the recipe into a temp prefix, checks it with `nginx -t`, starts nginx in the
 * foreground and resolves once it serves `port`.
 * @param {NginxOptions} options
 * @returns {Promise<RunningNginx>}
 */
export async function startNginx({
  distRoot,
  port,
  upstream,
  loginOrigin = 'https://login.microsoftonline.com',
  nginxBin = '/usr/sbin/nginx',
}) {
  if (!existsSync(nginxBin))
    throw new Error(`nginx not found at ${nginxBin} (apt-get install nginx)`);
  if (await portAnswers(port)) throw new Error(`port ${port} is already in use`);
  const prefix = mkdtempSync(join(tmpdir(), 'license-insights-nginx-'));
  const cleanUp = () => rmSync(prefix, { recursive: true, force: true });
  const securityHeadersPath = join(prefix, 'security-headers.conf');
  const conf = join(prefix, 'nginx.conf');
  const pidFile = join(prefix, 'nginx.pid');
  const errorLog = join(prefix, 'error.log');
  try {
    const { site, securityHeaders } = renderRecipe({
      LISTEN: `127.0.0.1:${port}`,
      SERVER_NAME: 'localhost',
      DIST_ROOT: resolve(distRoot),
      PC_UPSTREAM: upstream,
      LOGIN_ORIGIN: loginOrigin,
      // Absolute: nginx resolves a relative include against its config dir.
      SECURITY_HEADERS: securityHeadersPath,
    });
    writeFileSync(securityHeadersPath, securityHeaders);
    writeFileSync(join(prefix, 'site.conf'), site);
    writeFileSync(conf, mainConfig(prefix));
    await promisify(execFile)(nginxBin, ['-t', '-q', '-p', prefix, '-c', conf]);
  } catch (error) {
    cleanUp();
    const stderr = /** @type {{ stderr?: string }} */ (error).stderr;
    throw stderr ? new Error(`nginx rejected the rendered recipe:\n${stderr.trim()}`) : error;
  }

  const child = spawn(nginxBin, ['-p', prefix, '-c', conf], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  /** @type {Promise<void>} */
  const exited = new Promise((done) => child.once('exit', () => done()));
  // nginx writes its pid file after binding its sockets: pid file + open port = ours.
  const deadline = Date.now() + 10_000;
  while (!(existsSync(pidFile) && (await portAnswers(port)))) {
    if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      await exited;
      const log = readTail(errorLog);
      cleanUp();
      throw new Error(`nginx did not start on port ${port}${log ? `:\n${log}` : ''}`);
    }
    await sleep(50);
  }

  /** @type {Promise<void> | undefined} */
  let closing;
  return {
    url: `http://127.0.0.1:${port}`,
    prefix,
    close() {
      closing ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) {
          // SIGQUIT: graceful (finish in-flight requests); escalate if that hangs.
          child.kill('SIGQUIT');
          const stopped = await Promise.race([exited.then(() => true), sleep(5000)]);
          if (!stopped) {
            child.kill('SIGKILL');
            await exited;
          }
        }
        cleanUp();
      })();
      return closing;
    },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      port: { type: 'string', default: '8080' },
      upstream: { type: 'string', default: 'https://api.partnercenter.microsoft.com' },
      'login-origin': { type: 'string', default: 'https://login.microsoftonline.com' },
    },
  });
  const nginx = await startNginx({
    distRoot: resolve(values.dist),
    port: Number(values.port),
    upstream: values.upstream,
    loginOrigin: values['login-origin'],
  });
  console.log(`nginx serving ${resolve(values.dist)} on ${nginx.url} (Ctrl-C to stop)`);
  const stop = () => void nginx.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
