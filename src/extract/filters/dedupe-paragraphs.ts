import { removeBlock } from '../removal';
import { fingerprintText } from '../text';
import type { Filter, Removal } from '../types';
import { leafBlocks } from './blocks';

/**
 * Paragraphs printed twice inside the article, and the headline repeated inside the body (seed 003
 * prints its headline three times; the popup already shows it once above the body).
 */
const MIN_CHARS = 20;

export const dedupeParagraphs: Filter = {
  id: 'dedupe-paragraphs',
  reason: 'a paragraph or the headline printed again',
  stage: 'after-readability',
  apply({ root, title }) {
    const removals: Removal[] = [];
    const titlePrint = fingerprintText(title);
    const seen = new Set<string>();
    for (const el of leafBlocks(root)) {
      if (!root.contains(el)) continue;
      const print = fingerprintText(el.textContent ?? '');
      if (print.length < MIN_CHARS) continue;
      if (print === titlePrint) {
        removeBlock(el, this, removals, 'the headline, repeated in the body');
      } else if (seen.has(print)) {
        removeBlock(el, this, removals, 'a paragraph printed twice');
      } else {
        seen.add(print);
      }
    }
    return removals;
  },
};
