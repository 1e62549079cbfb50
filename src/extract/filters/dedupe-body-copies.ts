import { removeBlock } from '../removal';
import { fingerprintText } from '../text';
import type { Filter, Removal } from '../types';
import { leafBlocks } from './blocks';

/**
 * The body printed twice, once run together as a single block and once as proper paragraphs (seed 003:
 * "…deterring war with China.In remarks before a meeting…" and then the same sentences one paragraph
 * each). A long block made mostly of other paragraphs of the same article is the badly formed copy.
 */
const MIN_COPY_CHARS = 200;
const MIN_PART_CHARS = 30;
const COVERED = 0.6;
const MAX_BLOCKS = 3000;

export const dedupeBodyCopies: Filter = {
  id: 'dedupe-body-copies',
  reason: 'a second copy of the article body, run together',
  stage: 'after-readability',
  apply({ root }) {
    const removals: Removal[] = [];
    const blocks = leafBlocks(root);
    if (blocks.length > MAX_BLOCKS) return removals;
    const prints = blocks.map((el) => fingerprintText(el.textContent ?? ''));
    for (let i = 0; i < blocks.length; i++) {
      const whole = prints[i] as string;
      if (whole.length < MIN_COPY_CHARS) continue;
      let covered = 0;
      let parts = 0;
      for (let j = 0; j < blocks.length; j++) {
        const part = prints[j] as string;
        if (j === i || part.length < MIN_PART_CHARS || part.length >= whole.length) continue;
        if (whole.includes(part)) {
          covered += part.length;
          parts++;
        }
      }
      if (parts >= 2 && covered >= whole.length * COVERED) {
        removeBlock(
          blocks[i] as Element,
          this,
          removals,
          `the body again, run together (${parts} paragraphs)`,
        );
        prints[i] = '';
      }
    }
    return removals;
  },
};
