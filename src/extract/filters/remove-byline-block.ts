import { cleanByline } from '../metadata';
import { sameNames } from '../metadata/byline';
import { NAME_THEN_ROLE } from '../metadata/names';
import { moveChildren } from '../nodes';
import { BLOCK_TAGS } from '../page-index';
import { collapse, textOf } from '../text';
import type { Filter, FilterContext } from '../types';

/**
 * The attribute read-metadata puts on the block next to the headline it read the byline from ("By Jane
 * Doe · 4 June 2025 · 5 min read") and on the elements inside it: Readability rewraps blocks, so the
 * mark that survives may be on any of them. The header shows that byline and date; when Readability
 * keeps the block in the body, the reader would see it twice.
 */
export const BYLINE_MARK = 'data-sift-byline';

/**
 * Marks the byline block and every element in it. Text standing loose in the block is first wrapped
 * in a `<span>` of its own: Readability puts a `<div>`'s loose text into a new `<p>` and sets that `<p>`
 * in the `<div>`'s place, and the mark on the `<div>` was lost with it ("By Sam Okafor · June 2,
 * 2026" printed twice, under the headline and as the body's first line). Only a block of phrasing
 * content is wrapped: a block element inside a `<span>` is no markup a page would have.
 */
export function markBylineBlock(block: Element): void {
  let loose = false;
  for (let n = block.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 && (n.nodeValue ?? '').trim()) loose = true;
    else if (n.nodeType === 1 && BLOCK_TAGS.has((n as Element).tagName.toUpperCase())) {
      loose = false;
      break;
    }
  }
  if (loose) {
    const span = block.ownerDocument.createElement('span');
    moveChildren(block, span);
    block.append(span);
  }
  for (const el of [block, ...block.querySelectorAll('*')]) el.setAttribute(BYLINE_MARK, '');
}

/** A marked block longer than this holds more than the byline: it stays. */
const MAX_CHARS = 240;
/** Climbing from a mark, a wrapper that adds no more than this many characters is part of the byline. */
const WRAPPER_SLACK = 24;

export const removeBylineBlock: Filter = {
  id: 'remove-byline-block',
  why: 'the byline printed under the headline is shown in the header above the article',
  reason: 'byline',
  stage: 'after-readability',
  apply(ctx) {
    const marked = [...ctx.root.querySelectorAll(`[${BYLINE_MARK}]`)];
    for (const el of marked) el.removeAttribute(BYLINE_MARK);
    const outermost = marked.filter((el) => !marked.some((o) => o !== el && o.contains(el)));
    for (let el of outermost) {
      if (ctx.isGone(el)) continue;
      const own = textOf(el).length;
      if (own === 0 || own > MAX_CHARS) continue;
      while (
        el.parentElement &&
        el.parentElement !== ctx.root &&
        textOf(el.parentElement).length <= own + WRAPPER_SLACK
      )
        el = el.parentElement;
      ctx.remove(el, 'byline-block');
    }
    removeSignOff(ctx);
  },
};

/** An e-mail address written out. */
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
/** A sign-off is a short line; only the last few blocks of the article are read. */
const SIGN_OFF_CHARS = 120;
const LAST_BLOCKS = 3;

/**
 * The reporter's sign-off closing the story in Korean, Japanese and Chinese news: the header's byline
 * again, with the role after the name and an e-mail address ("김서연 기자 (seoyeon@hanbitnews.example)",
 * held-out agg-ko-wonmun). Not an English one: WCXB 4498's truth keeps ". . . Brent Butterworth ·
 * brentb@…" closing a review, and a closing name without an address stays everywhere.
 */
function removeSignOff(ctx: FilterContext): void {
  if (!ctx.byline) return;
  const blocks = ctx.index.leafBlocks();
  for (let i = blocks.length - 1, seen = 0; i >= 0 && seen < LAST_BLOCKS; i--) {
    const el = blocks[i] as Element;
    if (ctx.isGone(el)) continue;
    seen++;
    const text = textOf(el);
    const email = EMAIL.exec(text)?.[0];
    if (!email || text.length > SIGN_OFF_CHARS) continue;
    const line = collapse(text.replace(email, ' ').replace(/[()<>[\]·|,:;=–—-]+/g, ' '));
    if (!NAME_THEN_ROLE.test(line)) continue;
    const name = cleanByline(line);
    if (name && sameNames(name, ctx.byline)) ctx.remove(el, 'sign-off');
  }
}
