// @ts-check
// Starts the local stack: the Entra ID emulator (HTTPS), the Partner Center emulator (HTTP,
// validating tokens against Entra's keys) and the app served by Vite in MSAL mode, with
// `/pc-api` proxied to the emulator exactly as production proxies it to Partner Center.
// Used by `npm run start:local` (a person signing in for real) and by the e2e suite.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { PARTNER_CENTER_SCOPE, TEST_CLIENT_ID } from '../emulators/common/identities.js';
import { startEntraEmulator } from '../emulators/entra-id/server.js';
import { getDataset } from '../emulators/partner-center/dataset.js';
import { startPartnerCenterEmulator } from '../emulators/partner-center/http-server.js';

/**
 * @typedef {object} StackOptions
 * @property {number} entraPort
 * @property {number} partnerCenterPort
 * @property {string[]} appOrigins   every origin the app is served from (redirect URIs)
 * @property {{ authority: string, knownAuthorities: string[] }} authority
 * @property {number} [requestTimeoutMs]
 * @property {'standard' | 'large'} [dataset]  the Partner Center emulator's customers
 * @property {number} [latencyMs]  the Partner Center emulator waits that long before each answer
 */

/** @param {StackOptions} options */
export async function startEmulators(options) {
  const redirectUris = options.appOrigins.map((origin) => `${origin}/redirect.html`);
  const entra = await startEntraEmulator({
    port: options.entraPort,
    clients: [
      {
        clientId: TEST_CLIENT_ID,
        redirectUris,
        postLogoutRedirectUris: options.appOrigins.map((origin) => `${origin}/`),
      },
    ],
  });
  const partnerCenter = await startPartnerCenterEmulator({
    port: options.partnerCenterPort,
    jwksUrl: entra.jwksUrl,
    caCert: entra.caCert,
    dataset: getDataset(options.dataset ?? 'standard'),
    latencyMs: options.latencyMs ?? 0,
  });
  const dir = mkdtempSync(join(tmpdir(), 'license-insights-'));
  const configPath = join(dir, 'config.json');
  writeFileSync(
    configPath,
    JSON.stringify(
      {
        auth: {
          mode: 'msal',
          clientId: TEST_CLIENT_ID,
          authority: options.authority.authority,
          knownAuthorities: options.authority.knownAuthorities,
        },
        partnerCenter: {
          baseUrl: '/pc-api',
          scope: PARTNER_CENTER_SCOPE,
          ...(options.requestTimeoutMs ? { requestTimeoutMs: options.requestTimeoutMs } : {}),
        },
      },
      null,
      2,
    ),
  );
  return {
    entra,
    partnerCenter,
    configPath,
    /** Stops both emulators and removes the generated config. */
    close: async () => {
      await Promise.allSettled([entra.close(), partnerCenter.close()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs `vite <command>` with the generated config served as /config.json.
 * @param {'dev' | 'preview'} command
 * @param {number} port
 * @param {{ configPath: string, upstream: string }} env
 * @param {{ outDir?: string, quiet?: boolean }} [options]  preview another build than dist/;
 *   quiet: no output, and its own process group (the benchmark prints a report and ends
 *   npx and Vite together)
 */
export function startVite(command, port, env, { outDir, quiet = false } = {}) {
  const args =
    command === 'dev'
      ? ['vite', '--port', String(port), '--strictPort']
      : ['vite', 'preview', '--port', String(port), '--strictPort'];
  if (outDir) args.push('--outDir', outDir);
  const child = spawn('npx', args, {
    stdio: quiet ? 'ignore' : 'inherit',
    detached: quiet,
    env: {
      ...process.env,
      LICENSE_INSIGHTS_CONFIG: env.configPath,
      PARTNER_CENTER_UPSTREAM: env.upstream,
    },
  });
  return child;
}
