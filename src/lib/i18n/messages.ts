import type { Locale } from './locale';
import { en, type MessageKey } from './messages-en';

export type { MessageKey };
export type MessageTable = Record<MessageKey, string>;

// English ships in the first bundle; French (~5 KiB gzip) downloads only for people who
// use it, before the first render when it is their language (main.tsx).

const tables: Partial<Record<Locale, MessageTable>> = { 'en-US': en };
const loaders: Record<Locale, () => Promise<MessageTable>> = {
  'en-US': () => Promise.resolve(en),
  'fr-FR': () => import('./messages-fr').then((module) => module.fr),
};

/** The table for `locale` once loaded; English until then. */
export function messagesFor(locale: Locale): MessageTable {
  return tables[locale] ?? en;
}

export function isLoaded(locale: Locale): boolean {
  return tables[locale] !== undefined;
}

export async function loadMessages(locale: Locale): Promise<MessageTable> {
  const table = tables[locale] ?? (await loaders[locale]());
  tables[locale] = table;
  return table;
}
