import type { PageIndex } from './page-index';
import { alike } from './shape';
import { lettersOutside } from './text';

/**
 * The part of the page the story can be in: the smallest element that still holds nearly all of the
 * page's paragraph text, and its parent, so that Readability still sees the story's neighbours (a lead
 * image, the headline block). Everything else (site header, side columns, footer) cannot hold the story
 * and would only cost Readability time to score. Measured from the page index, so it reads nothing again.
 */
const MIN_PAGE_PROSE = 2_000;
/** The share of the page's paragraph text the region must keep. */
const KEEP_SHARE = 0.9;

export function storyRegion(
  index: PageIndex,
  body: Element,
  headline: Element | null = null,
): Element | null {
  const total = index.size(body).paragraphChars;
  if (total < MIN_PAGE_PROSE) return null;
  let region = body;
  for (;;) {
    let best: Element | null = null;
    let bestChars = 0;
    // Sibling links, not the live `children` collection: jsdom walks that again on every access.
    for (let child = region.firstElementChild; child; child = child.nextElementSibling) {
      const chars = index.size(child).paragraphChars;
      if (chars > bestChars) {
        best = child;
        bestChars = chars;
      }
    }
    if (!best || bestChars < total * KEEP_SHARE || storyBefore(index, best)) break;
    region = best;
  }
  if (region === body) return null;
  let kept: Element | null = region.parentElement;
  // The story goes with its headline when prose stands under it outside <p>s: the region then holds
  // other prose (Slashdot's story is in <div>s and <br>s, its comments in <p>s: WCXB 0396). A
  // headline in a page header above the story, with little text under it, is left out as before.
  if (kept && headline && body.contains(headline) && !kept.contains(headline)) {
    let common: Element = kept;
    while (common !== body && !common.contains(headline)) common = common.parentElement ?? body;
    let branch: Element = headline;
    while (branch.parentElement && branch.parentElement !== common) branch = branch.parentElement;
    const size = index.size(branch);
    if (size.letters - size.linkLetters >= MIN_HEADLINE_PROSE) kept = common;
  }
  // The story's lead printed in a paragraph of its own beside the box that holds the rest (WCXB 4537:
  // "Shopping for your dream house?…" over a CMS field holding the body): the region takes it in.
  for (let el: Element | null = kept, level = 0; el && el !== body && level < MAX_LEAD_LEVELS; level++) {
    const parent: Element | null = el.parentElement;
    if (!parent) break;
    if (leadBefore(index, el)) kept = parent;
    el = parent;
  }
  return kept === body ? null : kept;
}

/** How many levels above the region a lead paragraph beside it is looked for. */
const MAX_LEAD_LEVELS = 3;
/** A lead paragraph holds this many letters, few of them in links. */
const MIN_LEAD_LETTERS = 100;
const MAX_LEAD_LINK_SHARE = 0.3;
/** A section before the story's box holds its opening when most of its text is paragraphs (not a box of product cards). */
const MIN_LEAD_PROSE_SHARE = 0.6;

/** What a box of text alone does not hold. */
const BLOCKS = 'p, div, section, article, ul, ol, table, h1, h2, h3, h4, h5, h6, blockquote, pre, form';

/**
 * The block just before `el` (past empty ones) is a paragraph of prose: a `<p>`, or a `<div>` of text
 * alone (the introduction under a headline and a date, WCXB 4249).
 */
function leadBefore(index: PageIndex, el: Element): boolean {
  let s = el.previousElementSibling;
  while (s && index.size(s).letters === 0) s = s.previousElementSibling;
  if (!s || index.linkShare(s) > MAX_LEAD_LINK_SHARE) return false;
  if (s.tagName === 'P' || (s.tagName === 'DIV' && !s.querySelector(BLOCKS)))
    return index.size(s).letters >= MIN_LEAD_LETTERS;
  // A section of the same page builder, printed like the one that holds the rest, holding the
  // story's opening paragraphs under its title (WCXB 4182: `section.cmp-section` after `section.cmp-section`).
  const { paragraphChars, chars } = index.size(s);
  return alike(s, el) && paragraphChars >= MIN_LEAD_LETTERS && paragraphChars >= chars * MIN_LEAD_PROSE_SHARE;
}

/** Letters of prose outside <p>s and links in a block before the region that make it the story's. */
const MIN_LOOSE_PROSE = 800;
/** …with few of its letters in links (a menu, an archive list of a blog's side column is far above). */
const MAX_LOOSE_LINK_SHARE = 0.3;

/**
 * A block before `el`, beside it, holds prose written outside <p>s (a blog post in <div>s and <br>s)
 * while `el` holds the paragraphs: `el` is what follows the story (its comments, in <p>s), not the story.
 * Blogger prints the post body as text and <br>s and each comment in a <p> (WCXB 4456).
 */
function storyBefore(index: PageIndex, el: Element): boolean {
  for (let s = el.previousElementSibling; s; s = s.previousElementSibling) {
    const size = index.size(s);
    // Cheap rejections first: the index's upper bound of letters outside <p>s and links.
    const bound =
      size.letters - size.linkLetters - (size.paragraphChars * size.letters) / Math.max(1, size.chars);
    if (bound < MIN_LOOSE_PROSE || index.linkShare(s) > MAX_LOOSE_LINK_SHARE) continue;
    if (looseProse(s) >= MIN_LOOSE_PROSE) {
      return true;
    }
  }
  return false;
}

/** Not prose of the story wherever it stands: menus, side notes, headers, forms, what is not shown. */
const NOT_LOOSE = new Set([
  'P',
  'A',
  'NAV',
  'ASIDE',
  'HEADER',
  'FOOTER',
  'FORM',
  'BUTTON',
  'SELECT',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
]);

/** Letters and digits of `el` outside <p>s, links and the blocks above. */
function looseProse(el: Element): number {
  return lettersOutside(el, NOT_LOOSE);
}

/** Letters outside links under the headline's part of the page that make it the story's (a summary). */
const MIN_HEADLINE_PROSE = 400;

/**
 * Takes out of the page everything beside the path from the body down to the region: returns how many
 * elements were taken out. The head (title, metadata) is untouched.
 */
export function keepOnly(region: Element, body: Element): number {
  let removed = 0;
  for (let el: Element = region; el !== body; ) {
    const parent = el.parentElement;
    if (!parent) break;
    for (let sibling = parent.firstElementChild; sibling; ) {
      const next: Element | null = sibling.nextElementSibling;
      if (sibling !== el) {
        sibling.remove();
        removed++;
      }
      sibling = next;
    }
    el = parent;
  }
  return removed;
}
