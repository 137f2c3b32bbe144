// @ts-check
// The end-to-end stack (Playwright's webServer): emulators + the production build in MSAL
// mode behind `vite preview` (port 4174) and behind Debian's nginx with the deploy/nginx
// recipe (port 4175). The app's config is production-shaped: the real
// login.microsoftonline.com authority (Chromium maps that host to the emulator) and /pc-api.
import { cpSync, existsSync, mkdirSync, rmSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';

import { startEmulators, startVite } from '../../scripts/local-stack.js';
import { startNginx } from '../../scripts/nginx/run-nginx.js';
import { PORTS } from '../../tooling/ports.js';

if (!existsSync('dist/index.html')) {
  console.error('e2e stack: dist/ is missing — run `npm run build` first.');
  process.exit(1);
}

const stack = await startEmulators({
  entraPort: PORTS.entra,
  partnerCenterPort: PORTS.partnerCenter,
  appOrigins: [`http://localhost:${PORTS.msal}`, `http://localhost:${PORTS.nginx}`],
  authority: { authority: 'https://login.microsoftonline.com/organizations', knownAuthorities: [] },
  // Short enough that the timeout test does not take minutes; the emulator answers in ms.
  requestTimeoutMs: 4000,
});

// nginx serves a deployed copy: dist/ plus the operator's config.json, as in production.
const nginxRoot = join('.e2e', 'dist-nginx');
rmSync(nginxRoot, { recursive: true, force: true });
mkdirSync('.e2e', { recursive: true });
cpSync('dist', nginxRoot, { recursive: true });
copyFileSync(stack.configPath, join(nginxRoot, 'config.json'));

const nginx = await startNginx({
  distRoot: join(process.cwd(), nginxRoot),
  port: PORTS.nginx,
  upstream: stack.partnerCenter.url,
});

const vite = startVite('preview', PORTS.msal, {
  configPath: stack.configPath,
  upstream: stack.partnerCenter.url,
});

const stop = async () => {
  vite.kill('SIGTERM');
  await Promise.allSettled([nginx.close(), stack.close()]);
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
