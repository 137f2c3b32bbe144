// The two UI languages. The Partner Center `X-Locale` header takes the same tags.
export const LOCALES = ['en-US', 'fr-FR'] as const;
export type Locale = (typeof LOCALES)[number];

const STORAGE_KEY = 'license-insights.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Stored choice first, then the browser's preference; English otherwise. */
export function initialLocale(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage can be disabled by policy; the browser language still works.
  }
  const preferred = typeof navigator === 'undefined' ? [] : navigator.languages;
  return preferred.some((tag) => tag.toLowerCase().startsWith('fr')) ? 'fr-FR' : 'en-US';
}

export function storeLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembering the language is harmless.
  }
}

// The language in use right now: the one place it lives. React reads it through
// I18nProvider (subscribed, so a change re-renders), the HTTP client through activeLocale()
// for X-Locale. Nobody keeps a copy that could disagree.
let active: Locale = 'en-US';
const listeners = new Set<() => void>();

export function activeLocale(): Locale {
  return active;
}

export function setActiveLocale(locale: Locale): void {
  if (locale === active) return;
  active = locale;
  listeners.forEach((listener) => listener());
}

export function subscribeLocale(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
