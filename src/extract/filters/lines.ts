import { alternation, collapse, countLetters } from '../text';
import type { FilterContext } from '../types';

/**
 * Visits the outermost elements whose whole text is short, in document order, without descending into
 * an element that was removed. Filters that match whole lines against a phrase table use it.
 */
export function* shortBlocks(ctx: FilterContext, maxChars: number): Generator<{ el: Element; text: string }> {
  const { root, index } = ctx;
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
  let node = walker.nextNode() as Element | null;
  while (node) {
    // Sizes from the index: an element with much more text is skipped without reading it.
    if (index.size(node).chars <= maxChars * 2) {
      const text = collapse(node.textContent ?? '');
      if (text && text.length <= maxChars) {
        const next = nextOutside(walker, node);
        yield { el: node, text };
        node = next;
        continue;
      }
    }
    node = walker.nextNode() as Element | null;
  }
}

/**
 * How much of the article's text stands on one side of the element: its siblings' and its ancestors'
 * siblings', up to the root. Elements are measured by the index (letters and digits, or characters);
 * text between them is read. Counting stops once past `cap`.
 */
export function textBeside(
  ctx: FilterContext,
  el: Element,
  side: 'before' | 'after',
  measure: 'letters' | 'chars',
  cap = Number.POSITIVE_INFINITY,
): number {
  const step = side === 'before' ? 'previousSibling' : 'nextSibling';
  let n = 0;
  for (let node: Node | null = el; node && node !== ctx.root; node = node.parentNode) {
    for (let s = node[step]; s; s = s[step]) {
      if (s.nodeType === 1) n += ctx.index.size(s as Element)[measure];
      else if (s.nodeType === 3) n += measureText(s.nodeValue ?? '', measure);
      if (n > cap) return n;
    }
  }
  return n;
}

function measureText(text: string, measure: 'letters' | 'chars'): number {
  return measure === 'chars' ? collapse(text).length : countLetters(text);
}

/** The next element after node's subtree, taken before node may be removed. */
function nextOutside(walker: TreeWalker, node: Element): Element | null {
  walker.currentNode = node;
  const sibling = walker.nextSibling();
  if (sibling) return sibling as Element;
  for (let parent = walker.parentNode(); parent; parent = walker.parentNode()) {
    const next = walker.nextSibling();
    if (next) return next as Element;
  }
  return null;
}

/**
 * Lower case for matching phrase tables, of the same length as the text: Turkish "İ" lower-cases to "i"
 * plus a combining dot, which would keep "İLGİNİZİ ÇEKEBİLİR" from matching "ilginizi çekebilir".
 */
export function lower(text: string): string {
  return text.toLowerCase().replace(/\u0307/g, '');
}

export function matchesAny(text: string, patterns: readonly RegExp[]): boolean {
  const t = lower(text);
  return alternation(patterns).some((re) => re.test(t));
}

/**
 * matchesAny for one filter's pass, remembering each text's answer: a block and the wrappers around it
 * (a `<p>` holding one `<span>`) have the same text, and the phrase tables are the costly part.
 */
export function phraseTest(patterns: readonly RegExp[]): (text: string) => boolean {
  const known = new Map<string, boolean>();
  return (text) => {
    let found = known.get(text);
    if (found === undefined) {
      found = matchesAny(text, patterns);
      known.set(text, found);
    }
    return found;
  };
}

/**
 * Elements of the index with one of these tags, in document order, skipping those already removed.
 * `worth` (the index's sizes, say) is asked before the DOM's ancestor test that says an element is
 * gone: most elements fail it, and are never looked up in the DOM.
 */
export function* elementsOf(
  ctx: FilterContext,
  tags: ReadonlySet<string>,
  worth: (el: Element) => boolean = () => true,
): Generator<Element> {
  const { index, root } = ctx;
  const all = index.elements();
  const names = index.tags();
  for (let i = 0; i < all.length; i++) {
    const el = all[i] as Element;
    if (el !== root && tags.has(names[i] as string) && worth(el) && !ctx.isGone(el)) yield el;
  }
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const NOTHING: ReadonlySet<string> = new Set();

/**
 * The text without what stands around it: from the start, the characters up to the first letter, digit
 * or one of `opens`; from the end, those after the last letter, digit or one of `ends`. By code point,
 * as `/^[^\p{L}\p{N}…]+|[^\p{L}\p{N}…]+$/gu` would strip them, in a twentieth of its time (the
 * expression is tried at every position of the text).
 */
export function trimAround(text: string, opens = NOTHING, ends = NOTHING): string {
  let start = 0;
  while (start < text.length) {
    const ch = String.fromCodePoint(text.codePointAt(start) as number);
    if (opens.has(ch) || LETTER_OR_DIGIT.test(ch)) break;
    start += ch.length;
  }
  let end = text.length;
  while (end > start) {
    let i = end - 1;
    const low = text.charCodeAt(i);
    if (low >= 0xdc00 && low <= 0xdfff && i > start) {
      const high = text.charCodeAt(i - 1);
      if (high >= 0xd800 && high <= 0xdbff) i--;
    }
    const ch = String.fromCodePoint(text.codePointAt(i) as number);
    if (ends.has(ch) || LETTER_OR_DIGIT.test(ch)) break;
    end = i;
  }
  return start === 0 && end === text.length ? text : text.slice(start, end);
}
