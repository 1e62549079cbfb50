import { articleObject, field, isObject, type JsonObject, readJsonLd, resolve } from './jsonld';
import { type PageMetadata, resemblesHost, similarity } from './metadata';
import { AUTHOR_MARKERS } from './metadata/byline';
import { nearHeadline } from './metadata/near-headline';
import { SECTION_NAMES } from './metadata/site-name';
import { hasMoreChildElements, listOf } from './nodes';
import { SOURCE_ANCHORS, SOURCE_STATEMENTS } from './rules/phrases';
import {
  CITATION_CONTEXT,
  CITATION_HEADINGS,
  LINKED_STATEMENTS,
  NOT_A_NAME,
  NOT_OUTLETS,
  ORIGINAL_ANCHORS,
  READ_MORE_ANCHOR,
  REPUBLISHED_STATEMENTS,
  SOURCE_WORDS,
  STATED_ORIGIN,
} from './rules/source-phrases';
import {
  alternation,
  bareHost,
  collapse,
  fingerprintText,
  resolveUrl,
  siteOf,
  textOf,
  textWithin,
} from './text';
import type { OriginalSource, Provenance } from './types';

/**
 * Whose story the page carries, read on the working copy before any filter removes the lines that
 * carry the clue. Three states (see `Provenance`), each with the evidence it rests on:
 *
 * - republished, with the link: an anchor that says it leads to the original ("Read Entire Article",
 *   "Source link", "read the full text here"), a stated source around a link ("Source: Sky News"),
 *   a link post whose headline links the story it is about, a teaser cut short whose "Read more" leads
 *   to another site, JSON-LD isBasedOn, a declared original-source, a canonical or og:url on another
 *   site, JSON-LD sourceOrganization;
 * - unknown: no origin linked, but the page says it republishes ("summarized", "originally appeared",
 *   "Source: Reuters" without a link) or its headline links go out to many other outlets' stories;
 * - original: none of that.
 *
 * Links in quotes, captions, tables, reference lists and image credits are citations, never origins;
 * so are "Source" links to several different outlets, and a source link in the middle of the story.
 */
export function findProvenance(
  doc: Document,
  pageUrl: URL,
  jsonLd: JsonObject[] = readJsonLd(doc),
  meta:
    | (Pick<PageMetadata, 'headline' | 'siteName' | 'publisherUrl' | 'title'> & {
        byline?: string | null;
        bylineBlock?: Element | null;
      })
    | null = null,
  /** Asked every few hundred links and blocks; once it says so, the search answers with what it found. */
  outOfTime: () => boolean = () => false,
): Provenance {
  const evidence: string[] = [];
  // Pages link the same addresses many times (menus, share bars): each is resolved and judged once.
  const judged = new Map<string, URL | null>();
  const elsewhere = (href: string | null | undefined): URL | null => {
    if (!href || onThisSite(href)) return null;
    let url = judged.get(href);
    if (url !== undefined) return url;
    url = resolveUrl(href, pageUrl);
    if (!url || !/^https?:$/.test(url.protocol) || !isRealHost(url.hostname)) url = null;
    else if (sameOwner(url.hostname, pageUrl.hostname)) url = null;
    judged.set(href, url);
    return url;
  };
  const republished = (url: URL, foundBy: string, name?: string | null): Provenance => ({
    state: 'republished',
    source: {
      url: url.href,
      name:
        cleanName(name) ??
        homeLinkName(url) ??
        (foundBy.startsWith('anchor:') ? providerBeside() : null) ??
        bareHost(url),
      foundBy,
    },
    evidence: [...evidence, foundBy],
  });
  // A portal's provider row: the outlet's logo beside the headline, its name printed next to it
  // ("<img alt=北陸日日新聞> 北陸日日新聞 · 11/20 18:45配信", Naver's, Dailyhunt's, MSN's). The name
  // in the outlet's own script, which its address does not spell (agg-ja-haishin, agg-ko-wonmun).
  // Asked only for a link the page calls the original: beside a canonical to another site the picture
  // and name by the headline are the writer's or the story's ("Corey Kilgannon", "Super Supportive" on
  // Readability's nytimes-3 and royal-road pages).
  const providerBeside = (): string | null => {
    const headline = meta?.headline;
    if (!headline) return null;
    // The block a few levels up from the headline, short of the body: every image under it, read once.
    let box: Element = headline;
    for (let depth = 0; depth < PROVIDER_DEPTH; depth++) {
      const up = box.parentElement;
      if (!up || up === doc.body) break;
      box = up;
    }
    const logos = new Set<string>();
    for (const img of box.querySelectorAll('img[alt], img[title]')) {
      if (logos.size > MAX_LOGOS) break;
      // The writer's picture beside the byline is no logo (seed 000's "Sarah Taylor").
      if (img.closest(AUTHOR_MARKERS)) continue;
      for (const attr of ['alt', 'title']) {
        const print = fingerprintText(img.getAttribute(attr) ?? '');
        if (print) logos.add(print);
      }
    }
    const site = fingerprintText(meta?.siteName ?? '');
    return (
      shortLinesBeside(headline).find((text) => {
        const print = fingerprintText(text);
        return print !== site && logos.has(print);
      }) ?? null
    );
  };
  // "… was first published on <a href=https://millbrookobserver.example>The Millbrook Observer</a>":
  // a link to the outlet's home page, in words that resemble its address, gives its name.
  const homeLinkName = (url: URL): string | null => {
    for (const o of anchors) {
      if (o.url.pathname.length > 1 || siteOf(o.url.hostname) !== siteOf(url.hostname)) continue;
      // A logo's link says it in its title ("GlobeWire Newsroom", "Ars Technica Homepage").
      const text =
        textOf(o.a) || collapse(o.a.getAttribute('title') ?? '').replace(/\s+(?:home ?page|home)$/i, '');
      if (text.length <= 60 && resemblesHost(text, url.hostname)) return text;
    }
    return null;
  };

  // Every link to another site, with what it says and whether it is a citation.
  const anchors: Outbound[] = [];
  let seen = 0;
  for (const a of outOfTime() ? [] : doc.querySelectorAll('a[href]')) {
    if (++seen % 256 === 0 && outOfTime()) break;
    const url = elsewhere(a.getAttribute('href'));
    if (url) anchors.push({ a, url, own: textOf(a).toLowerCase(), cited: null });
  }
  const cited = (o: Outbound) => {
    o.cited ??= isCitation(o.a);
    return o.cited;
  };

  // 1. An anchor that says it leads to the original. Several outlets linked that way are citations.
  const explicit: { o: Outbound; clue: string }[] = [];
  // "…you can read the full text <a>here</a>": a generic link word takes its meaning from the line,
  // and so does an address written out ("View original content: <a>https://…</a>").
  const arounds = anchors.map((o) =>
    GENERIC_LINK.test(o.own) || WRITTEN_ADDRESS.test(o.own)
      ? textOf(o.a.parentElement ?? o.a).toLowerCase()
      : o.own,
  );
  for (const { pattern, clue } of [...SOURCE_ANCHORS, ...ORIGINAL_ANCHORS]) {
    for (const [i, o] of anchors.entries()) {
      const around = arounds[i] as string;
      if (!(pattern.test(o.own) || (around.length <= 300 && pattern.test(around)))) continue;
      if (!explicit.some((e) => e.o === o)) explicit.push({ o, clue });
    }
  }
  const usable = explicit.filter(({ o }) => !cited(o));
  const outlets = new Set(usable.map(({ o }) => siteOf(o.url.hostname)));
  if (outlets.size > 1) evidence.push(`citations:${outlets.size}`);
  else {
    for (const { o, clue } of usable) {
      if (storyContinuesAfter(o.a)) {
        evidence.push('source-link-mid-story');
        continue;
      }
      return republished(o.url, `anchor:${clue}`, statedName(o.a));
    }
  }

  // 2. "Source: Sky News" or "Originally published by Reuters" around a link, at the story's edge.
  if (outlets.size <= 1) {
    for (const o of anchors) {
      // A link inside a long block is part of its prose, unless it stands on a line of its own.
      if (o.own === '' || ((o.a.parentElement?.textContent?.length ?? 0) > 400 && lineAround(o.a) === null))
        continue;
      // The line under the headline that gives the story's date, writer and source ("2025-11-12
      // 09:41:07 来源：<a>中国新闻网</a> 作者：王静怡"; Readability's test page gmw): the story
      // follows it, and the label just before the link names the origin. Elsewhere a label inside a
      // longer line is a note ("Open source: <a>this https URL</a>" in an arXiv listing, WCXB 2916).
      const header = !!meta?.bylineBlock?.contains(o.a);
      const name = (header ? labelledName(o.a) : null) ?? statedName(o.a);
      if (!name || cited(o) || (!header && storyContinuesAfter(o.a))) continue;
      return republished(o.url, 'statement', name);
    }
  }

  // 3. A link post: the headline (or the line beside it) links the story the page is about.
  const post = linkPost(anchors, meta?.headline ?? null, meta?.title ?? '');
  if (post) return republished(post, 'link-post', null);

  // 4. A teaser cut short, whose "Read more" leads to the rest of the story on another site. "Read
  // more" to several outlets is a list of press clippings, each cut short (WCXB 0175), not one story.
  const readMore = anchors.filter((o) => READ_MORE_ANCHOR.test(o.own) && o.own.length <= 60 && !cited(o));
  const readMoreOutlets = new Set(readMore.map((o) => siteOf(o.url.hostname)));
  // The short lines around the headline, read once for all the "Read more" links.
  let providers: string[] | null = null;
  if (readMoreOutlets.size > 1) evidence.push(`read-more:${readMoreOutlets.size}`);
  else
    for (const o of readMore) {
      if (cutShortBefore(o.a)) {
        evidence.push('truncated');
        return republished(o.url, 'anchor:read more', statedName(o.a));
      }
      // "We have summarized this news … Read more: swissinfo": the note saying the page republishes
      // links the story it republishes.
      if (inRepublicationNote(o.a, pageUrl)) {
        evidence.push('says:republished');
        return republished(o.url, 'anchor:read more', statedName(o.a) ?? nameAfter(o.a));
      }
      // A portal's copy credits its provider beside the headline ("The Independent", with its logo)
      // and ends with "Continue reading" to the story on that provider's site.
      providers ??= shortLinesBeside(meta?.headline ?? null);
      const provider = providers.find((text) => resemblesHost(text, o.url.hostname));
      if (provider) {
        evidence.push('provider-named');
        return republished(o.url, 'anchor:read more', provider);
      }
    }

  // 5. Structured data naming the original article.
  const article = articleObject(jsonLd, pageUrl);
  for (const key of ['isBasedOn', 'isBasedOnUrl'] as const) {
    const value = resolve(article?.[key], jsonLd);
    const url = elsewhere(field(value, 'url'));
    if (url)
      return republished(
        url,
        `json-ld:${key}`,
        isObject(value) ? (field(resolve(value.publisher, jsonLd)) ?? field(value.author)) : null,
      );
  }

  // 6. A declared original, then canonical and og:url pointing to another site.
  const declared = [
    ['link[rel="original-source"]', 'href', 'original-source'],
    ['meta[name="original-source"]', 'content', 'original-source'],
    ['meta[name="syndication-source"]', 'content', 'syndication-source'],
    ['link[rel="canonical"]', 'href', 'canonical'],
    ['meta[property="og:url"]', 'content', 'og:url'],
  ] as const;
  // Out of time, only the head is searched (where pages declare them): each search of a long body is a pass.
  const declaring = outOfTime() ? (doc.head ?? doc) : doc;
  for (const [selector, attr, clue] of declared) {
    const value = declaring.querySelector(selector)?.getAttribute(attr);
    const url = elsewhere(value);
    // A canonical to another site's home or section is a site that moved (blog.golang.org → go.dev/blog/,
    // WCXB 2900), not a story republished from there.
    if (url && !(clue !== 'original-source' && clue !== 'syndication-source' && homeOrSection(url)))
      return republished(url, clue, null);
    if (value && (clue === 'canonical' || clue === 'og:url') && resolveUrl(value, pageUrl))
      evidence.push(`${clue}:same-site`);
  }

  // 7. Only the organization is known: its site, with its name.
  const org = resolve(article?.sourceOrganization, jsonLd);
  const orgUrl = elsewhere(field(org, 'url'));
  if (orgUrl) return republished(orgUrl, 'json-ld:sourceOrganization', field(org));

  // No origin linked. Does the page look like it carries someone else's story?
  // The site's and the writer's own names: a copyright line in theirs is no other outlet's.
  const own = [meta?.siteName, meta?.byline].filter((n): n is string => !!n).map(fingerprintText);
  const clues = republicationClues(doc, pageUrl, anchors, meta?.headline ?? null, outOfTime, own);
  if (clues.length > 0) {
    // An origin the page names on a line of its own ("Source: Reuters", "Bron: ANP") is whose story it
    // is, link or not.
    const named = clues.find((c) => c.startsWith(STATED))?.slice(STATED.length);
    const all = [...evidence, ...clues];
    return named
      ? { state: 'republished', source: null, named, evidence: all }
      : { state: 'unknown', source: null, evidence: all };
  }

  const publisher = meta?.publisherUrl ? resolveUrl(meta.publisherUrl, pageUrl) : null;
  if (publisher && /^https?:$/.test(publisher.protocol))
    evidence.push(
      sameOwner(publisher.hostname, pageUrl.hostname) ? 'publisher:same-site' : 'publisher:elsewhere',
    );
  if (meta?.siteName && resemblesHost(meta.siteName, pageUrl.hostname)) evidence.push('site-name:same-site');
  evidence.push('no-republication-clue');
  return { state: 'original', source: null, evidence };
}

/** The original source alone: `findProvenance(…).source`. */
export function findOriginalSource(
  doc: Document,
  pageUrl: URL,
  jsonLd: JsonObject[] = readJsonLd(doc),
): OriginalSource | null {
  return findProvenance(doc, pageUrl, jsonLd).source;
}

interface Outbound {
  a: Element;
  url: URL;
  /** The anchor's own text, lower-cased. */
  own: string;
  cited: boolean | null;
}

/** Link texts that say nothing by themselves. */
const GENERIC_LINK =
  /^(here|this|link|this link|click here|full text|the full text|original|the original|original article|the original article|original post|original story|aquí|ici|hier|qui|aqui|هنا)\.?$/;

/** A link whose text is its address. */
const WRITTEN_ADDRESS = /^(?:https?:\/\/|www\.)\S+$/;

/** "Source: Sky News" or "Originally published by Reuters" in the block around a link. */
const NAMING_STATEMENTS = [...SOURCE_STATEMENTS, ...LINKED_STATEMENTS];

function statedName(a: Element): string | null {
  const block = a.closest('p, li, div, span, footer, small') ?? a.parentElement;
  // The link's own words first ("Read more at Voltage Weekly" directly inside a long container), then
  // its block, then its line between <br>s ("…after-hours trading.<br><br>Source: <a>Reuters</a>").
  for (const text of [textWithin(a, 120), block ? textWithin(block, 120) : '', lineAround(a)]) {
    // A long text is no statement; most short ones match none of the patterns (one scan says so).
    if (text === null || !alternation(NAMING_STATEMENTS).some((re) => re.test(text))) continue;
    for (const re of NAMING_STATEMENTS) {
      const m = re.exec(text);
      if (!m?.[1]) continue;
      // "Originally published at <a>The Harbor Ledger</a> on November 10, 2026.": the link's words
      // are the name, what follows them is not (agg-crosspost-originally-published).
      const own = textOf(a);
      return own.length >= 2 && m[1].startsWith(own) && !WRITTEN_ADDRESS.test(own) ? own : m[1];
    }
  }
  return null;
}

/** The clue of an origin named without a link, followed by the name. */
const STATED = 'stated:';

/** A source's label ending the words just before a link: "来源：", "Source:", "Źródło:". */
const SOURCE_LABEL = new RegExp(`(?:^|[\\s|·•,，、])(?:${SOURCE_WORDS})\\s*[:：]\\s*$`, 'iu');

/**
 * The link's own words when the words just before it, on its line, label it the source ("… 来源：<a>中国新闻网</a>
 * 作者：…", a line that also holds the date and the writer, so that no statement of the whole line is made).
 */
function labelledName(a: Element): string | null {
  let node: Node = a;
  while (!node.previousSibling && node.parentElement && INLINE.has(node.parentElement.tagName))
    node = node.parentElement;
  const before = node.previousSibling;
  if (before?.nodeType !== 3 || !SOURCE_LABEL.test((before.nodeValue ?? '').slice(-40))) return null;
  return cleanName(textOf(a));
}

/** Inline elements a link may sit in on its line. */
const INLINE = new Set(['SPAN', 'EM', 'STRONG', 'B', 'I', 'SMALL', 'FONT', 'U', 'MARK']);

/**
 * The line a link stands on inside a block written without paragraphs: its text from the `<br>` (or
 * block element) before it to the one after it; null when it is longer than a statement.
 */
function lineAround(a: Element): string | null {
  let node: Element = a;
  while (node.parentElement && INLINE.has(node.parentElement.tagName)) node = node.parentElement;
  const ends = (n: Node) =>
    n.nodeType === 1 &&
    ((n as Element).tagName === 'BR' ||
      (!INLINE.has((n as Element).tagName) && (n as Element).tagName !== 'A'));
  let text = node.textContent ?? '';
  for (let n = node.previousSibling; n && !ends(n) && text.length <= 120; n = n.previousSibling)
    text = (n.textContent ?? '') + text;
  for (let n = node.nextSibling; n && !ends(n) && text.length <= 120; n = n.nextSibling)
    text += n.textContent ?? '';
  const line = collapse(text);
  return line.length <= 120 ? line : null;
}

function cleanName(name: string | null | undefined): string | null {
  // "Read the full story at The Lakeside Tribune →": the link's arrow is not part of the name.
  const n = name
    ?.replace(/\s+/g, ' ')
    .replace(/^[\s→»›↗▸▶>:–—-]+|[\s→»›↗▸▶>:–—-]+$/gu, '')
    .trim();
  return n && n.length <= 80 ? n : null;
}

/**
 * An address that cannot leave the page's host, known without parsing it: a place on the page ("#top")
 * or a path on the same host ("/news/"). Not "//host/", nor "/\host" or "/<tab>/host", which URL
 * parsing reads as another host. Menus and teaser lists are mostly such links: none of them is parsed.
 */
function onThisSite(href: string): boolean {
  const second = href[1];
  return href[0] === '#' || (href[0] === '/' && second !== '/' && second !== '\\' && !/[\t\n\r]/.test(href));
}

/** A host a story can live on: dotted, with a top-level domain of letters (not "packing-list-trip"). */
function isRealHost(host: string): boolean {
  return /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(host) && host !== 'localhost';
}

/**
 * Two hosts of the same publisher: the same registrable site, or a shared name
 * (economictimes.indiatimes.com and m.economictimes.com, a staging copy named after the site).
 */
export function sameOwner(a: string, b: string): boolean {
  if (siteOf(a) === siteOf(b)) return true;
  const names = (host: string) =>
    host
      .toLowerCase()
      .split('.')
      .slice(0, -1)
      .map((l) => l.replace(/[^a-z0-9]/g, ''))
      .filter((l) => l.length >= 5 && !/^(www\d?|mobile|static|media|images?|cdn\d*|blogs?|news)$/.test(l));
  const na = names(a);
  const nb = names(b);
  return na.some((x) =>
    nb.some((y) => x === y || (x.length >= 6 && y.includes(x)) || (y.length >= 6 && x.includes(y))),
  );
}

/**
 * Inside a quote, caption, data table, footnote or credit. A table that lays out the page (it holds
 * headings, paragraphs or other tables, as old templates' do) is not a data table.
 */
function inCitationContext(el: Element): boolean {
  for (let c = el.closest(CITATION_CONTEXT); c; c = c.parentElement?.closest(CITATION_CONTEXT) ?? null) {
    if (c.tagName !== 'TABLE' || !isLayoutTable(c)) return true;
  }
  return false;
}

function isLayoutTable(table: Element): boolean {
  return (
    /^(presentation|none)$/i.test(table.getAttribute('role') ?? '') ||
    !!table.querySelector('h1, h2, h3, table') ||
    table.querySelectorAll('p').length >= 3
  );
}

/** A link in a quote, caption, table, reference list, footnote or image credit. */
function isCitation(a: Element): boolean {
  if (inCitationContext(a)) return true;
  // A reference list: a numbered list, or one whose items say more than their links, linking several sites.
  const list = a.closest('ol, ul');
  const item = a.closest('li');
  const describes = !!item && textOf(item).length > textOf(a).length * 1.5;
  if (list && (list.tagName === 'OL' || describes) && list.querySelectorAll('li').length >= 3) {
    const hosts = new Set<string>();
    for (const link of list.querySelectorAll('a[href^="http"]')) {
      try {
        hosts.add(new URL(link.getAttribute('href') ?? '').hostname);
      } catch {
        // not a link
      }
      if (hosts.size >= 3) return true;
    }
  }
  // Under a "References" or "Sources" heading, or right under an image (a credit).
  let node: Element | null = a;
  for (let depth = 0; node && depth < 5; depth++, node = node.parentElement) {
    let sib = node.previousElementSibling;
    for (let seen = 0; sib && seen < 40; seen++, sib = sib.previousElementSibling) {
      if (/^H[1-6]$/.test(sib.tagName)) {
        if (CITATION_HEADINGS.test(collapse(sib.textContent ?? ''))) return true;
        break;
      }
      // Right under it: an icon in the line before the words ("<img> View original content: <a>…</a>",
      // agg-finance-press-release) is no credit.
      if (depth <= 1 && seen === 0 && isImage(sib) && !wordsBetween(sib, node)) return true;
    }
    if (node.parentElement && /^(ARTICLE|MAIN|BODY)$/.test(node.parentElement.tagName)) break;
  }
  return false;
}

/** Text with a letter between two siblings. */
function wordsBetween(first: Element, last: Element): boolean {
  for (let n = first.nextSibling; n && n !== last; n = n.nextSibling)
    if (/\p{L}/u.test(n.textContent ?? '')) return true;
  return false;
}

function isImage(el: Element): boolean {
  if (/^(IMG|PICTURE|FIGURE|SVG|VIDEO)$/i.test(el.tagName)) return true;
  return collapse(el.textContent ?? '') === '' && !!el.querySelector('img, picture, video');
}

/** A paragraph of the story has at least this many characters. */
const PROSE_CHARS = 120;

/**
 * The story goes on after this link: two paragraphs of prose follow it in the same part of the page.
 * A "Source link" there is a citation, not the credit line at the story's end.
 */
function storyContinuesAfter(a: Element): boolean {
  let count = 0;
  let node: Element | null = a.closest('p, li, div') ?? a;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    for (let sib = node.nextElementSibling; sib; sib = sib.nextElementSibling) {
      if (sib.closest('[class*="comment" i], [id*="comment" i], [class*="related" i], aside, footer, nav'))
        continue;
      // Items of a list written as prose are paragraphs too (a "source" cited inside a list, WCXB 0222).
      const paragraphs = /^(P|LI)$/.test(sib.tagName) ? [sib] : [...sib.querySelectorAll('p, li')];
      for (const p of paragraphs) {
        if (p.tagName === 'LI' && p.querySelector('p')) continue;
        if (p.closest('[class*="comment" i], [id*="comment" i], [class*="related" i], aside, footer, nav'))
          continue;
        const text = textOf(p);
        if (text.length < PROSE_CHARS) continue;
        let inLinks = 0;
        for (const link of p.querySelectorAll('a')) inLinks += textOf(link).length;
        if (inLinks < text.length * 0.3 && ++count >= 2) return true;
      }
    }
    if (node.parentElement && /^(ARTICLE|MAIN|BODY)$/.test(node.parentElement.tagName)) break;
    // The container of the story's paragraphs ends it: an author's bio or teasers of other stories
    // printed after it are not more of the story ("…republished from The Conversation. Read the
    // original article." as the body's last line, over a bio and "You may like").
    if (node.parentElement && holdsStory(node.parentElement)) break;
  }
  return false;
}

/** Two paragraphs of prose inside: the element holds the story, not one wrapped paragraph of it. */
function holdsStory(el: Element): boolean {
  let count = 0;
  for (const p of el.querySelectorAll('p')) if (textOf(p).length >= PROSE_CHARS && ++count >= 2) return true;
  return false;
}

/**
 * The story before a "Read more" link ends mid-sentence or with an ellipsis: the page shows the start
 * of someone else's story.
 */
function cutShortBefore(a: Element): boolean {
  const doc = a.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? a, 4);
  walker.currentNode = a;
  const block = a.closest('p, div, li, section') ?? a;
  let text = '';
  for (let n = walker.previousNode(); n && text.length < 400; n = walker.previousNode()) {
    if (block.contains(n) || n.parentElement?.closest('script, style, noscript, button')) continue;
    const value = collapse(n.nodeValue ?? '');
    if (!value) continue;
    const p = n.parentElement?.closest('p, li, blockquote, h1, h2, h3, h4, div');
    if (!p) break;
    text = textOf(p);
    break;
  }
  if (text.length < 60) return false;
  return /(\.\.\.|…|\[…\]|\[\.\.\.\])\s*$/.test(text) || !/[.!?"”’»)\]:;。！？]\s*$/.test(text);
}

/** The short block around a link, when it says the page carries someone else's story. */
function inRepublicationNote(a: Element, pageUrl: URL): boolean {
  const block = a.closest('p, div, li, small, footer');
  if (!block) return false;
  const text = textOf(block);
  if (text.length > MAX_STATEMENT_CHARS * 1.5) return false;
  return saysRepublished(text, (name) => resemblesHost(name, pageUrl.hostname));
}

/** How far up from the headline a provider's logo is looked for, and how many images are read. */
const PROVIDER_DEPTH = 4;
const MAX_LOGOS = 40;

/** A provider's name this short at most, printed on a line of its own beside the headline. */
const MAX_PROVIDER_CHARS = 60;

/** The lines around the headline short enough to be an outlet's name (not a section's). */
function shortLinesBeside(headline: Element | null): string[] {
  if (!headline) return [];
  return nearHeadline(headline)
    .map((t) => collapse(t.nodeValue ?? ''))
    .filter((text) => text.length >= 2 && text.length <= MAX_PROVIDER_CHARS && !SECTION_NAMES.test(text));
}

/** The outlet named right after a link in its note: "Read more: <a>…</a> swissinfo". */
function nameAfter(a: Element): string | null {
  let text = '';
  for (let n = a.nextSibling; n && text.length <= 60; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).tagName === 'BR') break;
    text += n.textContent ?? '';
  }
  const name = collapse(text).replace(/^[\s:–—-]+|[\s.,;]+$/g, '');
  return name && name.length <= 40 && name.split(' ').length <= 5 && !/[.!?]/.test(name) ? name : null;
}

/**
 * A link post: the page is about one story elsewhere, linked from its headline, or from a line beside
 * the headline that names the story's site ("(latimes.com)", "pcmag.com Open") or repeats its title.
 */
function linkPost(anchors: Outbound[], headline: Element | null, title: string): URL | null {
  if (!headline) return null;
  for (const o of anchors) {
    if (NOT_OUTLETS.test(o.url.hostname)) continue;
    const inHeadline = headline.contains(o.a) || o.a.contains(headline);
    const host = bareHost(o.url).toLowerCase();
    const namesHost =
      o.own.replace(/[()[\]\s]/g, '').includes(host.replace(/\s/g, '')) && o.own.length <= host.length + 12;
    const repeatsTitle = title.length >= 20 && o.own.length >= 20 && similarity(o.own, title) >= 0.8;
    if (o.url.pathname.length <= 1 || MEDIA_FILE.test(o.url.pathname)) continue;
    if (!namesHost && !repeatsTitle && !(inHeadline && o.own.length > 0)) continue;
    if (inHeadline || nearEachOther(headline, o.a)) return o.url;
  }
  return null;
}

/** A file rather than a story: an episode's audio, a PDF, an image. */
const MEDIA_FILE = /\.(mp3|m4a|ogg|wav|mp4|m4v|webm|mov|pdf|jpe?g|png|gif|webp|svg|zip)$/i;

/** The headline and the link stand in one small block: the post itself, not the page around it. */
function nearEachOther(headline: Element, a: Element): boolean {
  let common: Element | null = headline.parentElement;
  for (let depth = 0; common && depth < 6 && !common.contains(a); depth++) common = common.parentElement;
  if (!common?.contains(a) || /^(BODY|HTML)$/.test(common.tagName)) return false;
  return textOf(common).length <= 1500;
}

/** Headline-like links to this many other outlets' stories make a page look like an aggregator. */
const MANY_OUTLETS = 6;
/** A statement of republication is a short line, not a sentence of the story. */
const MAX_STATEMENT_CHARS = 200;

/**
 * What makes a page without a linked origin look republished: it says so ("we have summarized this
 * news", "originally appeared in The Conversation"), names an origin without linking it ("Source:
 * Reuters" at the story's end), and, as a second clue only, headline links out to many other
 * outlets' stories (newsletters and listicles link out too).
 */
function republicationClues(
  doc: Document,
  pageUrl: URL,
  anchors: Outbound[],
  headline: Element | null,
  outOfTime: () => boolean,
  ownNames: readonly string[] = [],
): string[] {
  const clues: string[] = [];
  const ownName = (name: string) => resemblesHost(name, pageUrl.hostname);
  // "Source: …" lines naming several sources are the sources of data, not the story's origin.
  const statedNames = new Set<string>();
  let firstStated: string | null = null;
  if (outOfTime()) return clues;
  const blocks = [...(doc.body?.querySelectorAll('p, span, div, small, em, footer, li') ?? [])];
  // The deadline is asked while the texts are read (the long part); the pass below only looks them up.
  const texts = shortTexts(blocks, MAX_STATEMENT_CHARS, outOfTime);
  if (!texts) return clues;
  for (const el of blocks) {
    const text = texts.get(el);
    if (text === undefined || text.length < 8) continue;
    // The words first, the place second: closest() runs the selector engine at every ancestor (in
    // jsdom most of find-source's time when asked of every block), and few blocks say anything.
    const says = saysRepublished(text, ownName);
    const stated = says
      ? null
      : (STATED_ORIGIN.exec(text)?.[1] ?? copyrightUnderStory(el, text, ownNames))?.replace(/[.\s]+$/, '');
    if (!says && !stated) continue;
    // Where the words stand: a short post holding a quote of another ("Originally Posted by HOSTLAR"
    // in a forum's quote box, WCXB 0533) says them inside the quote, not in its own words.
    const at = says ? innermostSaying(el, ownName) : el;
    if (inCitationContext(at) || at.closest('[class*="comment" i], nav, [role="navigation"]')) continue;
    if (says) {
      clues.push('says:republished');
      break;
    }
    if (!stated || !/^\p{Lu}/u.test(stated) || stated.split(/\s+/).length > 6 || ownName(stated)) continue;
    if (el.querySelector('a[href]')) continue;
    statedNames.add(fingerprintText(stated));
    if (!nextToImage(el) && !storyContinuesAfter(el) && standsAlone(el, text)) firstStated ??= stated;
  }
  if (firstStated && statedNames.size === 1 && !clues.includes('says:republished'))
    clues.push(`${STATED}${firstStated}`);
  if (clues.length === 0 && saidBetweenBreaks(doc, ownName)) clues.push('says:republished');
  if (clues.length === 0) return clues;
  // Headline-like links to stories on many other outlets, outside the story's own text.
  const outlets = new Set<string>();
  for (const o of anchors) {
    if (NOT_OUTLETS.test(o.url.hostname) || inCitationContext(o.a)) continue;
    if (o.own.split(/\s+/).length < 5 || !storyPath(o.url)) continue;
    if (headline?.parentElement?.contains(o.a) && o.a.closest('p')) continue;
    const block = o.a.closest('p, li, div');
    if (block?.tagName === 'P' && textOf(block).length > o.own.length * 2) continue;
    outlets.add(siteOf(o.url.hostname));
  }
  if (outlets.size >= MANY_OUTLETS) clues.push(`links-out:${outlets.size}`);
  return clues;
}

/**
 * The collapsed texts of the blocks of at most four elements whose text is at most `max` characters,
 * found from the innermost block out: a block around one too long is too long itself and is never read
 * (read from the outside in, every wrapper of the page was read, the outermost holding all of it).
 * Null when out of time.
 */
function shortTexts(
  blocks: readonly Element[],
  max: number,
  outOfTime: () => boolean,
): Map<Element, string> | null {
  const texts = new Map<Element, string>();
  const long = new Set<Element>();
  let seen = 0;
  for (let i = blocks.length - 1; i >= 0; i--) {
    // Every 4,096 blocks: the reading is cheap per block, and each question reads the clock.
    if (++seen % 4096 === 0 && outOfTime()) return null;
    const el = blocks[i] as Element;
    if (long.has(el) || hasMoreChildElements(el, 4)) continue;
    const text = textWithin(el, max);
    if (text !== null) texts.set(el, text);
    else for (let up = el.parentElement; up && !long.has(up); up = up.parentElement) long.add(up);
  }
  return texts;
}

/**
 * A line between breaks speaks of the page's story, not of anything ("SKU, barcode, or automatically
 * generated by your eCommerce platform", a field's description, WCXB 4844).
 */
const ABOUT_THE_STORY = /\b(?:this|the) (?:story|article|post|report|news|content)\b/i;

/**
 * A statement on a line of its own between `<br>`s, inside a block that also holds the story: "(This
 * story has not been edited by … staff and is auto-generated from a syndicated feed.)" after text
 * separated only by line breaks. Such a line is no block of its own for the search above.
 */
function saidBetweenBreaks(doc: Document, ownName: (name: string) => boolean): boolean {
  const lines = new Set<Node>();
  for (const br of doc.body ? listOf(doc.body.getElementsByTagName('br')) : []) {
    for (const n of [br.previousSibling, br.nextSibling]) if (n?.nodeType === 3) lines.add(n);
  }
  for (const line of lines) {
    const text = collapse(line.nodeValue ?? '');
    if (text.length < 8 || text.length > MAX_STATEMENT_CHARS || !ABOUT_THE_STORY.test(text)) continue;
    if (!saysRepublished(text, ownName)) continue;
    const el = line.parentElement;
    if (el && !inCitationContext(el) && !el.closest('[class*="comment" i], nav, [role="navigation"]'))
      return true;
  }
  return false;
}

/** The deepest element under `el` whose text still says the page is republished. */
function innermostSaying(el: Element, ownName: (name: string) => boolean): Element {
  let at = el;
  for (;;) {
    let inner: Element | null = null;
    for (let c = at.firstElementChild; c && !inner; c = c.nextElementSibling)
      if (saysRepublished(collapse(c.textContent ?? ''), ownName)) inner = c;
    if (!inner) return at;
    at = inner;
  }
}

/** "This article is republished from The Conversation", "we have summarized this news": not the page's own words about its own history. */
const STATEMENT_PATTERNS = REPUBLISHED_STATEMENTS.map((s) => s.re);

function saysRepublished(text: string, ownName: (name: string) => boolean): boolean {
  // One scan for all the statements first: most blocks say none of them.
  if (!alternation(STATEMENT_PATTERNS).some((re) => re.test(text))) return false;
  for (const { re, needsName } of REPUBLISHED_STATEMENTS) {
    const m = re.exec(text);
    if (!m) continue;
    if (!needsName) return true;
    const rest = text.slice(m.index + m[0].length).trim();
    if (!/^\p{Lu}/u.test(rest) || NOT_A_NAME.test(rest)) continue;
    const name = rest.split(/[.,;:(]|\s+(?:under|and|on|in)\s+/)[0] ?? rest;
    if (!ownName(name)) return true;
  }
  return false;
}

/** A credit line under an image or a chart. */
function nextToImage(el: Element): boolean {
  for (let node: Element | null = el, depth = 0; node && depth < 3; node = node.parentElement, depth++) {
    const before = node.previousElementSibling;
    if (before && isImage(before)) return true;
    if (node.parentElement?.querySelector(':scope > img, :scope > picture')) return true;
  }
  return false;
}

/** "Copyright 2025 The Associated Press. All rights reserved.": the owner named. */
const COPYRIGHT_OWNER =
  /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s+)?(\S.{1,60}?)\.?\s+all rights reserved\.?$/i;

/**
 * The owner a copyright line names when it closes the story inside the story's own container, right
 * after its paragraphs: a wire service's notice under the story a local site carries ("Copyright 2025
 * The Associated Press. All rights reserved."), not the site's notice in its footer, nor the site's or
 * the writer's own name (`own`, fingerprinted).
 */
function copyrightUnderStory(el: Element, text: string, own: readonly string[]): string | null {
  const owner = COPYRIGHT_OWNER.exec(text)?.[1];
  if (!owner || own.includes(fingerprintText(owner))) return null;
  const before = el.previousElementSibling;
  if (before?.tagName !== 'P' || !el.parentElement || !holdsStory(el.parentElement)) return null;
  return el.closest('footer, [class*="footer" i], [id*="footer" i]') ? null : owner;
}

/** A home page or one short section ("/", "/blog/", "/news"): no story's address. */
function homeOrSection(url: URL): boolean {
  const parts = url.pathname.split('/').filter(Boolean);
  return (
    parts.length === 0 ||
    (parts.length === 1 && !storyPath(url) && !/\d/.test(parts[0] ?? '') && (parts[0]?.length ?? 0) < 20)
  );
}

/**
 * A statement that is its block's whole text, as an origin line is ("Source: Reuters" under the story);
 * not a note at the end of a list item or a sentence about something else ("Unemployment Rate –
 * Percentage of … <em>Source: U.S. Bureau of Labor Statistics (BLS).</em>", WCXB 0157).
 */
function standsAlone(el: Element, text: string): boolean {
  const block = el.closest('p, li, td, dd, blockquote, figcaption') ?? el;
  return collapse(block.textContent ?? '').length <= text.length + 20;
}

/** A URL that looks like one story: a long slug or a numeric id, not a home or section page. */
function storyPath(url: URL): boolean {
  const path = url.pathname;
  return (
    /[a-z0-9]+-[a-z0-9]+-[a-z0-9]+/i.test(path) || /\/\d{5,}/.test(path) || /\/20\d\d\/\d\d?\//.test(path)
  );
}
