import { removeBlock } from '../removal';
import { fingerprintText } from '../text';
import type { Filter, Removal } from '../types';
import { leafBlocks } from './blocks';

/**
 * Paragraphs printed twice inside the article, and the headline repeated inside the body (seed 003
 * prints its headline three times; the popup already shows it once above the body).
 */
const MIN_CHARS = 20;
const MIN_RUN = 2;

export const dedupeParagraphs: Filter = {
  id: 'dedupe-paragraphs',
  reason: 'a paragraph or the headline printed again',
  stage: 'after-readability',
  apply({ root, title }) {
    const removals: Removal[] = [];
    const titlePrint = fingerprintText(title);
    const seen = new Set<string>();
    let previous = '';
    // A paragraph is a copy when its text came earlier, not right before it (a paragraph repeated
    // right after itself is deliberate). Copies go only in runs of two or more: the body printed again;
    // a lone repeated paragraph may be a pull quote or a refrain.
    let run: Element[] = [];
    const flush = () => {
      if (run.length >= MIN_RUN)
        for (const el of run) removeBlock(el, this, removals, 'a paragraph printed twice');
      run = [];
    };
    for (const el of leafBlocks(root)) {
      if (!root.contains(el)) continue;
      const print = fingerprintText(el.textContent ?? '');
      if (titlePrint && print === titlePrint) {
        removeBlock(el, this, removals, 'the headline, repeated in the body');
        continue;
      }
      if (print.length < MIN_CHARS) continue;
      if (seen.has(print) && print !== previous) run.push(el);
      else flush();
      seen.add(print);
      previous = print;
    }
    flush();
    return removals;
  },
};
