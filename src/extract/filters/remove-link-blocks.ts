import { ALMOST_ALL_LINKS } from '../page-index';
import type { Filter } from '../types';
import { elementsOf } from './lines';

/**
 * Menus, site maps, tag clouds and footers of links: a block with many links and almost no text of its
 * own, and no prose inside it. Readability usually drops them too, but only after scoring every node in
 * them; removed first, they cost nothing later, and the ones Readability would keep (a link list beside
 * a short article, on aggregator pages) do not reach the reader. By structure only: at least 8 links,
 * at least 0.8 of the block's letters inside links, and under 200 characters of paragraph text.
 * Fires on seed 000 (menus, "Browse by Category"), and on the WCXB pages' site menus and footers.
 */
const MIN_LINKS = 8;
const MAX_PROSE_CHARS = 200;
/**
 * Landmarks only. Removing link lists in the middle of the page (a "Navigator" strip of other stories
 * between two parts of citylab-1) changed which block Readability picks and cost half the article.
 */
const BLOCKS = new Set(['NAV', 'ASIDE', 'FOOTER', 'HEADER', 'MENU']);

export const removeLinkBlocks: Filter = {
  id: 'remove-link-blocks',
  why: 'menus, site maps and footers of links are not the story; removed first, Readability has less to score',
  reason: 'other-stories',
  stage: 'before-readability',
  apply(ctx) {
    const { index } = ctx;
    for (const el of elementsOf(ctx, BLOCKS)) {
      const size = index.size(el);
      if (size.links < MIN_LINKS || size.paragraphChars >= MAX_PROSE_CHARS) continue;
      if (size.letters === 0 || size.linkLetters / size.letters < ALMOST_ALL_LINKS) continue;
      ctx.remove(el, 'link-block');
    }
  },
};
