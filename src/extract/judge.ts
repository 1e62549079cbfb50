import { MOSTLY_LINKS } from './page-index';
import { collapsedLength, outboundLinks, siteOf, textOf } from './text';

/**
 * The judge-article step's test: is what Readability picked an article at all?
 *
 * - No text: no.
 * - A short block mostly of links (a menu, a login box): no. Under SHORT_CHARS only: calling every
 *   page "mostly links" no article cost 23 WCXB pages their content (Wikipedia's "List of programming
 *   languages", product grids, topic pages). A few words alone still count: Readability's own test
 *   pages include articles of 4 to 60 characters, and the no-damage gate keeps them.
 * - A home page of headlines (issue 12, item 7): see isHeadlineIndex.
 */
export function isNotAnArticle(content: Element, url: URL): boolean {
  // Counted only up to SHORT_CHARS: a long article is not walked twice here.
  const chars = collapsedLength(content, SHORT_CHARS);
  if (chars === 0) return true;
  if (chars < SHORT_CHARS) {
    let inLinks = 0;
    for (const a of content.querySelectorAll('a')) inLinks += textOf(a).length;
    return inLinks >= chars * MOSTLY_LINKS;
  }
  return isHeadlineIndex(content, url);
}

/** Under this many characters, a block mostly of links is a menu or a login box. */
const SHORT_CHARS = 100;
/** Past this much text the pick is not a list of headlines alone. */
const MAX_CHARS = 20_000;
/** A home page lists many stories; a story's own "related" box has a handful. */
const MIN_HEADLINES = 10;
/** Of the headline links, the share that lead to stories of the same site. */
const SAME_SITE_SHARE = 0.7;
/**
 * Share of the text inside links: a front page is its headlines, with a time or a section label at
 * most. At 0.6 ("mostly links") WCXB 4361, a listing of conferences with a line of place and type per
 * item, lost its content.
 */
const HEADLINE_LINK_SHARE = 0.8;
/** A block with this much text outside links is running prose (or a teaser's excerpt). */
const PROSE_BLOCK_CHARS = 100;
/** A price per this many items makes a product grid, not a list of stories. */
const ITEMS_PER_PRICE = 3;
const PRICE = /[$€£¥₹]\s?\d|\d(?:[.,]\d\d)?\s?(?:€|zł|kr|lei|USD|EUR)\b/g;
const HEADLINE_WORDS = { min: 4, max: 30 };
const LEAF_BLOCKS = 'p, li, dd, td, h1, h2, h3, h4, h5, h6, blockquote, figcaption, pre';

export interface HeadlineIndexMeasures {
  /** Distinct pages linked by a headline-like link (4 to 30 words). */
  headlines: number;
  /** Share of those on the page's own site. */
  sameSite: number;
  /** Share of the text inside links. */
  linkShare: number;
  /** Blocks with PROSE_BLOCK_CHARS or more outside links. */
  proseBlocks: number;
  prices: number;
}

/**
 * A home page (or section front) of story headlines: many headline links, each to a different story on
 * the same site, the text mostly those links, and no block of running prose: not one excerpt as long as
 * a paragraph. What it is not: a list article or a link-rich wiki page (their items are a few words,
 * or they carry prose), a link roundup (its links go to other outlets), a blog index with excerpts
 * (WCXB counts the excerpts as content), a product grid (prices).
 */
export function isHeadlineIndex(content: Element, url: URL): boolean {
  // A front page's list is small; a long page is not measured (the time budget).
  if (
    content.getElementsByTagName('a').length < MIN_HEADLINES ||
    collapsedLength(content, MAX_CHARS) >= MAX_CHARS
  )
    return false;
  const m = measureHeadlineIndex(content, url);
  return (
    m.headlines >= MIN_HEADLINES &&
    m.sameSite >= SAME_SITE_SHARE &&
    m.linkShare >= HEADLINE_LINK_SHARE &&
    m.proseBlocks === 0 &&
    m.prices * ITEMS_PER_PRICE < m.headlines
  );
}

export function measureHeadlineIndex(content: Element, url: URL): HeadlineIndexMeasures {
  const text = textOf(content);
  const site = siteOf(url.hostname);
  const targets = new Map<string, boolean>();
  let inLinks = 0;
  for (const a of outboundLinks(content, url)) {
    const t = textOf(a);
    inLinks += t.length;
    const words = t.split(' ').filter(Boolean).length;
    if (words < HEADLINE_WORDS.min || words > HEADLINE_WORDS.max) continue;
    let to: URL;
    try {
      to = new URL(a.getAttribute('href') ?? '', url);
    } catch {
      continue;
    }
    to.hash = '';
    targets.set(to.href, siteOf(to.hostname) === site);
  }
  let same = 0;
  for (const v of targets.values()) if (v) same++;
  let proseBlocks = 0;
  for (const block of content.querySelectorAll(LEAF_BLOCKS)) {
    if (block.querySelector(LEAF_BLOCKS)) continue;
    let linked = 0;
    for (const a of block.querySelectorAll('a')) linked += textOf(a).length;
    if (textOf(block).length - linked >= PROSE_BLOCK_CHARS) proseBlocks++;
  }
  return {
    headlines: targets.size,
    sameSite: targets.size === 0 ? 0 : same / targets.size,
    linkShare: text.length === 0 ? 0 : inLinks / text.length,
    proseBlocks,
    prices: text.match(PRICE)?.length ?? 0,
  };
}
