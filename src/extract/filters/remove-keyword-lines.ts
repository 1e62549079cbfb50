import type { Filter, FilterContext } from '../types';
import { shortBlocks, textBeside } from './lines';

/**
 * The keyword line a summary site prints under the story: "Military Ukraine Russia Nato European Security
 * Defense Spending Us Priorities China" (seed 002), "Valais Glacier Evacuation Switzerland Flood". It is
 * plain text, not links and not hashtags, so neither the link rules nor the hashtag rule see it; to a
 * reader it is a line of words with no sentence in it, printed after the last paragraph.
 *
 * A line goes when all of this holds: it stands at the very end of the article (at most a word or
 * two after it); it is four to sixteen words, each starting with a capital letter or a
 * digit, with no sentence punctuation; it is not a heading, a caption, a list item or a table cell; and
 * at least two of its longer words are words of the title or the story, so it is about this story
 * (a sign-off such as "The Editorial Board" or a closing name is not). It runs after the filters that
 * take out what a summary page prints below the keywords ("Latest News, Headlines", the cookie line), so
 * that the line is last by the time it is judged.
 */
const MIN_WORDS = 4;
const MAX_WORDS = 16;
/**
 * Text allowed after the line: a closing "Share" or a date, not a sentence (WCXB 0401: a film's title
 * over the one line about it, "On Becoming A Guinea Fowl has a 100 percent rating …", is a subheading).
 */
const MAX_TRAILING_CHARS = 40;
/** Words of the line that must occur in the title or the story. */
const MIN_SHARED_WORDS = 2;
/** Shorter words ("Us", "New", "The") prove nothing about the topic. */
const MIN_SHARED_LENGTH = 4;

const KEYWORD = /^[\p{Lu}\p{N}][\p{L}\p{N}'’&-]*$/u;
/** A heading, caption, list or table is not a keyword line, nor is anything inside or around one. */
const NOT_A_LINE = 'h1, h2, h3, h4, h5, h6, figure, figcaption, caption, ul, ol, li, dl, table';

export const removeKeywordLines: Filter = {
  id: 'remove-keyword-lines',
  why: 'the line of topic keywords a summary site prints under the story is not part of it',
  reason: 'boilerplate',
  stage: 'after-readability',
  apply(ctx) {
    for (const { el, text } of shortBlocks(ctx, MAX_WORDS * 16)) {
      const words = keywordsOf(text);
      if (!words || el === ctx.root || el.closest(NOT_A_LINE) || el.querySelector(NOT_A_LINE)) continue;
      if (textBeside(ctx, el, 'after', 'chars', MAX_TRAILING_CHARS) > MAX_TRAILING_CHARS) continue;
      if (sharedWords(ctx, el, words) < MIN_SHARED_WORDS) continue;
      ctx.remove(el, 'keyword-line');
    }
  },
};

/** The line's words when it reads as a keyword line, otherwise null. */
function keywordsOf(text: string): string[] | null {
  const words = text.split(' ');
  if (words.length < MIN_WORDS || words.length > MAX_WORDS) return null;
  return words.every((w) => KEYWORD.test(w)) ? words : null;
}

/** How many of the line's longer words occur, as words, in the title or in the rest of the article. */
function sharedWords(ctx: FilterContext, el: Element, words: readonly string[]): number {
  const elsewhere = new Set(
    `${ctx.title} ${textOutside(ctx.root, el)}`
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );
  const shared = new Set(
    words.map((w) => w.toLowerCase()).filter((w) => w.length >= MIN_SHARED_LENGTH && elsewhere.has(w)),
  );
  return shared.size;
}

function textOutside(root: Element, el: Element): string {
  const parts: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (!el.contains(n)) parts.push(n.nodeValue ?? '');
  return parts.join(' ');
}
