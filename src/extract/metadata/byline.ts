// The byline: the names a reader sees next to the headline, checked against the authors the page
// declares (JSON-LD, microdata, meta tags).
import { type JsonObject, names } from '../jsonld';
import { collapse, fingerprintText } from '../text';
import { parseVisibleDate } from './dates';
import {
  BYLINE_PREFIX,
  isCollective,
  LABEL_WORDS,
  NAME_THEN_ROLE,
  ROLE_WORDS,
  splitNames,
  WEAK_PREFIX,
} from './names';
import { NOT_THE_STORY, within } from './near-headline';
import { resemblesHost } from './site-name';
import { similarity } from './title';
import { INLINE, textOf } from './visible-text';

/** Elements that mark a byline or an author's name. */
export const AUTHOR_MARKERS =
  '[rel~="author"], [itemprop~="author"], [class*="byline" i], [class*="author" i], [class*="writer" i], [data-testid*="byline" i], [id*="byline" i], [class*="contributor" i]';
/** Author boxes that are not the byline: the bio at the end, the avatar, the comment author. */
export const NOT_BYLINE =
  /(comment|bio|avatar|image|img|photo|about|desc|social|follow|tooltip|popup|modal|more)/i;

interface Visible {
  names: string[];
  block: Element;
  /** Read from a name beside a date, with no "By" and no mark: declared names win over it. */
  weak?: boolean;
}

/** Links to an author's page: their texts are the names, without the words around them. */
export const AUTHOR_LINKS =
  'a[rel~="author"], a[href*="/author" i], a[href*="/people/" i], a[href*="/profile" i], a[href*="/staff/" i], a[href*="/contributor" i], a[href*="/writer" i], a[href*="/journalist" i], a[href*="/team/" i], a[href*="/u/" i], a[href*="/user" i], a[href*="/autor" i], a[href*="/auteur" i]';
/** A marked author element longer than this is a container, not a byline. */
const MAX_MARKED_CHARS = 160;

/**
 * The byline a reader sees next to the headline, with the block it stands in: from the first text
 * near the headline that the page marks as an author's (rel=author, itemprop=author,
 * class*=byline|author) or that opens with "By", the names read one text at a time ("By", "Jane Doe",
 * "and", "John Roe", "| June 4" gives two names); a bio or a date after them ends the byline.
 */
export function visibleByline(near: Text[], declared: readonly string[] = [], title = ''): Visible | null {
  const seen = scanByline(near, declared, title, false);
  // An account's handle in one word ("by feedbot", the auto-blog's CMS user) above a "By Maria Okafor,
  // The Riverside Sentinel" that opens the story it copied: the writer is the person the line names.
  // A handle stands when no such line follows (blogs signed "apblackmd", WCXB 4581).
  // The line must say "By" and come before the story's first paragraph: an "Author:" in a book's
  // details further down is the book's (WCXB 0461).
  if (seen && !seen.weak && seen.names.every(isHandle)) {
    const named = scanByline(near, [], title, true);
    if (named && !storyBetween(seen.block, named.block)) return named;
  }
  return seen;
}

/** "By", "Story by", "Written by" before the name: a byline, not a label ("Author:"). */
const SAYS_BY = /^(?:(?:story|words|written|reported)\s+)?by(?:\s|$)/i;
/** A paragraph this long is the story's (near-headline's PROSE_CHARS). */
const STORY_CHARS = 160;
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without the Node global (pure module)

/** A paragraph of the story stands after `from` and before `to`. */
function storyBetween(from: Element, to: Element): boolean {
  for (const p of from.ownerDocument.querySelectorAll('p')) {
    const after = from.compareDocumentPosition(p) & FOLLOWING;
    const before = p.compareDocumentPosition(to) & FOLLOWING;
    if (after && before && !p.contains(to) && collapse(p.textContent ?? '').length >= STORY_CHARS)
      return true;
  }
  return false;
}

/** A name of one word with no space: an account's handle, or a first name alone ("feedbot", "Kev"). */
function isHandle(name: string): boolean {
  return !/\s/.test(name.trim());
}

function scanByline(
  near: Text[],
  declared: readonly string[],
  title: string,
  /** Pass over bylines of handles only, for a person's full name printed after them. */
  personal: boolean,
): Visible | null {
  const rejected = new Set<Element>();
  // A byline the page declares too wins over an earlier one it does not ("Flipped into … by Tech
  // Digest", the curator, above the story's own "Marcus Feld": agg-flipreader-teaser).
  const confirmed = (v: Visible | null) =>
    !!v && (declared.length === 0 || v.names.some((n) => declared.some((d) => sameNames(n, d))));
  let first: Visible | null = null;
  let reviewer: Visible | null = null;
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
    // "김서연 기자": the role after the name says "by" in Korean, Japanese and Chinese bylines.
    if (!marked && !prefixed && !NAME_THEN_ROLE.test(own)) continue;
    const found = namesFrom(near, i, !!marked && strongMark(parent, marked));
    // "Reviewed by", "Fact checked by", "Edited by": the names after it did not write the story; they
    // stand in for a byline only when the page names nobody else (WCXB 4090; 0298).
    if (NOT_WRITER.test(prefix)) {
      if (found.length > 0) reviewer ??= { names: found, block: bylineBlockOf(parent), weak: true };
      continue;
    }
    if (found.length > 0 && !(personal && (!SAYS_BY.test(own) || found.every(isHandle)))) {
      const seen = { names: found, block: bylineBlockOf(marked ?? parent) };
      if (confirmed(seen)) return seen;
      first ??= seen;
    }
    if (marked) rejected.add(marked);
  }
  if (personal) return first;
  const weak = nameNextToDate(near, title);
  return (first && !confirmed(weak) ? first : weak) ?? reviewer;
}

/**
 * A name printed beside the date with no "By" and no mark ("Trond Teigen · 2025-12-17", "Aaron
 * Ricadela | Senior Writer | July 2, 2025"): a person's name of two to four words, not a link to
 * another page (a category is), with a date in the same text or within two texts after or one before.
 */
function nameNextToDate(near: Text[], title: string): Visible | null {
  for (let i = 0; i < near.length; i++) {
    const t = near[i] as Text;
    const v = collapse(t.nodeValue ?? '');
    // A label ("Article Tags:"), a heading, a breadcrumb ("Blog » Top Mental Health Tips", WCXB 0156,
    // 0306), the headline repeated (WCXB 0065) or a sentence ("Lean Startup Week Call for Proposals is
    // Open", WCXB 4458: a byline has no verb) is not a name.
    if (
      v.length > 80 ||
      SENTENCE.test(v) ||
      /[:：]$/.test(v) ||
      !/^\p{L}/u.test(v) ||
      t.parentElement?.closest('h2, h3, h4, h5, h6, form, [class*="breadcrumb" i]') ||
      (title && similarity(v, title) >= 0.8)
    )
      continue;
    const link = t.parentElement?.closest('a[href]');
    if (link && !link.matches(AUTHOR_LINKS)) continue;
    // "Dec. 19, 2025 · Niko Matsakis": the date first, then the name (WCXB 0379).
    const lead = /^(.{4,30}?)\s*[·•|–—]\s+(?=\p{Lu})/u.exec(v);
    const names = splitNames(lead?.[1] && parseVisibleDate(lead[1]) ? v.slice(lead[0].length) : v, false);
    if (names.length === 0 || names.length > 3 || names.some((n) => n.split(' ').length < 2)) continue;
    const dated = (j: number) => {
      const w = collapse(near[j]?.nodeValue ?? '');
      return w.length <= 40 && (!!parseVisibleDate(w) || DATE_LABEL.test(w));
    };
    // The role printed under the name ("Juliette Carreiro", "Tech Writer", WCXB 0352).
    const next = collapse(near[i + 1]?.nodeValue ?? '');
    const role = next.length <= 40 && ROLE_WORDS.test(next) && !/\d/.test(next);
    // Two texts before only across a separator ("Dec 26, 2025 • Mahua Das"), not in a list of events.
    const apart = /^[|•·–—-]$/.test(collapse(near[i - 1]?.nodeValue ?? ''));
    if (
      parseVisibleDate(v) ||
      role ||
      dated(i + 1) ||
      dated(i + 2) ||
      dated(i - 1) ||
      (apart && dated(i - 2))
    )
      return { names, block: bylineBlockOf(t.parentElement as Element), weak: true };
  }
  return null;
}

/** The verbs of a sentence, never in a byline. */
const SENTENCE = /\s(?:is|are|was|were|has|have|had|will|can)\s/;

/** Prefixes of the people who checked a story, not of its writer. */
const NOT_WRITER = /^(?:(?:medically )?reviewed|fact[- ]checked|edited)\s+by/i;

/** A label a date follows ("Last Updated:", "Published on"). */
const DATE_LABEL = /^(?:last )?(?:updated|published|posted|modified)(?: on)?\s*:?$/i;

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
    // Past the block the byline stands in: no more names, and none at all when the page marked that
    // block as the author's ("Aidoc Staff", then the post's category links, WCXB 4076).
    if (i > start && limit && !limit.contains(t) && (names.length > 0 || first?.closest(AUTHOR_MARKERS)))
      break;
    // Share buttons end a byline: "Posted by Admin at 6:12 AM" then "Email This", "BlogThis!" (a
    // Blogger post footer) are no names.
    if (t.parentElement?.closest(SHARE_PARTS)) break;
    let v = collapse(t.nodeValue ?? '');
    const m = BYLINE_PREFIX.exec(v);
    // "Written by: Emily Walker, Casey McDevitt | Edited by: Kristina Zagame", "Yaren Fadiloglulari
    // reviewed by Jo-ann Caballes": who checked the story is not its writer (WCXB 4193, 0246).
    if (i > start && names.length > 0 && m && NOT_WRITER.test(m[0])) break;
    if (m && m[0].length > 0) v = v.slice(m[0].length).trim();
    if (!v) continue;
    if (JOINERS.test(v)) {
      joined = true;
      continue;
    }
    const link = t.parentElement?.closest(AUTHOR_LINKS);
    const split = splitNames(v, marked || !!link);
    const list = split.length === 0 && (marked || link) ? lowerCaseName(v) : split;
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

/** Share buttons: links and buttons, not a block that holds the byline beside them ("by-share-div", WCXB 0297). */
const SHARE_PARTS =
  'a[class*="share" i], button[class*="share" i], a[href*="share" i], a[href*="intent/tweet" i], a[href^="mailto:?" i]';

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
export function structuredAuthors(
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
    // An organization's name is whole: "Center for Drug Evaluation and Research" is one author, and
    // "Association" is no role to cut off (WCXB 0064, 0065).
    const list =
      persons.length > 0
        ? persons.flatMap((f) => splitNames(f.name, true).concat(lowerCaseName(f.name)))
        : found.map((f) => collapse(f.name)).filter((n) => n.length <= 80 && !/^https?:/.test(n));
    if (list.length > 0) out.push({ names: list, organization: persons.length === 0 });
    break;
  }
  const micro = [...doc.querySelectorAll('[itemprop~="author"]')].find((el) => !within(el, NOT_THE_STORY));
  if (micro) {
    const named = micro.querySelector('[itemprop~="name"]');
    const value =
      micro.getAttribute('content') ??
      (named ? (named.getAttribute('content') ?? textOf(named)) : textOf(micro));
    // A name typed in lower case ("annette thurmon", WCXB 4662) is still the one the page marks.
    const split = splitNames(value, true);
    const list = split.length > 0 ? split : lowerCaseName(value);
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
    // Not a name: an address, a handle, or a template's key left unfilled ("page.head.extra.author",
    // "{{ author }}", WCXB 4459).
    const values = (table.get(key) ?? []).filter(
      (v) => !/^https?:|^@|\.(com|org|net)\b|^[a-z_]+(?:\.[a-z_]+){2,}$|\{\{|\}\}|^\$\{|^%\w+%$/i.test(v),
    );
    const list = values.flatMap((v) => splitNames(v, true));
    if (list.length > 0) {
      out.push({ names: [...new Set(list)], organization: false });
      break;
    }
  }
  // The card a link preview shows: twitter:label1 "Written by", twitter:data1 "Jane Doe" (WordPress
  // with Yoast writes it on every post; WCXB 4414).
  for (let n = 1; n <= 4; n++) {
    const label = table.get(`twitter:label${n}`)?.[0] ?? '';
    if (!/^(?:written by|author|authors|by)$/i.test(label.trim())) continue;
    const list = splitNames(table.get(`twitter:data${n}`)?.[0] ?? '', true);
    if (list.length > 0) out.push({ names: list, organization: false });
    break;
  }
  return out;
}

/**
 * A person's name as its owner typed it into the CMS, all in lower case ("kirstin boatto", WCXB 0060;
 * "crazy lennys", 4259): declared as a Person or printed as the author's name, it is a name, though a
 * line of text in lower case elsewhere is not.
 */
function lowerCaseName(name: string): string[] {
  const t = collapse(name);
  return /^\p{Ll}+(?: \p{Ll}+){1,2}$/u.test(t) &&
    !LABEL_WORDS.test(t) &&
    !/\b(?:admin|staff|team|editor|user|by|and|more|all|posts?|articles?)\b/.test(t) &&
    splitNames(t, true).length === 0
    ? [t]
    : [];
}

/**
 * The byline from what the page shows and what it declares: the visible names when they agree with
 * the declared ones or when only the page shows them (a declared CMS account or the site itself gives
 * way to a person), else the declared names.
 */
export function chooseByline(
  seen: Visible | null,
  declared: { names: string[]; organization: boolean }[],
  siteNames: (string | null)[],
): string | null {
  const isSite = (n: string) => siteNames.some((s) => s && fingerprintText(s) === fingerprintText(n));
  const people = declared.filter((d) => !d.organization && !d.names.every(isSite));
  const shown = seen?.names ?? [];
  // A newsroom's name ("Aidoc Staff") gives way to a person the page declares (WCXB 4076).
  const person = people.find((d) => !d.names.every(isCollective));
  // The site's own name shown as the byline ("Thomson Reuters Tax & Accounting" on
  // tax.thomsonreuters.com) gives way to the person the page declares (WCXB 4877).
  const ofSite = (n: string) =>
    isSite(n) || siteNames.some((h) => !!h && /^[\w.-]+\.[a-z]{2,}$/i.test(h) && resemblesHost(n, h));
  if (shown.length > 0 && (shown.every(isCollective) || shown.some(ofSite)) && person)
    return person.names.join(', ');
  // "Gulf Digest Staff" on Gulf Digest is the site's own byline: its name (agg-jannah-check-also);
  // "The Upwork Team" stays whole (WCXB 4606).
  const visible = shown.map((n) => {
    const site = n.replace(/\s+staff$/i, '');
    return site !== n && isCollective(n) && ofSite(site) ? site : n;
  });
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
  // The site credited as its own author, as an organization ("Head Topics", seed-001), is no byline.
  const best = people[0] ?? declared.find((d) => !(d.organization && d.names.every(isSite)));
  return best ? best.names.join(', ') : null;
}

/** Two ways of writing the same names: most of the words of the shorter are in the longer. */
export function sameNames(a: string, b: string): boolean {
  return similarity(a, b) >= 0.5;
}
