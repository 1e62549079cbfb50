import en from '../_locales/en/messages.json';

/**
 * Every word of the interface comes from src/_locales/<locale>/messages.json, read with the browser's
 * own `i18n.getMessage` (which picks the reader's language and falls back to English). Where there is
 * no browser (the command line, unit tests) the English file, bundled at build time, is read the same
 * way: same placeholders, same `$1` substitutions. The command line is therefore English only.
 */
export type MessageKey = keyof typeof en;

/** A message that counts: `<base>_one`, `<base>_other` (and Arabic's other forms) exist. */
export type PluralBase = MessageKey extends infer K ? (K extends `${infer B}_other` ? B : never) : never;

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type Catalog = Record<string, Entry>;

interface BrowserI18n {
  getMessage(name: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

/** The browser's i18n API when this runs in an extension page, else null. */
function browserI18n(): BrowserI18n | null {
  const g = globalThis as { browser?: { i18n?: BrowserI18n }; chrome?: { i18n?: BrowserI18n } };
  const api = g.browser?.i18n ?? g.chrome?.i18n;
  return api && typeof api.getMessage === 'function' ? api : null;
}

/** A catalog read instead of the browser's messages (tests use it to see Spanish and Arabic in Node). */
let forced: Catalog | null = null;

export function useCatalog(catalog: Catalog | null) {
  forced = catalog;
}

/** Where messages come from: the forced catalog, else the browser, else the bundled English file. */
function source(): { api: BrowserI18n } | { catalog: Catalog } {
  if (forced) return { catalog: forced };
  const api = browserI18n();
  return api ? { api } : { catalog: en as Catalog };
}

/** A message as getMessage gives it: named placeholders first, then one pass over `$1`…`$9` and `$$`. */
export function formatEntry(entry: Entry, subs: readonly string[]): string {
  const names = Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]),
  );
  const text = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (all, name: string) => {
    const content = names[name.toLowerCase()];
    return content ?? all;
  });
  return text.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

/** The message `key` in the reader's language, its `$1`… replaced by `subs` (in the placeholders' order). */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const strings = subs.map((s) => (typeof s === 'number' ? formatNumber(s) : s));
  const from = source();
  if ('api' in from) {
    const text = from.api.getMessage(key, strings);
    if (text) return text;
  }
  const entry = ('catalog' in from ? from.catalog[key] : undefined) ?? (en as Catalog)[key];
  return entry ? formatEntry(entry, strings) : key;
}

/** Whether a message exists (in the reader's language or English): for plural forms a language lacks. */
function has(key: string): boolean {
  const from = source();
  return 'api' in from ? from.api.getMessage(key) !== '' : key in from.catalog;
}

/** The language of the catalog in use ("en", "es", "ar"): each messages.json says its own. */
export function uiLocale(): string {
  return t('locale');
}

/**
 * The interface's direction, as the catalog in use says it ("rtl" in Arabic). Not `@@bidi_dir`: that
 * follows the browser's interface language, which can differ from the catalog the messages come from
 * (Chromium with --lang=ar gives Arabic messages and `@@bidi_dir` "ltr"; a Hebrew browser gets English
 * messages, which read left to right).
 */
export function uiDir(): 'ltr' | 'rtl' {
  return t('direction') === 'rtl' ? 'rtl' : 'ltr';
}

/** A number as the reader's language writes it (1,234 · 1.234 · ١٬٢٣٤). */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(uiLocale()).format(n);
}

/**
 * The key of a message that counts: `<base>_<plural category>` for the reader's language (Arabic has
 * six forms, English and Spanish two), `<base>_other` when the language has no message for that form.
 */
export function pluralKey(base: PluralBase, count: number): MessageKey {
  const category = new Intl.PluralRules(uiLocale()).select(count);
  return (has(`${base}_${category}`) ? `${base}_${category}` : `${base}_other`) as MessageKey;
}

/** A message that counts, the count as `$1` and `subs` as `$2`…. */
export function plural(base: PluralBase, count: number, ...subs: (string | number)[]): string {
  return t(pluralKey(base, count), count, ...subs);
}

const MARK = '\u2063';

/**
 * A message cut where its substitutions go, so that the interface can put each page-supplied name or
 * number in an element of its own (`<bdi>`): strings are the message's words, numbers the index in
 * `subs` of what goes there.
 */
export function messageParts(key: MessageKey, count: number): (string | number)[] {
  const marks = Array.from({ length: count }, (_, i) => `${MARK}${i}${MARK}`);
  const out: (string | number)[] = [];
  for (const piece of t(key, ...marks).split(new RegExp(`(${MARK}\\d+${MARK})`))) {
    const m = new RegExp(`^${MARK}(\\d+)${MARK}$`).exec(piece);
    if (m) out.push(Number(m[1]));
    else if (piece) out.push(piece);
  }
  return out;
}

/** A number with one decimal, as the reader's language writes it (1.6 · 1,6 · ١٫٦). */
export function formatDecimal(n: number): string {
  return new Intl.NumberFormat(uiLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);
}
