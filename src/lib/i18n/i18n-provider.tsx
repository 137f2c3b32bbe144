import {
  createContext,
  use,
  useCallback,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';

import { formattersFor, type Formatters } from './format';
import {
  activeLocale,
  initialLocale,
  setActiveLocale,
  storeLocale,
  subscribeLocale,
  type Locale,
} from './locale';
import { isLoaded, loadMessages, messagesFor, type MessageKey } from './messages';

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

interface I18nValue {
  locale: Locale;
  setLocale(locale: Locale): void;
  t: Translate;
  format: Formatters;
}

const I18nContext = createContext<I18nValue | null>(null);

/**
 * Replaces `{name}` placeholders; values are inserted as text, never as markup. Numbers go
 * through `formatNumber` (the language's digit grouping: "Top 15 of 5,000", "5 000"), so no
 * message can show a raw 5000; text that looks like a number (an error code) is a string.
 */
export function interpolate(
  template: string,
  vars?: Record<string, string | number>,
  formatNumber: (value: number) => string = String,
): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    if (!(name in vars)) return match;
    const value = vars[name];
    return typeof value === 'number' ? formatNumber(value) : String(value);
  });
}

export function translator(locale: Locale): Translate {
  const table = messagesFor(locale);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  // A key is only missing before the app registered its catalogue (see messages.ts).
  return (key, vars) => interpolate(table[key] ?? key, vars, (value) => number.format(value));
}

export function I18nProvider({
  children,
  locale: fixedLocale,
  onLocaleChange,
}: {
  children: ReactNode;
  locale?: Locale;
  onLocaleChange?: (locale: Locale) => void;
}) {
  // The first render is already in the right language (set before subscribing).
  useState(() => setActiveLocale(fixedLocale ?? initialLocale()));
  const locale = useSyncExternalStore(subscribeLocale, activeLocale, activeLocale);
  // Bumped when a language's text arrives, so the page re-renders in it.
  const [loadedCount, setLoadedCount] = useState(0);
  useEffect(() => {
    if (isLoaded(locale)) return;
    let cancelled = false;
    void loadMessages(locale).then(() => {
      if (!cancelled) setLoadedCount((count) => count + 1);
    });
    return () => {
      cancelled = true;
    };
  }, [locale]);
  // <html lang> names the language the page is written in, for screen readers (voice),
  // hyphenation and translation tools: the chosen one once its text is there.
  const shown = isLoaded(locale) ? locale : 'en-US';
  useEffect(() => {
    document.documentElement.lang = shown;
  }, [shown, loadedCount]);
  const setLocale = useCallback(
    (next: Locale) => {
      storeLocale(next);
      setActiveLocale(next);
      onLocaleChange?.(next);
    },
    [onLocaleChange],
  );
  const value = useMemo<I18nValue>(
    () => ({ locale, setLocale, t: translator(locale), format: formattersFor(locale) }),
    // loadedCount: the same locale reads a new table once its text has loaded.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [locale, setLocale, loadedCount],
  );
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18nValue {
  const value = use(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
