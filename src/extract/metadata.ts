import { articleObject, field, type JsonObject, readJsonLd } from './jsonld';
import { collapse, textOf } from './text';

/** What the page says about itself, read before any filter runs. Readability's findings fill the gaps. */
export interface PageMetadata {
  title: string;
  byline: string | null;
  published: string | null;
  siteName: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  description: string | null;
}

/** The page's <meta> values by property, name or itemprop (lower-cased), read in one pass. */
function metaTable(doc: Document): Map<string, string> {
  const table = new Map<string, string>();
  for (const el of doc.getElementsByTagName('meta')) {
    const value = collapse(el.getAttribute('content') ?? '');
    if (!value) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !table.has(key)) table.set(key, value);
    }
  }
  return table;
}

/** `jsonLd`: the page's JSON-LD objects, parsed once by the pipeline. */
export function readMetadata(doc: Document, jsonLd: JsonObject[] = readJsonLd(doc)): PageMetadata {
  const table = metaTable(doc);
  const meta = (...keys: string[]): string | null => {
    for (const key of keys) {
      const value = table.get(key.toLowerCase());
      if (value) return value;
    }
    return null;
  };
  const ld: JsonObject | null = articleObject(jsonLd);
  const ldTitle = field(ld?.headline) ?? field(ld?.name);
  const title =
    clean(ldTitle) ??
    meta('og:title', 'twitter:title') ??
    titleFromDocument(doc) ??
    clean(textOf(doc.querySelector('h1') ?? doc.createElement('i'))) ??
    '';
  const byline = cleanByline(
    authors(ld?.author) ?? meta('author', 'article:author', 'parsely-author', 'dc.creator', 'byl'),
  );
  const published = toIso(
    field(ld?.datePublished) ??
      meta('article:published_time', 'datePublished', 'pubdate', 'publish-date', 'date', 'dc.date') ??
      doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
      null,
  );
  const siteName = meta('og:site_name', 'application-name') ?? field(ld?.publisher);
  const html = doc.documentElement;
  const lang =
    html?.getAttribute('lang')?.trim() || meta('og:locale', 'language', 'content-language') || null;
  const dirAttr = (html?.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase();
  const dir = dirAttr === 'rtl' ? 'rtl' : dirAttr === 'ltr' ? 'ltr' : null;
  const description = meta('description', 'og:description', 'twitter:description') ?? field(ld?.description);
  return { title: stripSite(title, siteName), byline, published, siteName, lang, dir, description };
}

function clean(text: string | null | undefined): string | null {
  const t = collapse(text ?? '');
  return t || null;
}

/** "Headline | Site" and "Headline - Site": keep the headline. */
function titleFromDocument(doc: Document): string | null {
  const raw = clean(doc.title);
  if (!raw) return null;
  const parts = raw.split(/\s+[|–—-]\s+/);
  if (parts.length < 2) return raw;
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return longest.split(' ').length >= 3 ? longest : raw;
}

function stripSite(title: string, siteName: string | null): string {
  if (!siteName) return title;
  const escaped = siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const stripped = title.replace(new RegExp(`\\s+[|–—-]\\s+${escaped}$`, 'i'), '');
  return stripped || title;
}

function authors(value: unknown): string | null {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  const names = list.map((v) => field(v)).filter((n): n is string => !!n);
  return names.length > 0 ? names.join(', ') : null;
}

/** CMS account names that say nothing about who wrote the story. */
const GENERIC_AUTHORS =
  /^(admin|administrator|editor|editorial|staff|webmaster|guest|user|author|newsdesk|news desk)$/i;

export function cleanByline(text: string | null): string | null {
  const t = clean(text)?.replace(/^by\s+/i, '');
  if (!t || t.length > 120 || /^https?:/.test(t) || GENERIC_AUTHORS.test(t)) return null;
  return t;
}

/** Dates as ISO 8601; a bare date stays a bare date. Null when the text is not a date. */
export function toIso(value: string | null | undefined): string | null {
  const v = value?.trim();
  if (!v) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  const time = Date.parse(v);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

const RTL_LETTERS = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/gu;
const LETTERS = /\p{L}/gu;

/** Right-to-left when most letters of the text are in a right-to-left script. */
export function guessDir(text: string): 'ltr' | 'rtl' {
  const sample = text.slice(0, 4000);
  const rtl = sample.match(RTL_LETTERS)?.length ?? 0;
  const all = sample.match(LETTERS)?.length ?? 0;
  return all > 0 && rtl / all > 0.5 ? 'rtl' : 'ltr';
}
