import { removeBlock } from '../removal';
import { BOILERPLATE_LINES, HASHTAG_LINE } from '../rules/phrases';
import type { Filter, Removal } from '../types';
import { matchesAny, shortBlocks } from './lines';

/**
 * Lines that are never the story: "Source link" and "Read Entire Article" (their URL is kept as the
 * original source before this runs), hashtag lines (seed 003), "Be the first to get Breaking News",
 * "Install the Sky News app for free", "Follow our channel…" (seed 000), "Tags: …", "Leave a Reply".
 */
export const removeBoilerplateLines: Filter = {
  id: 'remove-boilerplate-lines',
  reason: 'a boilerplate line: source link, hashtags, app or follow promo',
  stage: 'after-readability',
  apply({ root }) {
    const removals: Removal[] = [];
    for (const { el, text } of shortBlocks(root, 240)) {
      if (HASHTAG_LINE.test(text)) removeBlock(el, this, removals, 'a line of hashtags');
      else if (matchesAny(text, BOILERPLATE_LINES)) removeBlock(el, this, removals);
    }
    return removals;
  },
};
