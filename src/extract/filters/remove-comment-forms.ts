import { removeBlock } from '../removal';
import type { Filter, Removal } from '../types';

/**
 * Comment forms and newsletter sign-ups: "Leave a Reply … Your email address will not be published"
 * (seeds 000 and 003), the "Would love your thoughts, please comment" widget (seed 004). A form with
 * a text area or an e-mail field is never part of the story; the block around it goes when it holds
 * little else.
 */
const MAX_AROUND_CHARS = 400;

export const removeCommentForms: Filter = {
  id: 'remove-comment-forms',
  reason: 'a comment or sign-up form',
  stage: 'before-readability',
  apply({ root }) {
    const removals: Removal[] = [];
    for (const field of root.querySelectorAll('textarea, input[type="email"]')) {
      if (!root.contains(field)) continue;
      let block: Element = field.closest('form') ?? field;
      // Take the form's heading and notes with it while the surroundings are small.
      for (let parent = block.parentElement; parent && parent !== root; parent = parent.parentElement) {
        if ((parent.textContent ?? '').trim().length > MAX_AROUND_CHARS) break;
        block = parent;
      }
      removeBlock(block, this, removals);
    }
    return removals;
  },
};
