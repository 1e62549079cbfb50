import { textKey } from '../page-index';
import type { Filter } from '../types';

/**
 * Paragraphs printed twice inside the article, and the headline repeated inside the body (seed 003
 * prints its headline three times; the popup already shows it once above the body).
 */
const MIN_CHARS = 20;
const MIN_RUN = 2;
/**
 * A run of copies is the body printed again when it holds this many letters. Short lines that come
 * back in every entry of a schedule or a spec sheet ("Warm up: 10-20 minutes of easy jogging", "Light:
 * headlight, taillight") are the entries' own (WCXB 4116, 4277).
 */
const MIN_RUN_LETTERS = 200;

export const dedupeParagraphs: Filter = {
  id: 'dedupe-paragraphs',
  why: 'a paragraph printed twice in the body, or the headline printed again above the first paragraph',
  reason: 'duplicate',
  stage: 'after-readability',
  apply(ctx) {
    const { index } = ctx;
    const titleKey = textKey(ctx.title);
    const seen = new Set<string>();
    let previous = '';
    // A paragraph is a copy when its text came earlier, not right before it (a paragraph repeated
    // right after itself is deliberate). Copies go only in runs of two or more: the body printed again;
    // a lone repeated paragraph may be a pull quote or a refrain.
    let run: Element[] = [];
    const flush = () => {
      let letters = 0;
      for (const el of run) letters += index.size(el).letters;
      if (run.length >= MIN_RUN && letters >= MIN_RUN_LETTERS)
        for (const el of run) ctx.remove(el, 'paragraph-copy');
      run = [];
    };
    for (const el of index.leafBlocks()) {
      if (ctx.isGone(el)) continue;
      const print = index.key(el);
      if (print && print === titleKey) {
        ctx.remove(el, 'headline-copy');
        continue;
      }
      if (index.size(el).letters < MIN_CHARS) continue;
      if (seen.has(print) && print !== previous) run.push(el);
      else flush();
      seen.add(print);
      previous = print;
    }
    flush();
  },
};
