import {
  articleObject,
  decodeEntities,
  field,
  type JsonObject,
  readJsonLd,
  resolve,
  webPageObject,
  webSiteObject,
} from '../jsonld';
import { bareHost, collapse } from '../text';
import { chooseByline, sameNames, structuredAuthors, visibleByline } from './byline';
import { closingByline } from './closing-byline';
import { nearHeadline } from './near-headline';
import { choosePublished } from './published';
import { chooseSiteName } from './site-name';
import { siteOwner } from './site-owner';
import { chooseTitle, findHeadline, headlineText } from './title';
import { clean } from './visible-text';

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
  /**
   * The owner of a personal site named after them, when the page names no writer: the byline when
   * Readability finds none either (a company's site can look like a person's).
   */
  owner?: string | null;
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
function metaTable(doc: Document | Element): Map<string, string[]> {
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

/**
 * `jsonLd`: the page's JSON-LD objects, parsed once by the pipeline. `outOfTime`: asked before each
 * search of the whole page (the headline's, the byline's, the date's); once it says so, those are left
 * out (the title then comes from the page's declarations).
 */
export function readMetadata(
  doc: Document,
  jsonLd: JsonObject[] = readJsonLd(doc),
  pageUrl: URL = new URL(doc.URL || 'http://localhost/'),
  outOfTime: () => boolean = () => false,
): PageMetadata {
  // Out of time, the head's alone (microdata's <meta> in the body is left out): a long body is a pass.
  const table = metaTable(outOfTime() ? (doc.head ?? doc) : doc);
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
  const headline = outOfTime() ? null : findHeadline(doc, metaTitles, siteNames);
  const title = chooseTitle(headline ? headlineText(headline) : null, metaTitles, siteNames);

  const near = headline ? nearHeadline(headline) : [];
  const declared = outOfTime() ? [] : structuredAuthors(ld, page, jsonLd, table, doc);
  const visible = visibleByline(
    near,
    declared.filter((d) => !d.organization).flatMap((d) => d.names),
    title,
  );
  // Nothing near the headline nor declared: the writer named under the story.
  const byline =
    chooseByline(visible, declared, siteNames) ?? (outOfTime() ? null : closingByline(doc, headline));
  const owner = byline || outOfTime() ? null : siteOwner(doc, siteNames, pageUrl.hostname);
  const bylineBlock = visible && byline && sameNames(visible.names.join(', '), byline) ? visible.block : null;

  const published = outOfTime() ? null : choosePublished(ld, page, meta, near, doc, headline);

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
    owner,
  };
}

export { parseVisibleDate, toIso } from './dates';
export { guessDir } from './direction';
export { cleanByline, writtenAsName } from './names';
export { resemblesHost } from './site-name';
export { similarity, stripSite } from './title';
