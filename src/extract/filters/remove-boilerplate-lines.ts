import { BOILERPLATE_LINES, HASHTAG_LINE } from '../rules/phrases';
import { textOf } from '../text';
import type { Filter } from '../types';
import { matchesAny, shortBlocks } from './lines';

/** A line of tags or categories printed as chips: at least this many, of a few words each. */
const MIN_CHIPS = 3;
const MAX_CHIP_WORDS = 5;
/** Chips are inline elements: tags as spans or links. */
const CHIPS = new Set(['SPAN', 'A']);
const WORD_EDGE = /[\p{L}\p{N}]/u;

/**
 * Tags or categories printed as chips, one element each with nothing between them: styled apart on
 * the page, run together as text ("Digital OrganizationOfficeOrganizingPapers", WCXB 4339; "wedding
 * planning checklistwedding budget12 month timeline", 4584). No sentence is written that way: words of
 * prose in separate elements keep a space or a mark between them.
 */
function isChipLine(el: Element): boolean {
  // Siblings are read one by one: spreading a live `children` of an article's 50,000 paragraphs costs
  // jsdom minutes (the hostile-page test went from 30 s to 550 s).
  const first = el.firstElementChild;
  if (!first || !CHIPS.has(first.tagName.toUpperCase())) return false;
  // Not even a space between them: chips set apart only by their style.
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && n.nodeValue) return false;
  let count = 0;
  let previous = '';
  for (let chip: Element | null = first; chip; chip = chip.nextElementSibling) {
    const raw = chip.textContent ?? '';
    const words = raw.split(/\s+/).filter(Boolean).length;
    if (chip.tagName !== first.tagName || words === 0 || words > MAX_CHIP_WORDS || raw !== raw.trim())
      return false;
    if (previous && !(WORD_EDGE.test(previous.slice(-1)) && WORD_EDGE.test(raw[0] ?? ''))) return false;
    previous = raw;
    count++;
  }
  return count >= MIN_CHIPS;
}

/** The chips' line with the wrappers that hold nothing else (the list item, the list). */
function lineOf(el: Element, root: Element): Element {
  let line = el;
  const text = textOf(el);
  while (line.parentElement && line.parentElement !== root && textOf(line.parentElement) === text)
    line = line.parentElement;
  return line;
}

/**
 * Lines that are never the story: "Source link" and "Read Entire Article" (their URL is kept as the
 * original source before this runs), hashtag lines (seed 003), "Be the first to get Breaking News",
 * "Install the Sky News app for free", "Follow our channel…" (seed 000), "Tags: …", "Leave a Reply", and tags printed as chips that run
 * together as text.
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
    for (const el of ctx.index.elements())
      if (!ctx.isGone(el) && isChipLine(el)) ctx.remove(lineOf(el, ctx.root), 'chip-line');
  },
};
