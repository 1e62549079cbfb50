import { Readability } from '@mozilla/readability';
import { FILTERS } from './filters';
import { leafBlocks } from './filters/blocks';
import { cleanByline, guessDir, readMetadata, toIso } from './metadata';
import { sanitizeToHtml } from './sanitize';
import { findOriginalSource } from './source';
import { restoreStandfirst } from './standfirst';
import { bareHost, collapse, countWords, fingerprintText, linkDensity, textOf } from './text';
import type {
  Article,
  ExtractOptions,
  ExtractResult,
  Filter,
  FilterContext,
  NoArticleReason,
  Removal,
} from './types';

/** Reading speed used for reading time, words per minute. */
export const WORDS_PER_MINUTE = 230;
/** Past this time between steps, Sift stops and says so (README: "Limits"). */
export const TIME_BUDGET_MS = 10_000;
/** Past this many elements a page is refused with a clear message rather than freezing the tab. */
export const MAX_ELEMENTS = 250_000;
/** Below this much text, the filtered extraction is retried on the unfiltered page. */
const MIN_ARTICLE_CHARS = 250;
/** A short result made mostly of links is a menu or a login box, not an article. */
const MIN_TEXT_CHARS = 100;
const PAGE_TEXT_CHARS = 20_000;
/** A result with less than this share of the page's paragraph text gets a second opinion. */
const SUSPICIOUS_SHARE = 0.25;

/**
 * Sift's engine: a Document in, an article (or the reason there is none) out. Works on a clone; the
 * document passed in is never changed. Pure DOM: runs unchanged in a content script and in jsdom.
 */
export function extract(doc: Document, options: ExtractOptions = {}): ExtractResult {
  try {
    return run(doc, options);
  } catch (error) {
    // A page nested thousands of levels deep can exhaust the stack of a DOM implementation that
    // recurses (jsdom's clone does); say so instead of crashing.
    if (error instanceof RangeError)
      return noArticle(doc, 'too-large', 'This page is nested too deeply for Sift to read.');
    throw error;
  }
}

function run(doc: Document, options: ExtractOptions): ExtractResult {
  const started = now();
  const budget = options.timeBudgetMs ?? TIME_BUDGET_MS;
  const late = () => now() - started > budget;
  const stopped = () =>
    noArticle(
      doc,
      'timeout',
      `Sift stopped after ${Math.round(budget / 1000)} s: this page is too large or too complex to read in time.`,
    );
  const url = pageUrl(doc, options.url);
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win) throw new Error('extract() needs a document that has a window (a live page or a jsdom document)');
  const elements = doc.getElementsByTagName('*').length;
  if (elements > (options.maxElements ?? MAX_ELEMENTS))
    return noArticle(doc, 'too-large', `This page is too large to read safely (${elements} elements).`);
  if (!doc.body || textOf(doc.body) === '')
    return noArticle(doc, 'empty-page', 'This page has no text to read.');

  const disabled = new Set(options.disable ?? []);
  const active = FILTERS.filter((f) => !disabled.has(f.id));
  const work = doc.cloneNode(true) as Document;
  const meta = readMetadata(work);
  const source = findOriginalSource(work, url);
  const removals: Removal[] = [];
  const ctx = (root: Element): FilterContext => ({ doc: work, root, title: meta.title, url, source });

  if (late()) return stopped();
  runStage(active, 'before-readability', ctx(work.body), removals);
  if (late()) return stopped();
  const proseChars = paragraphChars(work.body);
  let parsed = parse(work);
  const got = parsed ? textOf(parsed.content).length : 0;
  if (late()) return stopped();
  if (got < MIN_ARTICLE_CHARS || got < proseChars * SUSPICIOUS_SHARE) {
    // Safety net. Removing clutter can tip Readability onto the wrong block (on a blog page without
    // its comment form it picks a comment). When the result holds a small share of the page's
    // paragraph text, read the page as plain Readability would and keep that if it is much longer.
    const plain = parse(doc.cloneNode(true) as Document);
    if (plain && textOf(plain.content).length > Math.max(got * 2, got + MIN_ARTICLE_CHARS)) {
      parsed = plain;
      removals.length = 0;
    }
  }
  if (!parsed || isNotAnArticle(parsed.content))
    return noArticle(
      doc,
      'no-article',
      'Sift found no article on this page: no block of text long enough to be a story (it may be a home page, a list or an app).',
    );

  const content = parsed.content;
  runStage(active, 'after-readability', ctx(content), removals);
  if (late()) return stopped();
  restoreStandfirst(doc, content, meta.description);

  const text = articleText(content);
  const words = countWords(text);
  const title = meta.title || collapse(parsed.title ?? '') || bareHost(url);
  const siteName = meta.siteName ?? (collapse(parsed.siteName ?? '') || null);
  // An organization credited as author that is the site itself is not a byline.
  let byline = meta.byline ?? cleanByline(parsed.byline ?? null);
  if (byline && siteName && fingerprintText(byline) === fingerprintText(siteName)) byline = null;
  const article: Article = {
    title,
    byline,
    published: meta.published ?? toIso(parsed.publishedTime),
    site: bareHost(url),
    siteName,
    url: url.href,
    lang: meta.lang ?? (parsed.lang || null),
    dir: meta.dir ?? (parsed.dir === 'rtl' ? 'rtl' : parsed.dir === 'ltr' ? 'ltr' : guessDir(text)),
    source,
    html: sanitizeToHtml(content, win),
    text,
    wordCount: words,
    readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
    removals,
  };
  return { ok: true, article };
}

function runStage(filters: readonly Filter[], stage: Filter['stage'], ctx: FilterContext, out: Removal[]) {
  for (const filter of filters) if (filter.stage === stage) out.push(...filter.apply(ctx));
}

function parse(doc: Document) {
  const result = new Readability<Element>(doc, {
    serializer: (node) => node as Element,
    maxElemsToParse: MAX_ELEMENTS,
  }).parse();
  return result?.content ? { ...result, content: result.content } : null;
}

function pageUrl(doc: Document, given: string | undefined): URL {
  for (const candidate of [given, doc.URL]) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate);
      if (/^https?:$|^file:$/.test(url.protocol)) return url;
    } catch {
      // try the next
    }
  }
  return new URL('http://localhost/');
}

/** The article as plain text, one paragraph per block, blank lines between. */
function articleText(root: Element): string {
  const blocks = leafBlocks(root)
    .map((el) => textOf(el))
    .filter(Boolean);
  return blocks.length > 0 ? blocks.join('\n\n') : textOf(root);
}

function now(): number {
  return typeof performance === 'undefined' ? Date.now() : performance.now();
}

function noArticle(doc: Document, reason: NoArticleReason, message: string): ExtractResult {
  const pageText =
    reason === 'too-large' || reason === 'timeout' ? '' : visibleText(doc).slice(0, PAGE_TEXT_CHARS);
  return { ok: false, reason, message, pageText };
}

const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** The page's words without its scripts and styles, for "show the page's text anyway". */
function visibleText(doc: Document): string {
  if (!doc.body) return '';
  const parts: string[] = [];
  let size = 0;
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node && size < PAGE_TEXT_CHARS; node = walker.nextNode()) {
    if (INVISIBLE.has(node.parentElement?.tagName.toUpperCase() ?? '')) continue;
    const value = node.nodeValue ?? '';
    parts.push(value);
    size += value.length;
  }
  return collapse(parts.join(' '));
}

/** Characters of text in the page's paragraphs: what an article is usually made of. */
function paragraphChars(body: Element): number {
  let n = 0;
  for (const p of body.getElementsByTagName('p')) n += (p.textContent ?? '').length;
  return n;
}

function isNotAnArticle(content: Element): boolean {
  const text = textOf(content);
  return text === '' || (text.length < MIN_TEXT_CHARS && linkDensity(content) > 0.5);
}
