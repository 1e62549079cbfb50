import type { Filter } from '../types';

/**
 * Comment forms and newsletter sign-ups: "Leave a Reply … Your email address will not be published"
 * (seeds 000 and 003), the "Would love your thoughts, please comment" widget (seed 004). A form with
 * a text area or an e-mail field is never part of the story; the block around it goes when it holds
 * little else. Runs after Readability: removed before it, a comment form changes which block
 * Readability picks (on firefox-nightly-blog it then drops half the page), so it is taken out of the
 * article instead, together with any form Readability left.
 */
const MAX_AROUND_CHARS = 160;
/**
 * A comment or sign-up form is labels and a note or two. A form with more text than this wraps content:
 * forum software puts the whole thread inside one (inline moderation; WCXB 0517, 0544, 0520 lost every
 * post), so only the fields inside it go, never the form.
 */
const MAX_FORM_CHARS = 1500;

export const removeCommentForms: Filter = {
  id: 'remove-comment-forms',
  why: 'comment and sign-up forms are not part of the story',
  reason: 'comment-form',
  stage: 'after-readability',
  apply(ctx) {
    const { root } = ctx;
    for (const field of root.querySelectorAll('form, textarea, input[type="email"]')) {
      if (ctx.isGone(field)) continue;
      const form = field.closest('form');
      const wraps = !!form && (form.textContent ?? '').length > MAX_FORM_CHARS;
      if (wraps && field === form) continue;
      let block: Element = (wraps ? null : form) ?? field;
      // Take the form's heading and notes with it while the surroundings are small.
      for (let parent = block.parentElement; parent && parent !== root; parent = parent.parentElement) {
        if ((parent.textContent ?? '').trim().length > MAX_AROUND_CHARS) break;
        block = parent;
      }
      ctx.remove(block, 'form');
    }
  },
};
