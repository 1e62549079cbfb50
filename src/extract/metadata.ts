import {
  articleObject,
  decodeEntities,
  field,
  type JsonObject,
  names,
  readJsonLd,
  resolve,
  webPageObject,
  webSiteObject,
} from './jsonld';
import { bareHost, collapse, fingerprintText } from './text';

/**
 * What the page says about itself, read before any filter runs, from all the evidence it gives:
 * JSON-LD, meta tags, microdata, and what a reader sees next to the headline (the `<h1>`, the "By …"
 * line, the date under it). Where they disagree the visible headline and byline win over an SEO title
 * or a CMS account, a published date over a modified one. Readability's findings fill the gaps.
 */
export interface PageMetadata {
  title: string;
  byline: string | null;
  published: string | null;
  siteName: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  description: string | null;
  /** The element the headline was read from, when the page shows it. */
  headline: Element | null;
  /** The block next to the headline the byline was read from (removed from the body later). */
  bylineBlock: Element | null;
  /** The publisher's site, from JSON-LD or the page's own declarations, when stated. */
  publisherUrl: string | null;
}

export const EMPTY_METADATA: PageMetadata = {
  title: '',
  byline: null,
  published: null,
  siteName: null,
  lang: null,
  dir: null,
  description: null,
  headline: null,
  bylineBlock: null,
  publisherUrl: null,
};

/** The page's <meta> values by property, name or itemprop (lower-cased), every value kept, in one pass. */
function metaTable(doc: Document): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const el of doc.getElementsByTagName('meta')) {
    const value = collapse(decodeEntities(el.getAttribute('content') ?? ''));
    if (!value) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (!key) continue;
      const list = table.get(key);
      if (list) list.push(value);
      else table.set(key, [value]);
    }
  }
  return table;
}

/** `jsonLd`: the page's JSON-LD objects, parsed once by the pipeline. */
export function readMetadata(
  doc: Document,
  jsonLd: JsonObject[] = readJsonLd(doc),
  pageUrl: URL = new URL(doc.URL || 'http://localhost/'),
): PageMetadata {
  const table = metaTable(doc);
  const meta = (...keys: string[]): string | null => {
    for (const key of keys) {
      const value = table.get(key.toLowerCase())?.[0];
      if (value) return value;
    }
    return null;
  };
  const ld = articleObject(jsonLd, pageUrl);
  const page = webPageObject(jsonLd);
  const site = webSiteObject(jsonLd);
  const publisher = resolve(ld?.publisher ?? page?.publisher, jsonLd);

  const siteName = chooseSiteName(
    [
      meta('og:site_name'),
      field(publisher),
      field(site?.name),
      meta('application-name', 'apple-mobile-web-app-title', 'al:ios:app_name'),
    ],
    pageUrl,
  );
  const siteNames = [siteName, meta('og:site_name'), field(publisher), field(site?.name), bareHost(pageUrl)];

  const metaTitles = [
    field(ld?.headline),
    field(ld?.name),
    meta('og:title'),
    meta('twitter:title'),
    meta('citation_title', 'dc.title', 'parsely-title', 'sailthru.title'),
    clean(doc.title),
  ].filter((t): t is string => !!t);
  const headline = findHeadline(doc, metaTitles, siteNames);
  const title = chooseTitle(headline ? headlineText(headline) : null, metaTitles, siteNames);

  const near = headline ? nearHeadline(headline) : [];
  const visible = visibleByline(near);
  const byline = chooseByline(visible, structuredAuthors(ld, page, jsonLd, table, doc), siteNames);
  const bylineBlock = visible && byline && sameNames(visible.names.join(', '), byline) ? visible.block : null;

  const published = choosePublished(ld, page, meta, near, doc);

  const html = doc.documentElement;
  const lang =
    html?.getAttribute('lang')?.trim() || meta('og:locale', 'language', 'content-language') || null;
  const dirAttr = (html?.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase();
  const dir = dirAttr === 'rtl' ? 'rtl' : dirAttr === 'ltr' ? 'ltr' : null;
  const description = meta('description', 'og:description', 'twitter:description') ?? field(ld?.description);
  return {
    title,
    byline,
    published,
    siteName,
    lang,
    dir,
    description,
    headline,
    bylineBlock,
    publisherUrl: field(publisher, 'url') ?? field(site?.url, 'url'),
  };
}

function clean(text: string | null | undefined): string | null {
  const t = collapse(decodeEntities(text ?? ''));
  return t || null;
}

/** An element's text as a reader sees it: the words of neighbouring blocks do not run together. */
function textOf(el: Element): string {
  let out = '';
  const stack: (Node | null)[] = [el];
  while (stack.length > 0) {
    const n = stack.pop();
    if (n === null) {
      out += ' ';
      continue;
    }
    if (!n) continue;
    if (n.nodeType === 3) {
      out += n.nodeValue ?? '';
      continue;
    }
    if (n.nodeType !== 1) continue;
    const tag = (n as Element).tagName.toUpperCase();
    if (HIDDEN_TAGS.has(tag)) continue;
    const block = !INLINE.has(tag);
    if (block) {
      out += ' ';
      stack.push(null);
    }
    for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return collapse(out);
}

const HIDDEN_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'SELECT']);
const INLINE = new Set([
  'A',
  'B',
  'I',
  'EM',
  'STRONG',
  'SPAN',
  'SMALL',
  'ABBR',
  'CITE',
  'Q',
  'SUB',
  'SUP',
  'U',
  'MARK',
]);

// ---------------------------------------------------------------------------------------------------
// Site name

/** Section names a page sometimes declares as its site ("U.S.", "World"): never the site. */
const SECTION_NAMES =
  /^(home|news|world|u\.?s\.?|uk|us news|politics|business|tech|technology|sport|sports|opinion|blog|articles?|latest|culture|science|health|entertainment|lifestyle|travel|video|live)$/i;

/** The first candidate that looks like the site's name: it resembles the host, or is a real name. */
function chooseSiteName(candidates: (string | null)[], pageUrl: URL): string | null {
  const list = candidates.map((c) => clean(c)).filter((c): c is string => !!c && c.length <= 80);
  const usable = list.filter((c) => !SECTION_NAMES.test(c) && !/^https?:/.test(c));
  return (
    usable.find((c) => resemblesHost(c, pageUrl.hostname)) ??
    usable.find((c) => fingerprintText(c).length >= 4) ??
    null
  );
}

/** "Sky News" and news.sky.com, "The Verge" and theverge.com, "BBC" and bbc.co.uk. */
export function resemblesHost(name: string, host: string): boolean {
  const key = fingerprintText(name);
  if (key.length < 2) return false;
  const labels = host
    .toLowerCase()
    .replace(/^www\./, '')
    .split('.')
    .slice(0, -1)
    .map((l) => l.replace(/[^a-z0-9]/g, ''))
    .filter((l) => l.length >= 2 && !/^(com|co|org|net|gov|ac|edu|www|m|amp)$/.test(l));
  return labels.some(
    (l) => l === key || (l.length >= 3 && key.includes(l)) || (key.length >= 4 && l.includes(key)),
  );
}

// ---------------------------------------------------------------------------------------------------
// Headline and title

/** Where a visible headline never is. */
const NOT_CONTENT =
  'nav, footer, aside, [role="navigation"], [role="contentinfo"], [aria-hidden="true"], .sr-only, .screen-reader-text, .visually-hidden, .visuallyhidden';

/**
 * The element that shows the page's headline: the `<h1>` (or `itemprop=headline`) that best matches
 * what the page declares as its title; without a match, the first `<h1>` in the content that reads
 * like a headline and is not the site's name.
 */
function findHeadline(doc: Document, metaTitles: string[], siteNames: (string | null)[]): Element | null {
  const candidates: Element[] = [];
  for (const el of doc.querySelectorAll('h1, [itemprop="headline"]')) {
    if (el.tagName === 'META' || el.closest(NOT_CONTENT) || isHomeLink(el)) continue;
    const text = textOf(el);
    if (text.length < 3 || text.length > 200 || !/\p{L}{2}/u.test(text)) continue;
    if (siteNames.some((s) => s && fingerprintText(s) === fingerprintText(text))) continue;
    candidates.push(el);
    if (candidates.length >= 20) break;
  }
  if (candidates.length === 0) {
    // A blog whose <h1> is its name: the post's title is the heading that repeats the declared title.
    for (const el of doc.querySelectorAll('h2, h3, [class*="title" i]')) {
      if (el.closest(NOT_CONTENT) || isHomeLink(el) || el.matches('[itemprop~="description"]')) continue;
      const text = textOf(el);
      if (text.length < 3 || text.length > 300) continue;
      // The same words, about as many: not a summary that contains the title's words.
      const n = words(text).length;
      const covers = (t: string) => {
        const want = words(stripSite(t, siteNames));
        return n <= want.length * 1.3 && n >= want.length * 0.6;
      };
      if (metaTitles.some((t) => similarity(text, t) >= 0.8 && covers(t))) return el;
    }
    return null;
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const el of candidates) {
    const text = textOf(el);
    const score = Math.max(0, ...metaTitles.map((t) => similarity(text, t)));
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  if (best && bestScore >= 0.5) return best;
  // No declared title to match: a lone <h1> of a few words is the headline.
  const h1s = candidates.filter((el) => el.tagName === 'H1');
  const first = h1s[0];
  if (first && h1s.length === 1 && metaTitles.length === 0 && words(textOf(first)).length >= 3) return first;
  return null;
}

/** The headline's words without a date printed inside it. */
function headlineText(el: Element): string {
  let text = textOf(el);
  // Not the headline's words: a date, a comment counter, the linked site of a link post "(latimes.com)".
  const host =
    el.ownerDocument.URL && URL.canParse(el.ownerDocument.URL) ? new URL(el.ownerDocument.URL).hostname : '';
  for (const part of el.querySelectorAll('time, span, a, small')) {
    const t = textOf(part);
    if (!t || t.length >= text.length) continue;
    const href = part.tagName === 'A' ? part.getAttribute('href') : null;
    const elsewhere = !!href && /^https?:/i.test(href) && !href.includes(host);
    if (
      part.tagName === 'TIME' ||
      /^[\d.,]+[km]?$/i.test(t) ||
      (elsewhere && /^\(?[\w.-]+\.[a-z]{2,}\)?$/i.test(t))
    )
      text = collapse(text.replace(t, ''));
  }
  return text;
}

/** The site's name in a heading, linking to the home page: a logo, not a headline. */
function isHomeLink(el: Element): boolean {
  const a = el.tagName === 'A' ? el : el.querySelector('a[href]');
  if (!a || collapse(a.textContent ?? '') !== collapse(el.textContent ?? '')) return false;
  try {
    return (
      new URL(a.getAttribute('href') ?? '', el.ownerDocument.URL || undefined).pathname.replace(
        /\/+$/,
        '',
      ) === ''
    );
  } catch {
    return false;
  }
}

function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Shared words over the words of the shorter text (a site suffix on one side does not hurt). */
export function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = new Set(words(b));
  if (wa.length === 0 || wb.size === 0) return 0;
  const shared = new Set(wa.filter((w) => wb.has(w))).size;
  return shared / Math.min(new Set(wa).size, wb.size);
}

/** The visible headline when there is one; otherwise the declared title without the site's name. */
function chooseTitle(visible: string | null, metaTitles: string[], siteNames: (string | null)[]): string {
  if (visible) {
    const shown = stripSite(visible, siteNames);
    // "Wine for Beginners: Your Essential Guide" shown, "Wine for Beginners: Easy Guide to Types" declared:
    // one headline with two subtitles; the page's declared wording is the one it chose for its title.
    const declared = metaTitles[0] ? stripSite(metaTitles[0], siteNames) : '';
    const [head, tail] = splitAtColon(shown);
    const [dHead, dTail] = splitAtColon(declared);
    if (
      tail &&
      dTail &&
      fingerprintText(head) === fingerprintText(dHead) &&
      fingerprintText(tail) !== fingerprintText(dTail)
    )
      return declared;
    return shown;
  }
  for (const t of metaTitles) {
    const stripped = stripSite(t, siteNames);
    if (stripped) return stripped;
  }
  return '';
}

function splitAtColon(title: string): [string, string] {
  const i = title.indexOf(': ');
  return i > 0 ? [title.slice(0, i), title.slice(i + 2)] : [title, ''];
}

/** Separators between a headline and the site's name. */
const SEPARATOR = /\s+(?:[|–—»·•~/:]|-{1,2}|::)\s+/;
/** Separators nobody writes inside a headline: a short last part after one is the site or section. */
const SITE_ONLY_SEPARATOR = /^\s+(?:[|»•~]|::)\s+$/;

/**
 * "Title | Site", "Title - Site", "Title » Site", "Site: Title", "r/sub - Title": the headline alone.
 * A part is the site's when it names the site or its host; a short tail after "|" or "»" is dropped too.
 */
export function stripSite(title: string, siteNames: (string | null)[]): string {
  let t = collapse(title)
    .replace(/^r\/[\p{L}\p{N}_]+\s*[-:–—|]\s*/u, '')
    .replace(/^title\s*:\s*/i, '');
  const names = siteNames.filter((s): s is string => !!s);
  // A tail part is the site's when it resembles the site's name or host ("Bold.org", "Artlyst - Artlyst");
  // a head part only when it is exactly the name: "Redfin's 2026 Predictions: …" is a headline.
  const isSite = (part: string, exact: boolean) => {
    const key = fingerprintText(part);
    if (!key) return true;
    return names.some((n) => {
      const k = fingerprintText(n);
      if (/^[\w.-]+\.[a-z]{2,}$/i.test(n))
        return exact
          ? n
              .toLowerCase()
              .split('.')
              .some((l) => fingerprintText(l) === key) || k === key
          : resemblesHost(part, n);
      return (
        k === key || (!exact && key.length >= 4 && k.length >= 4 && (k.includes(key) || key.includes(k)))
      );
    });
  };
  // "Engora Data Blog: Small adventures…": the site's name before a colon.
  const colon = /^([^:]{2,60}):\s+(.{8,})$/.exec(t);
  if (colon?.[1] && colon[2] && (isSite(colon[1], true) || SECTION_NAMES.test(colon[1].trim()))) t = colon[2];
  for (let round = 0; round < 3; round++) {
    const parts = t.split(new RegExp(`(${SEPARATOR.source})`));
    if (parts.length < 3) break;
    const last = parts[parts.length - 1] ?? '';
    const first = parts[0] ?? '';
    const rest = (from: number, to: number) => parts.slice(from, to).join('');
    if (isSite(last, false)) t = rest(0, -2);
    else if (isSite(first, true) && words(rest(2, parts.length)).length >= 2) t = rest(2, parts.length);
    else if (
      SITE_ONLY_SEPARATOR.test(parts[parts.length - 2] ?? '') &&
      words(last).length <= 4 &&
      words(rest(0, -2)).length >= 3
    )
      t = rest(0, -2);
    else break;
    t = t.trim();
  }
  return t || collapse(title);
}

// ---------------------------------------------------------------------------------------------------
// Near the headline

/** How much text after the headline is read for the byline and the date, in characters. */
const WINDOW_AFTER = 1200;
const WINDOW_BEFORE = 150;
/** A paragraph this long is the story itself: the byline is above it. */
const PROSE_CHARS = 160;

/** Where a byline or date is never the article's. */
const ELSEWHERE =
  'nav, footer, aside, [role="navigation"], [class*="comment" i], [id*="comment" i], [class*="related" i], [class*="sidebar" i], [class*="widget" i]';

/** Microdata of comments, reviews and other stories: not the article's. */
const NOT_THE_STORY =
  '[class*="comment" i], [id*="comment" i], [itemtype*="Comment"], [itemtype*="Review"], [class*="related" i], aside, nav';

/**
 * The text nodes a reader sees around the headline: a little before it (a kicker, a byline above the
 * title) and what follows it up to the start of the story.
 */
function nearHeadline(headline: Element): Text[] {
  const doc = headline.ownerDocument;
  const body = doc.body;
  if (!body) return [];
  const usable = (t: Text) => {
    const p = t.parentElement;
    return !!p && (t.nodeValue ?? '').trim() !== '' && !HIDDEN_TAGS.has(p.tagName) && !p.closest(ELSEWHERE);
  };
  const after: Text[] = [];
  const walker = doc.createTreeWalker(body, 4);
  walker.currentNode = headline;
  let chars = 0;
  let prose = 0;
  let lastProse: Element | null = null;
  for (let n = walker.nextNode(); n && chars < WINDOW_AFTER; n = walker.nextNode()) {
    const t = n as Text;
    if (headline.contains(t)) {
      // A date printed inside the headline ("Dec 18 2025 Preparing a transition").
      if (t.parentElement?.closest('time')) after.push(t);
      continue;
    }
    if (!usable(t)) continue;
    const block = t.parentElement?.closest(
      'p, li, blockquote, h2, h3, h4, h5, h6, dd, td, div, section, article',
    );
    const blockText = block ? collapse(block.textContent ?? '') : '';
    if (block?.tagName === 'P' && blockText.length >= PROSE_CHARS && !BYLINE_START.test(blockText)) {
      // A standfirst may stand between the headline and the byline; the second paragraph is the story.
      if (block !== lastProse && ++prose >= 2) break;
      lastProse = block;
      continue;
    }
    if (/^H[2-6]$/.test(block?.tagName ?? '') && after.length > 0 && chars > 200) break;
    after.push(t);
    chars += (t.nodeValue ?? '').length;
  }
  const before: Text[] = [];
  walker.currentNode = headline;
  chars = 0;
  for (let n = walker.previousNode(); n && chars < WINDOW_BEFORE; n = walker.previousNode()) {
    const t = n as Text;
    if (!usable(t)) continue;
    const p = t.parentElement;
    if (p?.closest('p') && collapse(p.closest('p')?.textContent ?? '').length >= PROSE_CHARS) break;
    before.unshift(t);
    chars += (t.nodeValue ?? '').length;
  }
  return [...before, ...after];
}

// ---------------------------------------------------------------------------------------------------
// Byline

/** Words that open a byline, in the languages Sift meets: "By", "Story by", "Texto:", "Von". */
const BYLINE_PREFIX =
  /^(?:(?:story|words|text|reporting|analysis|commentary|interview|photos?|video|written|posted|published|reported|compiled|edited|reviewed|fact[- ]checked|medically reviewed)\s+by|by|von|par|por|door|av|oleh|di|da|de|от|автор(?:ы)?|текст|texto|text|autor(?:a|es)?|auteur|author|authors|writer|escrito por|publicado por|reportagem de|verfasst von|geschrieben von|تأليف|بقلم|كتب|著者|作者|記者)(?=[\s:：]|$)\s*[:：]?\s*/iu;
/** A block that starts like a byline, for the stopping rule of nearHeadline. */
const BYLINE_START = /^(?:by|written by|story by|posted by|published by|von|par|por)\s+\p{Lu}/u;
/** The prefixes that need a name after them to mean "by". */
const WEAK_PREFIX = /^(?:di|da|de|av|door|par|por|von|text|от)$/i;

/** Elements that mark a byline or an author's name. */
const AUTHOR_MARKERS =
  '[rel~="author"], [itemprop~="author"], [class*="byline" i], [class*="author" i], [class*="writer" i], [data-testid*="byline" i], [id*="byline" i], [class*="contributor" i]';
/** Author boxes that are not the byline: the bio at the end, the avatar, the comment author. */
const NOT_BYLINE = /(comment|bio|avatar|image|img|photo|about|desc|social|follow|tooltip|popup|modal|more)/i;

interface Visible {
  names: string[];
  block: Element;
  /** Read from a name beside a date, with no "By" and no mark: declared names win over it. */
  weak?: boolean;
}

/** Links to an author's page: their texts are the names, without the words around them. */
const AUTHOR_LINKS =
  'a[rel~="author"], a[href*="/author" i], a[href*="/people/" i], a[href*="/profile" i], a[href*="/staff/" i], a[href*="/contributor" i], a[href*="/writer" i], a[href*="/journalist" i], a[href*="/team/" i], a[href*="/u/" i], a[href*="/user" i], a[href*="/autor" i], a[href*="/auteur" i]';
/** A marked author element longer than this is a container, not a byline. */
const MAX_MARKED_CHARS = 160;

/**
 * The byline a reader sees next to the headline, with the block it stands in: from the first text
 * near the headline that the page marks as an author's (rel=author, itemprop=author,
 * class*=byline|author) or that opens with "By", the names read one text at a time ("By", "Jane Doe",
 * "and", "John Roe", "| June 4" gives two names); a bio or a date after them ends the byline.
 */
function visibleByline(near: Text[]): Visible | null {
  const rejected = new Set<Element>();
  for (let i = 0; i < near.length; i++) {
    const t = near[i] as Text;
    const parent = t.parentElement;
    if (!parent) continue;
    let marked = parent.closest(AUTHOR_MARKERS);
    if (marked && (rejected.has(marked) || NOT_BYLINE.test(marked.getAttribute('class') ?? '')))
      marked = null;
    if (marked && (marked.textContent ?? '').length > MAX_MARKED_CHARS * 3) {
      rejected.add(marked);
      marked = null;
    }
    const own = collapse(t.nodeValue ?? '');
    const prefix =
      BYLINE_PREFIX.exec(own)?.[0]
        .trim()
        .replace(/[:：]$/, '') ?? '';
    const prefixed =
      prefix.length > 0 && !(WEAK_PREFIX.test(prefix) && (/^\p{Lu}{2,}$/u.test(prefix) || own.length > 60));
    if (!marked && !prefixed) continue;
    const found = namesFrom(near, i, !!marked && strongMark(parent, marked));
    if (found.length > 0) return { names: found, block: bylineBlockOf(marked ?? parent) };
    if (marked) rejected.add(marked);
  }
  return nameNextToDate(near);
}

/**
 * A name printed beside the date with no "By" and no mark ("Trond Teigen · 2025-12-17", "Aaron
 * Ricadela | Senior Writer | July 2, 2025"): a person's name of two to four words, not a link to
 * another page (a category is), with a date in the same text or within two texts after or one before.
 */
function nameNextToDate(near: Text[]): Visible | null {
  for (let i = 0; i < near.length; i++) {
    const t = near[i] as Text;
    const v = collapse(t.nodeValue ?? '');
    if (v.length > 80) continue;
    const link = t.parentElement?.closest('a[href]');
    if (link && !link.matches(AUTHOR_LINKS)) continue;
    const names = splitNames(v, false);
    if (names.length === 0 || names.length > 3 || names.some((n) => n.split(' ').length < 2)) continue;
    const dated = (j: number) => {
      const w = collapse(near[j]?.nodeValue ?? '');
      return w.length <= 40 && !!parseVisibleDate(w);
    };
    if (parseVisibleDate(v) || dated(i + 1) || dated(i + 2) || dated(i - 1))
      return { names, block: bylineBlockOf(t.parentElement as Element), weak: true };
  }
  return null;
}

/** A mark that names an author for sure: rel=author, itemprop=author, a link or a "name" class. */
function strongMark(el: Element, marked: Element): boolean {
  return marked.contains(el) && !!el.closest('[rel~="author"], [itemprop~="author"], a, [class*="name" i]');
}

/** Texts between names that are neither a name nor the end of the byline. */
const JOINERS = /^(?:and|und|et|y|e|og|och|en|i|и|و|&|,|;|·|\||•|×|with|\/)$/i;

/**
 * The names read from near[start] on, one text at a time: labels ("Written by") are passed over, joiners
 * ("and") too; the first text that is neither ends the byline. Nothing when the first text after the
 * label is not a name ("By clicking Continue…", "By 2025, …").
 */
function namesFrom(near: Text[], start: number, marked: boolean): string[] {
  const names: string[] = [];
  let joined = false;
  const first = near[start]?.parentElement;
  const limit = first ? bylineBlockOf(first.closest(AUTHOR_MARKERS) ?? first) : null;
  for (let i = start; i < near.length && i < start + 12; i++) {
    const t = near[i] as Text;
    if (i > start && limit && !limit.contains(t) && names.length > 0) break;
    let v = collapse(t.nodeValue ?? '');
    const m = BYLINE_PREFIX.exec(v);
    if (m && m[0].length > 0) v = v.slice(m[0].length).trim();
    if (!v) continue;
    if (JOINERS.test(v)) {
      joined = true;
      continue;
    }
    const link = t.parentElement?.closest(AUTHOR_LINKS);
    const list = splitNames(v, marked || !!link);
    // After a name, another one only after "and" or a comma, or as another author link: "Jane Doe",
    // "Executive Editor, Harvard Health" is one name and her role.
    if (list.length > 0 && (names.length === 0 || joined || link)) {
      for (const n of list) if (!names.includes(n)) names.push(n);
      joined = false;
      continue;
    }
    // Not a name: a date or a short label before the first name is passed over; anything else ends it.
    if (names.length > 0 || i > start + 3 || (i === start && m && m[0].length > 0)) break;
    if (!(parseVisibleDate(v) || (v.length <= 20 && !/[.!?]$/.test(v)))) break;
  }
  return names.length > 8 ? [] : names;
}

/** The small block a byline stands in: its element, widened while the text stays byline-sized. */
function bylineBlockOf(el: Element): Element {
  let block = el;
  while (
    block.parentElement &&
    block.parentElement !== block.ownerDocument.body &&
    !/^(H1|ARTICLE|MAIN|BODY|HEADER)$/.test(block.parentElement.tagName) &&
    !block.parentElement.querySelector('h1') &&
    collapse(block.parentElement.textContent ?? '').length <= 160 &&
    (INLINE.has(block.tagName) || collapse(block.textContent ?? '').length < 40)
  )
    block = block.parentElement;
  return block;
}

/** Names from the JSON-LD article, the WebPage, microdata and meta tags, in that order of trust. */
function structuredAuthors(
  ld: JsonObject | null,
  page: JsonObject | null,
  jsonLd: JsonObject[],
  table: Map<string, string[]>,
  doc: Document,
): { names: string[]; organization: boolean }[] {
  const out: { names: string[]; organization: boolean }[] = [];
  for (const holder of [ld, page]) {
    const found = names(holder?.author ?? holder?.creator, jsonLd);
    if (found.length === 0) continue;
    const persons = found.filter((f) => !f.type.includes('Organization'));
    const list = (persons.length > 0 ? persons : found).flatMap((f) => splitNames(f.name, true));
    if (list.length > 0) out.push({ names: list, organization: persons.length === 0 });
    break;
  }
  const micro = [...doc.querySelectorAll('[itemprop~="author"]')].find((el) => !el.closest(NOT_THE_STORY));
  if (micro) {
    const named = micro.querySelector('[itemprop~="name"]');
    const value =
      micro.getAttribute('content') ??
      (named ? (named.getAttribute('content') ?? textOf(named)) : textOf(micro));
    const list = splitNames(value, true);
    if (list.length > 0 && list.join('').length <= 120) out.push({ names: list, organization: false });
  }
  for (const key of [
    'author',
    'article:author',
    'parsely-author',
    'sailthru.author',
    'dc.creator',
    'citation_author',
    'byl',
    'citation_authors',
  ]) {
    const values = (table.get(key) ?? []).filter((v) => !/^https?:|^@|\.(com|org|net)\b/.test(v));
    const list = values.flatMap((v) => splitNames(v, true));
    if (list.length > 0) {
      out.push({ names: [...new Set(list)], organization: false });
      break;
    }
  }
  return out;
}

/**
 * The byline from what the page shows and what it declares: the visible names when they agree with
 * the declared ones or when only the page shows them (a declared CMS account or the site itself gives
 * way to a person), else the declared names.
 */
function chooseByline(
  seen: Visible | null,
  declared: { names: string[]; organization: boolean }[],
  siteNames: (string | null)[],
): string | null {
  const isSite = (n: string) => siteNames.some((s) => s && fingerprintText(s) === fingerprintText(n));
  const people = declared.filter((d) => !d.organization && !d.names.every(isSite));
  const visible = seen?.names ?? [];
  const disagrees = !people.some((d) => d.names.some((n) => visible.some((v) => sameNames(v, n))));
  if (visible.length > 0 && !(seen?.weak && people.length > 0 && disagrees)) {
    const agree = declared.find((d) => d.names.some((n) => visible.some((v) => sameNames(v, n))));
    if (
      agree &&
      agree.names.length > visible.length &&
      agree.names.some((n) => !visible.some((v) => sameNames(v, n)))
    )
      return agree.names.join(', ');
    return visible.join(', ');
  }
  const best = people[0] ?? declared[0];
  return best ? best.names.join(', ') : null;
}

/** Two ways of writing the same names: most of the words of the shorter are in the longer. */
function sameNames(a: string, b: string): boolean {
  return similarity(a, b) >= 0.5;
}

/** CMS account names that say nothing about who wrote the story. */
const GENERIC_AUTHORS =
  /^(admin|administrator|editor|editorial|staff|webmaster|guest|user|author|authors|the author|about the author|anonymous|unknown|none|null|undefined|by)$/i;

/** Words of the labels and buttons around a byline, never in a name. */
const LABEL_WORDS =
  /\b(last|originally|source|sections?|table|contents|written|fact[- ]?checked|checked|reviewed|updated|published|posted|share|follow|subscribe|log ?in|sign (in|up)|menu|search|home|contact|privacy|policy|terms|agreement|cookies?|read|min|comments?|views?|edited|cite|webpage|profile|bio|more|newsletter|download|print|email|español|english|deutsch|français|integrity|network|insights|global|sponsored|advertisement)\b/i;

/** Words that make a part of a byline a role, not a name ("Senior Autos Reporter", "CEO of …"). */
const ROLE_WORDS =
  /\b(reporter|editor|editors|writer|correspondent|contributor|columnist|journalist|staff|expert|consultant|ceo|cto|coo|founder|co-founder|director|manager|producer|analyst|specialist|strategist|officer|president|chief|head of|lead|senior|junior|former|associate|assistant|contributing|freelance|intern|attorney|lawyer|professor|researcher|scientist|engineer|designer|developer|marketer|coach|instructor|author of|host|anchor|presenter|photographer|illustrator|blogger|fellow|partner|owner|advisor|adviser|reviewer|member|student|expert in|coordinator|executive|marketing|community|content|social media|product|evangelist|certified|licensed|registered|nurse|dietitian|nutritionist|therapist|physician|university|college|institute|department|hospital|association|foundation|ltd|inc|llc|corp)\b/i;
/** Credentials written after a name. */
const CREDENTIALS =
  /^(ph\.?d\.?|m\.?d\.?|m\.?s\.?|m\.?a\.?|b\.?s\.?|mba|rn|dds|dmd|do|jd|cpa|cfa|facp|faclm|esq\.?|jr\.?|sr\.?|ii|iii|iv|e-ryt ?\d*|rd|ld|cscs|mph|msc|bsc|frcp)$/i;
/** Trailers glued to a byline: a date, "Updated", a reading time, a share counter. */
const TRAILERS = [
  /\s*(?:\||•|·|—|–|-)?\s*(?:published|posted|updated|last updated|modified|on|le|el|am|em|il)\s*:?\s+(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|\p{L}+ \d).*$/iu,
  /\s*(?:published|posted|updated)\s*(?:on|:)?\s*$/i,
  /\s*(?:\||•|·|—|–|-)?\s*\d+\s*(?:min(?:ute)?s?)\s*(?:read|de lecture|lesezeit)?.*$/i,
  /\s*(?:\||•|·|—|–)?\s*\d[\d.,]*\s*[km]?\s*(?:shares?|views?|comments?|reads?|likes?)\b.*$/i,
  /\s*(?:share|tweet|pin|email)\s*\d.*$/i,
  /\s*(?:\||•|·|—|–|-)?\s*(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,? \d{4}).*$/i,
  /\s*(?:follow|view (?:all )?(?:posts|articles)|read more|see (?:all|more)|full bio|more from|contact|email)\b.*$/i,
];

/**
 * A byline as a reader wants it: the names, without "By", the role, the date or a share counter;
 * null when nothing in it is a name. Several names are joined with ", ".
 */
export function cleanByline(text: string | null): string | null {
  const list = splitNames(text ?? '', false);
  return list.length > 0 ? list.join(', ') : null;
}

/**
 * The names in a byline. `marked`: the text comes from an element the page marks as the author, so
 * a lone user name ("jsteinhardt") counts; otherwise a name must look like one (capitalized words).
 */
function splitNames(raw: string, marked: boolean): string[] {
  let t = collapse(decodeEntities(raw));
  if (!t || t.length > 300 || /^https?:|^www\./i.test(t)) return [];
  for (let i = 0; i < 3; i++) {
    const m = BYLINE_PREFIX.exec(t);
    if (!m || m[0].length === 0) break;
    const prefix = m[0].trim().replace(/[:：]$/, '');
    const rest = t.slice(m[0].length);
    if (WEAK_PREFIX.test(prefix) && (!/^\p{Lu}/u.test(rest) || /^\p{Lu}{2,}$/u.test(prefix))) break;
    t = rest;
  }
  for (const re of TRAILERS) t = t.replace(re, '');
  t = t.replace(/\s*[|•·]\s*$/, '').trim();
  const parts = t
    .split(/\s*(?:,|;|&|\+|\||•|·|\s+(?:and|und|y|et|e|och|og|en|i|и|و)\s+|\s+[-–—]\s+)\s*/u)
    .map((p) =>
      p
        .replace(/^(?:and|by)\s+/i, '')
        // A footnote mark on a name ("Jennifer Huberty1"), not the digits of a brand ("Rapid7").
        .replace(/^(\S+\s.*\p{L})\d+$/u, '$1')
        .trim(),
    )
    .filter(Boolean);
  const out: string[] = [];
  let afterRole = false;
  for (const [i, part] of parts.entries()) {
    if (CREDENTIALS.test(part)) continue;
    // "AI Writer, Embarque": the employer after a role is not a second author.
    if (afterRole && !/\s/.test(part)) {
      afterRole = false;
      continue;
    }
    afterRole = ROLE_WORDS.test(part);
    const name = nameOf(part, marked);
    // "By clicking Continue, you agree to our Terms": a line of prose, whatever comes after the comma.
    if (!name && i === 0) return [];
    if (name && !out.includes(name)) out.push(name);
  }
  // "Jane Doe, Senior Reporter" has one name; "Acme Corp" alone is kept only when it is all there is.
  return out.length > 8 ? [] : out;
}

/** The name at the start of a part of a byline, or null when the part is a role, a label or a sentence. */
function nameOf(part: string, marked: boolean): string | null {
  if (GENERIC_AUTHORS.test(part) || /^\d|@|https?:/.test(part)) return null;
  const tokens = part.split(/\s+/);
  // "Liz Kenny Former McKinsey Consultant": the name ends where the role begins.
  const kept: string[] = [];
  for (const token of tokens) {
    if (ROLE_WORDS.test(token) || /^(at|of|for|from|in)$/i.test(token)) {
      // "AI Writer", "SEO Specialist": the qualifier before the role goes with it.
      if (/^\p{Lu}{2,4}$/u.test(kept[kept.length - 1] ?? '') && kept.length > 2) kept.pop();
      break;
    }
    kept.push(token);
  }
  const name = kept.join(' ').replace(/[.,:;]+$/, '');
  if (!name || name.length > 60 || kept.length > 5) return null;
  if (GENERIC_AUTHORS.test(name) || LABEL_WORDS.test(name)) return null;
  const cased = /\p{Lu}/u.test(name) || !/[a-z]/i.test(name);
  const particles =
    /^(van|von|der|den|de|del|della|di|da|dos|du|la|le|el|al|bin|ibn|ben|y|e|st\.?|mc|mac|o'|d'|zu)$/i;
  const lower = kept.filter((w) => /^\p{Ll}/u.test(w) && !particles.test(w));
  if (kept.length === 1) {
    if (
      !/\p{L}/u.test(name) ||
      MONTHS[name.toLowerCase().replace(/\.$/, '')] ||
      /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$/i.test(name)
    )
      return null;
    if (!marked && !cased) return null;
    return name;
  }
  if (lower.length > 0) return null;
  if (kept.every((w) => /^(the|a|an|our|your|my|le|la|les|el|los|der|die|das)$/i.test(w))) return null;
  return cased || marked ? name : null;
}

// ---------------------------------------------------------------------------------------------------
// Dates

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  janvier: 1,
  januar: 1,
  enero: 1,
  janeiro: 1,
  gennaio: 1,
  feb: 2,
  february: 2,
  février: 2,
  fevrier: 2,
  februar: 2,
  febrero: 2,
  fevereiro: 2,
  febbraio: 2,
  mar: 3,
  march: 3,
  mars: 3,
  märz: 3,
  marz: 3,
  marzo: 3,
  março: 3,
  marco: 3,
  apr: 4,
  april: 4,
  avril: 4,
  abril: 4,
  aprile: 4,
  may: 5,
  mai: 5,
  mayo: 5,
  maio: 5,
  maggio: 5,
  jun: 6,
  june: 6,
  juin: 6,
  juni: 6,
  junio: 6,
  junho: 6,
  giugno: 6,
  jul: 7,
  july: 7,
  juillet: 7,
  juli: 7,
  julio: 7,
  julho: 7,
  luglio: 7,
  aug: 8,
  august: 8,
  août: 8,
  aout: 8,
  agosto: 8,
  sep: 9,
  sept: 9,
  september: 9,
  septembre: 9,
  septiembre: 9,
  setembro: 9,
  settembre: 9,
  oct: 10,
  october: 10,
  octobre: 10,
  oktober: 10,
  octubre: 10,
  outubro: 10,
  ottobre: 10,
  nov: 11,
  november: 11,
  novembre: 11,
  noviembre: 11,
  novembro: 11,
  dec: 12,
  december: 12,
  décembre: 12,
  decembre: 12,
  dezember: 12,
  diciembre: 12,
  dezembro: 12,
  dicembre: 12,
};
const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er|º)?';
const YEAR = '((?:19|20)\\d{2})';
const TEXT_DATES: { re: RegExp; order: 'mdy' | 'dmy' | 'ymd' }[] = [
  { re: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'iu'), order: 'mdy' },
  {
    re: new RegExp(`\\b${DAY}\\s*(?:de\\s+)?[.\\s-]?\\s*${MONTH}[,.\\s-]+(?:de\\s+)?${YEAR}\\b`, 'iu'),
    order: 'dmy',
  },
  { re: /\b((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})\b/, order: 'ymd' },
  { re: new RegExp(`\\b${YEAR}\\s+${MONTH}\\s+${DAY}\\b`, 'iu'), order: 'ymd' },
  { re: /\b(\d{1,2})[./-](\d{1,2})[./-]((?:19|20)\d{2})\b/, order: 'dmy' },
  { re: /\b(\d{1,2})([./])(\d{1,2})\2(\d{2})\b(?![./-]\d)/, order: 'dmy' },
];

/** A date a reader sees ("Dec 19, 2025", "18th Dec 2025", "25.Jun.2019", "2025-12-19"), as YYYY-MM-DD. */
export function parseVisibleDate(text: string, monthFirst = true): string | null {
  for (const { re, order } of TEXT_DATES) {
    const m = re.exec(text);
    if (!m) continue;
    let y: number;
    let mo: number;
    let d: number;
    const monthOf = (s: string) => MONTHS[s.toLowerCase().replace(/\.$/, '')] ?? Number(s);
    if (order === 'mdy') [mo, d, y] = [monthOf(m[1] ?? ''), Number(m[2]), Number(m[3])];
    else if (order === 'ymd') [y, mo, d] = [Number(m[1]), monthOf(m[2] ?? ''), Number(m[3])];
    else if (m.length === 5) {
      // 09/11/25: a two-digit year, month first on an American page.
      [d, mo, y] = [Number(m[1]), Number(m[3]), 2000 + Number(m[4])];
      if (monthFirst && d <= 12) [d, mo] = [mo, d];
    } else {
      [d, mo, y] = [Number(m[1]), monthOf(m[2] ?? ''), Number(m[3])];
      // 12/19/2025 on an American page: month first unless it cannot be.
      if (/^\d+$/.test(m[2] ?? '') && monthFirst && d <= 12 && re.source.startsWith('\\b(\\d{1,2})[./-]'))
        [d, mo] = [mo, d];
      if (mo > 12 && d <= 12) [d, mo] = [mo, d];
    }
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) return `${y}-${pad(mo)}-${pad(d)}`;
  }
  return null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Labels that say a date is not the publication date. */
const MODIFIED =
  /\b(updated?|modified|last (?:edited|reviewed|updated)|edited|reviewed|aktualisiert|actualizado|mis à jour|atualizado|aggiornato)\b/i;
const MODIFIED_ATTR = /(modif|updat|edited|review)/i;

interface DateSeen {
  day: string;
  iso: string;
  published: boolean;
}

/** Dates shown next to the headline: `<time datetime>`, itemprop=datePublished, written dates. */
function visibleDates(near: Text[], monthFirst: boolean): DateSeen[] {
  const out: DateSeen[] = [];
  const seen = new Set<Element>();
  for (const t of near) {
    const parent = t.parentElement;
    if (!parent) continue;
    const holder = parent.closest(
      'time, [itemprop~="datePublished"], [itemprop~="dateModified"], [itemprop~="dateCreated"]',
    );
    const context = collapse(
      `${holder?.parentElement?.textContent ?? parent.parentElement?.textContent ?? ''}`.slice(0, 200),
    );
    const attrs = `${holder?.getAttribute('class') ?? ''} ${holder?.getAttribute('itemprop') ?? ''} ${parent.getAttribute('class') ?? ''}`;
    const own = collapse(t.nodeValue ?? '');
    const labelled =
      MODIFIED.test(own) ||
      MODIFIED_ATTR.test(attrs) ||
      (MODIFIED.test(context) && !/publish|posted/i.test(context));
    if (holder && !seen.has(holder)) {
      seen.add(holder);
      const iso = toIso(holder.getAttribute('datetime') ?? holder.getAttribute('content') ?? null);
      const day = iso?.slice(0, 10) ?? parseVisibleDate(textOf(holder), monthFirst);
      if (day) {
        out.push({ day, iso: iso ?? day, published: !labelled });
        continue;
      }
    }
    if (own.length > 80) continue;
    const day = parseVisibleDate(own, monthFirst);
    if (day) out.push({ day, iso: day, published: !labelled });
  }
  return out;
}

/**
 * The publication date: the declared published dates (JSON-LD, meta) checked against the dates shown
 * next to the headline. A declaration the page shows wins; else a date shown next to the headline that
 * is not labelled as an update ("Updated", "Modified", class*=modified); else the first declaration,
 * microdata; only when the page gives no publication date at all, its last update.
 */
function choosePublished(
  ld: JsonObject | null,
  page: JsonObject | null,
  meta: (...keys: string[]) => string | null,
  near: Text[],
  doc: Document,
): string | null {
  const declared = [
    field(ld?.datePublished),
    meta('article:published_time', 'og:article:published_time', 'article:published'),
    field(page?.datePublished),
    meta(
      'datepublished',
      'pubdate',
      'publishdate',
      'publish-date',
      'publish_date',
      'parsely-pub-date',
      'sailthru.date',
      'dc.date.issued',
      'dcterms.issued',
      'dcterms.created',
      'citation_publication_date',
      'citation_date',
      'dc.date',
      'date',
      'article.published',
    ),
    field(ld?.dateCreated),
  ]
    .map((v) => toIso(v))
    .filter((v): v is string => !!v);
  const lang = (doc.documentElement?.getAttribute('lang') ?? '').toLowerCase();
  const monthFirst = lang === '' || lang === 'en' || lang.startsWith('en-us') || lang.startsWith('en_us');
  const shown = visibleDates(near, monthFirst);
  const shownPublished = shown.filter((s) => s.published);
  if (declared.length > 0) {
    const confirmed = declared.find((d) => shown.some((s) => s.day === d.slice(0, 10)));
    if (confirmed) return confirmed;
    // The page shows another date next to the headline, not marked as an update: that is the date it
    // gives its readers (a declaration left from an older version of the story is not).
    return shownPublished[0]?.iso ?? declared[0] ?? null;
  }
  const first = shownPublished[0];
  if (first) return first.iso;
  // Microdata anywhere in the story.
  const micro = [...doc.querySelectorAll('[itemprop~="datePublished"]')].find(
    (el) => !el.closest(NOT_THE_STORY),
  );
  const microDate = micro
    ? toIso(micro.getAttribute('datetime') ?? micro.getAttribute('content') ?? textOf(micro))
    : null;
  if (microDate) return microDate;
  // No publication date anywhere: the date the page gives for its last update is the only one a
  // reader has ("Updated November 18, 2025"), better than none.
  const modified = [
    field(ld?.dateModified),
    meta('article:modified_time', 'og:updated_time', 'datemodified'),
    field(page?.dateModified),
  ]
    .map((v) => toIso(v))
    .find((v): v is string => !!v);
  return modified ?? shown[0]?.iso ?? null;
}

/**
 * A date as ISO 8601, keeping the page's own clock: "2025-06-25T20:57:54-04:00" stays on the 25th
 * (a UTC conversion would move it to the 26th). UTC times are written with Z. A bare date stays a
 * bare date, and a written date ("Dec 19, 2025") becomes one. Null when the text is not a date.
 */
export function toIso(value: string | null | undefined): string | null {
  const v = value?.trim();
  if (!v) return null;
  const m =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$/i.exec(
      v,
    );
  if (m) {
    const [, y, mo, d, hh, mm, ss = '00', frac = '', zone] = m;
    if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) return null;
    if (hh === undefined) return `${y}-${mo}-${d}`;
    const ms = frac.padEnd(3, '0').slice(0, 3);
    const local = `${y}-${mo}-${d}T${hh}:${mm}:${ss}.${ms}`;
    if (!zone) return local;
    const offset = /^(z|utc|gmt)$/i.test(zone)
      ? '+00:00'
      : zone.replace(/^([+-]\d{2}):?(\d{2})?$/, (_, h, mi) => `${h}:${mi ?? '00'}`);
    if (offset === '+00:00' || offset === '-00:00') {
      const time = Date.parse(`${local}Z`);
      return Number.isNaN(time) ? null : new Date(time).toISOString();
    }
    return Number.isNaN(Date.parse(`${local}${offset}`)) ? null : `${local}${offset}`;
  }
  // RFC 2822 and other forms with a zone Date.parse reads the same everywhere.
  if (/(?:gmt|utc|z|[+-]\d{4})\s*$/i.test(v)) {
    const time = Date.parse(v);
    if (!Number.isNaN(time)) return new Date(time).toISOString();
  }
  // A written date without a clock: the day as written, not the day in this machine's time zone.
  return parseVisibleDate(v);
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
