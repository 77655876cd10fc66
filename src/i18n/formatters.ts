// Intl's formatters, made once per language and options and shared by every message of every
// translator and by the fast path (fast-format.ts): FormatJS's message formatter takes them as they
// are (its `formatters` option). Pure and browser-safe.

const formatterCache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();

function memoised<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(
  kind: string,
  make: () => T,
  args: readonly unknown[],
): T {
  const key = `${kind} ${JSON.stringify(args)}`;
  let found = formatterCache.get(key) as T | undefined;
  if (found === undefined) {
    found = make();
    formatterCache.set(key, found);
  }
  return found;
}

export const formatters = {
  getNumberFormat: (locales?: string | string[], options?: Intl.NumberFormatOptions) =>
    memoised('number', () => new Intl.NumberFormat(locales, options), [locales, options]),
  getDateTimeFormat: (locales?: string | string[], options?: Intl.DateTimeFormatOptions) =>
    memoised('date', () => new Intl.DateTimeFormat(locales, options), [locales, options]),
  getPluralRules: (locales?: string | string[], options?: Intl.PluralRulesOptions) =>
    memoised('plural', () => new Intl.PluralRules(locales, options), [locales, options]),
};
