import type { Translate } from './i18n-provider';

// Partner Center names services and channels with codes (`o365`, `crm`, `reseller`,
// `direct`). People read names: selects, tables and the chart show a display name in the
// current language, while the URL, the API filter and the CSV keep the code (a bookmark or
// a spreadsheet must not change with the language). A code we do not know is shown as
// Partner Center sent it.

const SERVICES = {
  o365: 'codes.service.o365',
  crm: 'codes.service.crm',
} as const;

const CHANNELS = {
  reseller: 'codes.channel.reseller',
  direct: 'codes.channel.direct',
} as const;

function lookup<T extends Record<string, string>>(table: T, code: string): T[keyof T] | null {
  const key = code.trim().toLowerCase();
  return Object.hasOwn(table, key) ? (table[key] as T[keyof T]) : null;
}

export function serviceName(t: Translate, code: string): string {
  const key = lookup(SERVICES, code);
  return key ? t(key) : code;
}

export function channelName(t: Translate, code: string): string {
  const key = lookup(CHANNELS, code);
  return key ? t(key) : code;
}
