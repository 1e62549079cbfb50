import { BLOCK_TAGS } from '../page-index';
import type { Filter, FilterContext } from '../types';

/**
 * Aggregator themes print the same block several times: seed 000 has "Related News" and "Browse by
 * Category" three times and the menu three times; seed 003 has the headline three times and the body
 * twice. A block whose text appears elsewhere on the page is not the story, or is a second copy of it.
 * The page index fingerprints every element once; this filter only groups equal fingerprints.
 */

/** Shorter repeats ("Home", "World", a date) are too common to mean anything. */
const MIN_LETTERS = 24;
const MIN_LINKS_FOR_SHORT = 3;
/** Repeated prose longer than this is not judged before Readability. */
const MAX_PROSE_CHARS = 140;

export const removeRepeatedBlocks: Filter = {
  id: 'remove-repeated-blocks',
  why: 'aggregators print the same menu, teaser list and headline several times on one page',
  reason: 'printed-again',
  stage: 'before-readability',
  apply(ctx) {
    const { index } = ctx;
    for (const { key, all } of index.repeated()) {
      if (all.length < 2) continue;
      // The selector test last, and only for a group that still has two copies: most groups are one
      // block and the wrappers around it.
      const blocks = all.filter((el) => isOutermostBlock(ctx, el, key));
      if (blocks.length < 2) continue;
      const copies = blocks.filter((el) => !el.closest('table, pre, code'));
      if (copies.length < 2) continue;
      const first = copies[0] as Element;
      const size = index.size(first);
      if (size.letters < MIN_LETTERS && size.links < MIN_LINKS_FOR_SHORT) continue;
      const connected = copies.filter((el) => !ctx.isGone(el));
      if (connected.length < 2) continue;
      const times = connected.length;
      if (index.mostlyLinks(first) && size.links >= MIN_LINKS_FOR_SHORT) {
        // Menus and lists of other stories: every copy goes.
        for (const el of connected) ctx.remove(el, 'link-list-repeated', 'printed-again', { times });
        continue;
      }
      // Short text or a single link printed again elsewhere (the headline three times in seed 003, a
      // date, a caption, a story's title link in a sidebar): keep the copy in the richest surroundings.
      // Long prose is left to the after-Readability filters, which see the article; copies side by
      // side in one container are the author's own repetition.
      if (size.chars > MAX_PROSE_CHARS) continue;
      const parent = connected[0]?.parentElement;
      if (connected.every((el) => el.parentElement === parent)) continue;
      if (isLinePerSection(ctx, connected)) continue;
      const keep = bestCopy(ctx, connected);
      for (const el of connected)
        if (el !== keep) ctx.remove(el, 'text-repeated', 'printed-again', { times });
    }
  },
};

/** Words of a paragraph of the story's prose, standing between two copies of a line. */
const MIN_PROSE_WORDS = 30;

/**
 * The same words leading to a different page each time, with the story's prose between most two
 * copies: a line the author writes once per section ("Read my review of this property here." under
 * each of the 11 hotels of WCXB 0189), not a block printed again. A promo repeated between paragraphs
 * links to one place every time.
 */
function isLinePerSection(ctx: FilterContext, copies: Element[]): boolean {
  const targets = new Set<string>();
  for (const el of copies) {
    const links = el.querySelectorAll('a[href]');
    if (links.length !== 1) return false;
    targets.add(links[0]?.getAttribute('href') ?? '');
  }
  if (targets.size !== copies.length) return false;
  // Prose between most two copies, in their common container (a section may hold two items).
  let common: Element | null = copies[0]?.parentElement ?? null;
  while (common && !copies.every((el) => common?.contains(el))) common = common.parentElement;
  if (!common || common === ctx.root.parentElement) return false;
  const gaps = new Array<boolean>(copies.length - 1).fill(false);
  for (const p of common.querySelectorAll('p')) {
    if (ctx.isGone(p) || (p.textContent ?? '').split(/\s+/).length < MIN_PROSE_WORDS) continue;
    // The copies before this paragraph: it stands in the gap after the last of them.
    let before = 0;
    for (const el of copies) if (el.compareDocumentPosition(p) & 4) before++;
    if (before > 0 && before < copies.length) gaps[before - 1] = true;
  }
  return gaps.filter(Boolean).length * 2 >= gaps.length;
}

/** A block element that is not just a wrapper around a block with the same text (the caller leaves out tables). */
function isOutermostBlock(ctx: FilterContext, el: Element, key: string): boolean {
  if (el === ctx.root || !BLOCK_TAGS.has(el.tagName.toUpperCase())) return false;
  const parent = el.parentElement;
  return !(
    parent &&
    parent !== ctx.root &&
    BLOCK_TAGS.has(parent.tagName.toUpperCase()) &&
    ctx.index.key(parent) === key
  );
}

/**
 * The copy to keep: text over a link to it (a section's heading over its entry in a table of contents
 * or a sidebar, WCXB 4253), then the one with the most paragraphs inside it (a body printed as
 * paragraphs beats the same text run together), then the one standing among the most paragraph text
 * (the headline inside the article beats the one in a banner), then the first.
 */
function bestCopy(ctx: FilterContext, copies: Element[]): Element {
  const text = copies.filter((el) => !ctx.index.mostlyLinks(el));
  const among = text.length > 0 ? text : copies;
  let best = among[0] as Element;
  let bestScore = -1;
  for (const el of among) {
    let beside = 0;
    // Sibling links, not the live `children` collection (jsdom walks it again on every access).
    for (let sib = el.parentElement?.firstElementChild ?? null; sib; sib = sib.nextElementSibling)
      if (sib !== el && sib.tagName === 'P') beside += (sib.textContent ?? '').length;
    const inside = el.querySelectorAll('p').length;
    const score = (inside > 1 ? inside : 0) * 1e9 + beside;
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}
