import type { Locale } from './locale';
import { sharedEn } from './messages-en';

/**
 * The app's composed message catalogue, for type-checking keys in shared code that cannot
 * import the app (like TanStack Router's `Register`). src/app/i18n/catalogue-en.ts fills it:
 *
 *     declare module '@/lib/i18n/messages' { interface Register { messages: typeof en } }
 *
 * Unfilled (shared code checked on its own), only the shared keys exist.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface Register {}

type Catalogue = Register extends { messages: infer Messages } ? Messages : typeof sharedEn;
export type MessageKey = keyof Catalogue & string;
export type MessageTable = Record<MessageKey, string>;

// English ships in the first bundle; French (~5 KiB gzip) downloads only for people who
// use it, before the first render when it is their language (main.tsx). The app registers
// both when its first module loads (src/app/i18n/register-catalogue.ts); before that, only
// the shared text exists (a shared component's own test), hence `Partial`.

type OtherLocale = Exclude<Locale, 'en-US'>;
type Loaders = Record<OtherLocale, () => Promise<MessageTable>>;
type LoadedTable = Partial<MessageTable>;

let english: LoadedTable = sharedEn;
let loaders: Partial<Loaders> = {};
const tables: Partial<Record<OtherLocale, MessageTable>> = {};

/** The app's whole catalogue: English as loaded, the other languages as lazy chunks. */
export function registerMessages(en: MessageTable, lazy: Loaders): void {
  english = en;
  loaders = lazy;
}

/** The table for `locale` once loaded; English until then. */
export function messagesFor(locale: Locale): LoadedTable {
  return (locale !== 'en-US' && tables[locale]) || english;
}

export function isLoaded(locale: Locale): boolean {
  return locale === 'en-US' || tables[locale] !== undefined;
}

export async function loadMessages(locale: Locale): Promise<LoadedTable> {
  if (locale === 'en-US') return english;
  const load = loaders[locale];
  if (!load) return english;
  const table = tables[locale] ?? (await load());
  tables[locale] = table;
  return table;
}
