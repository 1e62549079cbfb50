import { articleObject, field, isObject, type JsonObject, readJsonLd } from './jsonld';
import { SOURCE_ANCHORS, SOURCE_STATEMENTS } from './rules/phrases';
import { bareHost, resolveUrl, siteOf, textOf } from './text';
import type { OriginalSource } from './types';

/**
 * The outlet that wrote the story, when the page says so: an explicit anchor ("Read Entire Article",
 * "Source link", "read the full text here"), JSON-LD isBasedOn / sourceOrganization, a declared original
 * source, or a canonical / og:url on another site. Never the aggregator itself; null when unknown.
 * Runs on the working copy before any filter removes the lines that carry the clue.
 */
export function findOriginalSource(
  doc: Document,
  pageUrl: URL,
  jsonLd: JsonObject[] = readJsonLd(doc),
): OriginalSource | null {
  const pageSite = siteOf(pageUrl.hostname);
  const elsewhere = (href: string | null | undefined): URL | null => {
    if (!href) return null;
    const url = resolveUrl(href, pageUrl);
    if (!url || !/^https?:$/.test(url.protocol)) return null;
    return siteOf(url.hostname) === pageSite ? null : url;
  };
  const make = (url: URL, foundBy: string, name?: string | null): OriginalSource => ({
    url: url.href,
    name: cleanName(name) ?? bareHost(url),
    foundBy,
  });

  // 1. An anchor that says it leads to the original. Only links to other sites are read at all.
  const anchors: { a: Element; url: URL; own: string }[] = [];
  for (const a of doc.querySelectorAll('a[href]')) {
    const url = elsewhere(a.getAttribute('href'));
    if (url) anchors.push({ a, url, own: textOf(a).toLowerCase() });
  }
  for (const { pattern, clue } of SOURCE_ANCHORS) {
    for (const { a, url, own } of anchors) {
      // "…you can read the full text <a>here</a>": a generic link word takes its meaning from the line.
      const around = GENERIC_LINK.test(own) ? textOf(a.parentElement ?? a).toLowerCase() : own;
      if (pattern.test(own) || (around.length <= 300 && pattern.test(around)))
        return make(url, `anchor:${clue}`, statedName(a));
    }
  }

  // 2. "Source: Sky News" or "Originally published by Reuters" around a link.
  for (const { a, url, own } of anchors) {
    if (own === '' || (a.parentElement?.textContent?.length ?? 0) > 400) continue;
    const name = statedName(a);
    if (name) return make(url, 'statement', name);
  }

  // 3. Structured data naming the original article.
  const article = articleObject(jsonLd);
  for (const key of ['isBasedOn', 'isBasedOnUrl'] as const) {
    const value = article?.[key];
    const url = elsewhere(field(value, 'url'));
    if (url)
      return make(
        url,
        `json-ld:${key}`,
        isObject(value) ? (field(value.publisher) ?? field(value.author)) : null,
      );
  }

  // 4. A declared original, then canonical and og:url pointing to another site.
  const declared = [
    ['link[rel="original-source"]', 'href', 'original-source'],
    ['meta[name="original-source"]', 'content', 'original-source'],
    ['meta[name="syndication-source"]', 'content', 'syndication-source'],
    ['link[rel="canonical"]', 'href', 'canonical'],
    ['meta[property="og:url"]', 'content', 'og:url'],
  ] as const;
  for (const [selector, attr, clue] of declared) {
    const url = elsewhere(doc.querySelector(selector)?.getAttribute(attr));
    if (url) return make(url, clue, null);
  }

  // 5. Only the organization is known: its site, with its name.
  const org = article?.sourceOrganization;
  const orgUrl = elsewhere(field(org, 'url'));
  if (orgUrl) return make(orgUrl, 'json-ld:sourceOrganization', field(org));
  return null;
}

/** Link texts that say nothing by themselves. */
const GENERIC_LINK =
  /^(here|this|link|this link|click here|full text|the full text|aquí|ici|hier|qui|aqui|هنا)\.?$/;

/** "Source: Sky News" or "Originally published by Reuters" in the block around a link. */
function statedName(a: Element): string | null {
  const block = a.closest('p, li, div, span, footer, small') ?? a.parentElement;
  if (!block) return null;
  const text = textOf(block);
  if (text.length > 120) return null;
  for (const re of SOURCE_STATEMENTS) {
    const m = re.exec(text);
    if (m?.[1]) return m[1];
  }
  return null;
}

function cleanName(name: string | null | undefined): string | null {
  const n = name?.replace(/\s+/g, ' ').trim();
  return n && n.length <= 80 ? n : null;
}
