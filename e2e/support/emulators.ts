import { request, type APIRequestContext } from '@playwright/test';

import { PORTS } from '../../tooling/ports.js';

// Test-only admin endpoints of the emulators (never reachable through the proxies).
const ENTRA = `https://localhost:${PORTS.entra}/__admin`;
const PARTNER_CENTER = `http://127.0.0.1:${PORTS.partnerCenter}/__admin`;

export interface EntraStats {
  authorize: number;
  authorizeSilent: number;
  authorizeForm: number;
  signIn: number;
  logout: number;
  errors: number;
  token: Record<string, number>;
}

export interface PcLogEntry {
  time: string;
  method: string;
  path: string;
  status: number;
  headers: Record<string, string>;
}

let context: APIRequestContext | undefined;
async function api() {
  context ??= await request.newContext({ ignoreHTTPSErrors: true });
  return context;
}

async function ok<T>(response: Awaited<ReturnType<APIRequestContext['get']>>): Promise<T> {
  if (!response.ok())
    throw new Error(`${response.url()} → ${response.status()} ${await response.text()}`);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const entra = {
  reset: async () => ok(await (await api()).post(`${ENTRA}/reset`)),
  stats: async () => ok<EntraStats>(await (await api()).get(`${ENTRA}/stats`)),
  config: async (data: Record<string, unknown>) =>
    ok(await (await api()).post(`${ENTRA}/config`, { data })),
  revokeRefreshTokens: async () =>
    ok(await (await api()).post(`${ENTRA}/revoke-refresh-tokens`, { data: {} })),
};

export const partnerCenter = {
  reset: async () => ok(await (await api()).post(`${PARTNER_CENTER}/reset`)),
  log: async () => ok<PcLogEntry[]>(await (await api()).get(`${PARTNER_CENTER}/log`)),
  /** Queues a fault for the next `times` requests whose path contains `pathContains`. */
  fault: async (fault: Record<string, unknown>, { pathContains = '/analytics/', times = 1 } = {}) =>
    ok(
      await (
        await api()
      ).post(`${PARTNER_CENTER}/fault`, { data: { fault, match: { pathContains }, times } }),
    ),
};

export async function resetEmulators() {
  await Promise.all([entra.reset(), partnerCenter.reset()]);
}
