import { collapse, outboundLinks, resolveUrl, siteOf, textOf } from '../text';
import type { Filter, FilterContext } from '../types';
import { textBeside } from './lines';
import { isBlank } from './teasers';

/**
 * A grid of cards for other stories of the site, with no heading over it (a sidebar's "recent posts",
 * a theme's row of teasers under the story): each card is a heading that is nothing but a link to
 * another page of the same site, with at most a one-paragraph excerpt, often cut off ("… systems…").
 * Readability keeps such a grid when it climbs to a container that holds the story and the sidebar
 * (WCXB 4339: three cards after the post; 0331: six cards in rows of two). remove-related-lists needs a
 * heading from its phrase table or a block that is mostly links; a card's excerpt is longer than its
 * link, so a grid is neither.
 *
 * By structure: each card is the largest element around its heading that holds no other heading and
 * stays short; three or more cards follow each other with nothing of text between them, in the
 * article's second half. A writer's own roundup is not printed that way: its headings and paragraphs
 * stand side by side in the post, not each wrapped in a card, and its links mostly lead to other sites.
 */
const MIN_CARDS = 3;
/** A card: a headline and an excerpt of a paragraph. */
const MAX_CARD_CHARS = 900;
/** Places a card links to: its story, its section, a link in its excerpt. */
const MAX_CARD_LINKS = 3;
/**
 * The grid comes after the story: past this share of the article's letters, or after this many (a
 * short press release over a long grid, WCXB 0392).
 */
const FROM_SHARE = 0.5;
const STORY_LETTERS = 800;
/** Cards whose excerpts are whole close the article: no more than a sign-up box after them. */
const MAX_LETTERS_AFTER = 400;
/** A label over the grid ("Also in the news"): a short line with no links and no sentence. */
const MAX_LABEL_CHARS = 40;
const HEADINGS = 'h2, h3, h4, h5, h6';

/** A heading whose words are all one link's, to another page of the page's own site. */
function isLinkHeading(h: Element, url: URL, site: string): boolean {
  const links = outboundLinks(h, url);
  if (links.length !== 1) return false;
  const a = links[0] as HTMLAnchorElement;
  if (textOf(a).length < textOf(h).length) return false;
  const to = resolveUrl(a.getAttribute('href') ?? '', url);
  return !!to && siteOf(to.hostname) === site;
}

/**
 * The largest element around a card's mark (its linked heading, or its cut-off excerpt) that holds no
 * other mark, no other heading and stays a card's size.
 */
function cardOf(
  mark: Element,
  marks: ReadonlySet<Element>,
  headings: number,
  root: Element,
  url: URL,
): Element | null {
  let card: Element | null = null;
  for (let el = mark.parentElement; el && el !== root; el = el.parentElement) {
    if (textOf(el).length > MAX_CARD_CHARS || el.querySelectorAll(HEADINGS).length > headings) break;
    let inside = 0;
    for (const m of marks) if (el.contains(m)) inside++;
    if (inside > 1) break;
    card = el;
  }
  // A card has more than its mark: an excerpt, a date, a picture. A heading alone in a wrapper is a
  // list's item; a paragraph alone is the story's.
  if (!card || (textOf(card) === textOf(mark) && !card.querySelector('img'))) return null;
  // A card leads to one story (its picture and headline), maybe its section and a link in the excerpt;
  // a block of several headlines is a section of a front page, the page itself (Readability's nytimes-5).
  const targets = new Set(outboundLinks(card, url).map((a) => a.getAttribute('href')));
  return targets.size <= MAX_CARD_LINKS ? card : null;
}

/** An excerpt cut off by the site ("… a new contender built around…", "… December 1..."). */
const CUT_OFF = /(\.\.\.|…)\s*[\])]?$/;
const MIN_EXCERPT_CHARS = 40;
const MAX_EXCERPT_CHARS = 400;

function isCutOff(block: Element): boolean {
  const text = textOf(block);
  return text.length >= MIN_EXCERPT_CHARS && text.length <= MAX_EXCERPT_CHARS && CUT_OFF.test(text);
}

/**
 * Whether only blank nodes stand between a and b in document order (a before b). A walk, not a Range:
 * jsdom compares a Range's boundary points node by node, and on a guide of 80 cards (WCXB 4340) the
 * ranges took 36 s.
 */
function adjacent(a: Element, b: Element): boolean {
  let node: Node | null = afterSubtree(a);
  while (node && node !== b) {
    if (node.contains(b)) node = node.firstChild;
    else if (collapse(textIn(node)) !== '') return false;
    else node = afterSubtree(node);
  }
  return true;
}

/** The text a Range would read in the node: none in a comment. */
function textIn(node: Node): string {
  return node.nodeType === 1 || node.nodeType === 3 ? (node.textContent ?? '') : '';
}

/** The next node in document order outside node's subtree. */
function afterSubtree(node: Node): Node | null {
  for (let n: Node | null = node; n; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
  return null;
}

/** The short label just before the grid, climbing out of wrappers that hold only the grid. */
function labelBefore(first: Element, root: Element): Element | null {
  let el: Element = first;
  while (!el.previousElementSibling && el.parentElement && el.parentElement !== root) el = el.parentElement;
  let prev = el.previousElementSibling;
  while (prev && isBlank(prev)) prev = prev.previousElementSibling;
  if (!prev) return null;
  const text = textOf(prev);
  if (text.length > MAX_LABEL_CHARS || prev.querySelector('a, img') || /[.!?,;]$/.test(text)) return null;
  return text.split(' ').length <= 6 ? prev : null;
}

/** A card whose excerpt the site cut off: a teaser of a story told elsewhere. */
function cutOff(card: Element): boolean {
  if (CUT_OFF.test(textOf(card))) return true;
  for (const p of card.querySelectorAll('p, div')) if (CUT_OFF.test(textOf(p))) return true;
  return false;
}

function removeGrid(ctx: FilterContext, cards: Element[], total: number): void {
  const first = cards[0] as Element;
  const last = cards[cards.length - 1] as Element;
  if (
    cards.length < MIN_CARDS ||
    textBeside(ctx, first, 'before', 'letters') < Math.min(total * FROM_SHARE, STORY_LETTERS)
  )
    return;
  // Cards that say they are teasers (an excerpt cut off), or that close the article. A guide's chapters
  // printed as cards, each summed up whole, with the guide going on under them, are the guide (WCXB 0154).
  if (!cards.some(cutOff) && textBeside(ctx, last, 'after', 'letters', MAX_LETTERS_AFTER) > MAX_LETTERS_AFTER)
    return;
  const label = labelBefore(first, ctx.root);
  const data = label ? { heading: textOf(label) } : {};
  for (const card of cards) ctx.remove(card, 'teaser-card', 'other-stories', data);
  if (label) ctx.remove(label, 'teaser-card', 'other-stories', data);
}

/** Cards around the marks, in runs of cards that follow each other; each run long enough goes. */
function removeRuns(ctx: FilterContext, marks: Element[], headings: number, total: number): void {
  const set = new Set(marks);
  let run: Element[] = [];
  for (const mark of marks) {
    if (ctx.isGone(mark)) continue;
    const card = cardOf(mark, set, headings, ctx.root, ctx.url);
    if (!card) continue;
    const last = run[run.length - 1];
    if (last && (last.contains(card) || card.contains(last))) continue;
    if (last && !adjacent(last, card)) {
      removeGrid(ctx, run, total);
      run = [];
    }
    run.push(card);
  }
  removeGrid(ctx, run, total);
}

export const removeTeaserCards: Filter = {
  id: 'remove-teaser-cards',
  why: 'a grid of cards for other stories (a linked headline and an excerpt each) is not the story',
  reason: 'other-stories',
  stage: 'after-readability',
  apply(ctx) {
    const { root, url, index } = ctx;
    const total = index.size(root).letters;
    const site = siteOf(url.hostname);
    // Cards by their linked headings, then cards without one whose excerpts are cut off (WCXB 0392:
    // a category, the writer, a date and "… on Tuesday, December 1..." each).
    const headings = [...root.querySelectorAll(HEADINGS)].filter((h) => isLinkHeading(h, url, site));
    removeRuns(ctx, headings, 1, total);
    const excerpts = index.leafBlocks().filter((b) => !ctx.isGone(b) && isCutOff(b));
    removeRuns(ctx, excerpts, 0, total);
  },
};
