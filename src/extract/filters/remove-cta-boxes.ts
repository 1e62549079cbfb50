import type { Filter } from '../types';

/**
 * The attribute mark-cta-boxes puts, before Readability, on a sign-up or sales box and everything in it.
 * Readability rewraps blocks, so the mark that survives may be on any of them.
 */
export const CTA_MARK = 'data-sift-cta';

/**
 * Takes out of the article what Readability kept of the sign-up and sales boxes mark-cta-boxes found
 * (WCXB 0111, 0233, 0113, 4091, 4114, 0390, 0468): the heading and the pitch, without their button.
 */
export const removeCtaBoxes: Filter = {
  id: 'remove-cta-boxes',
  why: 'sign-up and sales boxes inside the story are not the story',
  reason: 'boilerplate',
  stage: 'after-readability',
  apply(ctx) {
    const marked = [...ctx.root.querySelectorAll(`[${CTA_MARK}]`)];
    for (const el of marked) el.removeAttribute(CTA_MARK);
    // In document order: a box goes before the blocks inside it, which are then gone with it.
    for (const el of marked) if (!ctx.isGone(el)) ctx.remove(el, 'cta-box');
  },
};
