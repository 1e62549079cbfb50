import {
  articleObject,
  decodeEntities,
  field,
  type JsonObject,
  readJsonLd,
  resolve,
  typeOf,
  webPageObject,
  webSiteObject,
} from '../jsonld';
import { listOf } from '../nodes';
import { bareHost, collapse, fingerprintText } from '../text';
import { chooseByline, sameNames, structuredAuthors, visibleByline } from './byline';
import { closingByline } from './closing-byline';
import { isCollective, writtenAsName } from './names';
import { nearHeadline } from './near-headline';
import { choosePublished } from './published';
import { scrolledTitle } from './scrolled';
import { chooseSiteName, resemblesHost } from './site-name';
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
  /** Biographies the page declares for people (JSON-LD `Person` descriptions): its writers' author boxes. */
  authorBios: string[];
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
  authorBios: [],
};

/** The page's <meta> values by property, name or itemprop (lower-cased), every value kept, in one pass. */
function metaTable(doc: Document | Element): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const el of listOf(doc.getElementsByTagName('meta'))) {
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
  const declaredLd = articleObject(jsonLd, pageUrl);
  const declaredPage = webPageObject(jsonLd);
  const site = webSiteObject(jsonLd);
  const publisher = resolve(declaredLd?.publisher ?? declaredPage?.publisher, jsonLd);

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

  // Scrolled to another story of an infinite-scroll page: its <title> names that story, and what the
  // head declares (og:, JSON-LD, the first story's microdata) is the first story's (./scrolled.ts).
  const scrolled = outOfTime() ? null : scrolledTitle(doc, pageUrl, meta('og:title'), siteNames);
  const ld = scrolled ? null : declaredLd;
  const page = scrolled ? null : declaredPage;
  const metaTitles = scrolled
    ? [scrolled]
    : [
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
  const declared = outOfTime() || scrolled ? [] : structuredAuthors(ld, page, jsonLd, table, doc);
  // The site's own name declared as the author ("USA TODAY") confirms no byline: the reporter's
  // name printed before the "USA TODAY" credit under it is the byline (WCXB 0106).
  const ofSite = (n: string) => siteNames.some((s) => !!s && fingerprintText(s) === fingerprintText(n));
  const visible = visibleByline(
    near,
    declared.filter((d) => !d.organization).flatMap((d) => d.names.filter((n) => !ofSite(n))),
    title,
  );
  // Nothing near the headline nor declared, or only the site ("Buzzsprout" on buzzsprout.com) or a
  // newsroom ("Team Tiger Data" over "Written by Paulinho Giovannini" at the end, WCXB 4416, 4665):
  // the writer named under the story.
  const chosen = chooseByline(visible, declared, siteNames);
  const nameless = (n: string) =>
    ofSite(n) || isCollective(n) || (!/\s/.test(n) && resemblesHost(n, pageUrl.hostname));
  const nobody = (b: string | null) => !b || b.split(', ').every(nameless);
  // Past the site's own name when a byline stands already ("By Clemson News" then the writer's credit).
  const closing =
    nobody(chosen) && !outOfTime() ? closingByline(doc, headline, chosen ? nameless : undefined) : null;
  const found = chosen && nobody(closing) ? chosen : (closing ?? chosen);
  // A name typed in lower case into the CMS that the site prints as its own name, capitalized
  // ("annette thurmon" on "Annette Thurmon", WCXB 4662): as the page prints it. An account's handle
  // in one word ("worldnewsera" on World News Era, seed-003) is no name.
  const byline =
    (found &&
      / /.test(found) &&
      !writtenAsName(found) &&
      siteNames.find((s) => !!s && writtenAsName(s) && fingerprintText(s) === fingerprintText(found))) ||
    found;
  const owner = byline || outOfTime() ? null : siteOwner(doc, siteNames, pageUrl.hostname);
  const bylineBlock = visible && byline && sameNames(visible.names.join(', '), byline) ? visible.block : null;

  const published = outOfTime()
    ? null
    : choosePublished(ld, page, scrolled ? () => null : meta, near, doc, headline);

  const html = doc.documentElement;
  const lang =
    html?.getAttribute('lang')?.trim() || meta('og:locale', 'language', 'content-language') || null;
  const dirAttr = (html?.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase();
  const dir = dirAttr === 'rtl' ? 'rtl' : dirAttr === 'ltr' ? 'ltr' : null;
  const description = scrolled
    ? null
    : (meta('description', 'og:description', 'twitter:description') ?? field(ld?.description));
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
    authorBios: declaredBios(jsonLd),
  };
}

/** A biography is a few sentences: a shorter description is a role ("Staff writer"). */
const MIN_BIO_CHARS = 60;

/** The descriptions of the people the page's JSON-LD declares, in the graph or as an article's author. */
function declaredBios(jsonLd: JsonObject[]): string[] {
  const bios = new Set<string>();
  const read = (o: unknown) => {
    if (Array.isArray(o)) for (const item of o) read(item);
    else if (o && typeof o === 'object') {
      const person = o as JsonObject;
      const bio = typeof person.description === 'string' ? collapse(person.description) : '';
      if (typeOf(person).includes('Person') && bio.length >= MIN_BIO_CHARS) bios.add(bio);
    }
  };
  for (const o of jsonLd) {
    read(o);
    read(o.author);
  }
  return [...bios];
}

export { parseVisibleDate, toIso } from './dates';
export { guessDir } from './direction';
export { cleanByline, writtenAsName } from './names';
export { resemblesHost } from './site-name';
export { similarity, stripSite } from './title';
