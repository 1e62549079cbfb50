import { BOILERPLATE_LINES, HASHTAG_LINE } from '../rules/phrases';
import type { Filter } from '../types';
import { matchesAny, shortBlocks } from './lines';

/**
 * Lines that are never the story: "Source link" and "Read Entire Article" (their URL is kept as the
 * original source before this runs), hashtag lines (seed 003), "Be the first to get Breaking News",
 * "Install the Sky News app for free", "Follow our channel…" (seed 000), "Tags: …", "Leave a Reply".
 */
export const removeBoilerplateLines: Filter = {
  id: 'remove-boilerplate-lines',
  why: 'hashtag lines, "Read Entire Article", app and follow promos and tag lines are not the story',
  reason: 'boilerplate',
  stage: 'after-readability',
  apply(ctx) {
    for (const { el, text } of shortBlocks(ctx, 240)) {
      if (HASHTAG_LINE.test(text)) ctx.remove(el, 'hashtags');
      else if (matchesAny(text, BOILERPLATE_LINES)) ctx.remove(el, 'boilerplate-line');
    }
  },
};
