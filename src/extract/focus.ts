import type { PageIndex } from './page-index';

/**
 * The part of the page the story can be in: the smallest element that still holds nearly all of the
 * page's paragraph text, and its parent, so that Readability still sees the story's neighbours (a lead
 * image, the headline block). Everything else (site header, side columns, footer) cannot hold the story
 * and would only cost Readability time to score. Measured from the page index, so it reads nothing again.
 */
const MIN_PAGE_PROSE = 2_000;
/** The share of the page's paragraph text the region must keep. */
const KEEP_SHARE = 0.9;

export function storyRegion(index: PageIndex, body: Element): Element | null {
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
    if (!best || bestChars < total * KEEP_SHARE) break;
    region = best;
  }
  if (region === body) return null;
  return region.parentElement === body ? null : region.parentElement;
}

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
