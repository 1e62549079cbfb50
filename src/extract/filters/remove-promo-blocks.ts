import { PROMO_LINES } from '../rules/phrases';
import { collapse } from '../text';
import type { Filter } from '../types';
import { matchesAny } from './lines';
import { isRelatedHeading } from './remove-related-lists';

/**
 * Promotions and notices that Readability keeps inside the story, found on the WCXB pages rather than
 * on the seeds: calls to action ("Subscribe", "Get a quote", "Join … to unlock"), newsletter boxes,
 * attribution and affiliate lines ("This story originally appeared in …", "Disclosure: … commission"),
 * cookie notices, comment headings ("12 Comments"), share labels, "Sponsored", "Related video: …", tag
 * and category lines, and a heading for other stories ("You might like") left alone once its list is
 * gone. Each block's whole text must match (PROMO_LINES), so prose that mentions the words stays.
 * Unlike remove-boilerplate-lines it looks inside a short container too: "Subscribe" next to "Sign in"
 * is two blocks, each tested on its own.
 */
const MAX_CHARS = 320;
/** A heading for other stories is removed alone only when it is a real label, not "More" or "Top". */
const MIN_HEADING_CHARS = 8;

export const removePromoBlocks: Filter = {
  id: 'remove-promo-blocks',
  why: 'calls to action, newsletter and cookie notices, affiliate and attribution lines are not the story',
  reason: 'boilerplate',
  stage: 'after-readability',
  apply(ctx) {
    const { index, root } = ctx;
    for (const el of index.elements()) {
      if (el === root || ctx.isGone(el)) continue;
      const size = index.size(el);
      if (size.letters === 0 || size.chars > MAX_CHARS * 2) continue;
      const text = collapse(el.textContent ?? '');
      if (!text || text.length > MAX_CHARS) continue;
      if (matchesAny(text, PROMO_LINES)) ctx.remove(el, 'promo-line');
      else if (
        text.length >= MIN_HEADING_CHARS &&
        text.length <= 60 &&
        /^H[1-6]$/.test(el.tagName.toUpperCase()) &&
        isRelatedHeading(text)
      )
        ctx.remove(el, 'orphan-related-heading', 'other-stories', { heading: text });
    }
  },
};
