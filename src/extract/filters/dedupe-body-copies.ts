import { fingerprintText } from '../text';
import type { Filter } from '../types';

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
  why: 'some aggregators print the body twice, once run together as a single block',
  reason: 'duplicate',
  stage: 'after-readability',
  apply(ctx) {
    const blocks = ctx.index.leafBlocks();
    if (blocks.length > MAX_BLOCKS) return;
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
        ctx.remove(blocks[i] as Element, 'run-together-copy', 'duplicate', { paragraphs: parts });
        prints[i] = '';
      }
    }
  },
};
