import { removeBlock } from '../removal';
import { BLOCK_TAGS, linkDensity } from '../text';
import type { Filter, Removal } from '../types';

/**
 * Aggregator themes print the same block several times: seed 000 has "Related News" and "Browse by
 * Category" three times and the menu three times; seed 003 has the headline three times and the body
 * twice. A block whose text appears elsewhere on the page is not the story, or is a second copy of it.
 *
 * One linear pass: each element's fingerprint is a polynomial hash of its letters and digits, combined
 * from its children's hashes, so no element's text is ever read twice.
 */

const B1 = 131;
const B2 = 1_000_003;
/** Shorter repeats ("Home", "World", a date) are too common to mean anything. */
const MIN_CHARS = 24;
const MIN_LINKS_FOR_SHORT = 3;
/** Repeated prose longer than this is not judged before Readability. */
const MAX_PROSE_CHARS = 140;

/**
 * Two polynomial hashes modulo 2^32 (different bases) of the letters and digits, with the matching
 * powers of the bases, so the hash of a concatenation is computed from its parts: h(ab) = h(a)·B^|b| + h(b).
 */
interface Hash {
  h1: number;
  h2: number;
  p1: number;
  p2: number;
  len: number;
}

const EMPTY: Hash = { h1: 0, h2: 0, p1: 1, p2: 1, len: 0 };

function concat(a: Hash, b: Hash): Hash {
  if (a.len === 0) return b;
  if (b.len === 0) return a;
  return {
    h1: (Math.imul(a.h1, b.p1) + b.h1) | 0,
    h2: (Math.imul(a.h2, b.p2) + b.h2) | 0,
    p1: Math.imul(a.p1, b.p1),
    p2: Math.imul(a.p2, b.p2),
    len: a.len + b.len,
  };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const NON_ASCII = /[\u0080-\uffff]/;

function hashText(raw: string): Hash {
  const text = NON_ASCII.test(raw) ? raw.normalize('NFKC').toLowerCase() : raw;
  let h1 = 0;
  let h2 = 0;
  let p1 = 1;
  let p2 = 1;
  let len = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 128) {
      if (code >= 65 && code <= 90)
        code += 32; // A-Z → a-z
      else if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57))) continue;
    } else {
      const cp = text.codePointAt(i) ?? code;
      const ch = String.fromCodePoint(cp);
      if (cp > 0xffff) i++;
      if (!WORD_CHAR.test(ch)) continue;
      code = cp;
    }
    h1 = (Math.imul(h1, B1) + code) | 0;
    h2 = (Math.imul(h2, B2) + code) | 0;
    p1 = Math.imul(p1, B1);
    p2 = Math.imul(p2, B2);
    len++;
  }
  return { h1, h2, p1, p2, len };
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'SVG', 'MATH']);

/** Fingerprints every element under root, bottom-up, in one pass over the tree. */
export function fingerprintBlocks(root: Element): Map<Element, string> {
  const keys = new Map<Element, string>();
  // Iterative post-order walk: a 5,000-level page must not overflow the stack.
  type Frame = { el: Element; acc: Hash; next: ChildNode | null };
  const stack: Frame[] = [{ el: root, acc: EMPTY, next: root.firstChild }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    const child = frame.next;
    if (!child) {
      stack.pop();
      const { acc } = frame;
      if (acc.len > 0) keys.set(frame.el, `${acc.len}:${acc.h1}:${acc.h2}`);
      const parent = stack[stack.length - 1];
      if (parent) parent.acc = concat(parent.acc, acc);
      continue;
    }
    frame.next = child.nextSibling;
    if (child.nodeType === 3) frame.acc = concat(frame.acc, hashText(child.nodeValue ?? ''));
    else if (child.nodeType === 1 && !SKIP.has((child as Element).tagName.toUpperCase()))
      stack.push({ el: child as Element, acc: EMPTY, next: child.firstChild });
  }
  return keys;
}

export const removeRepeatedBlocks: Filter = {
  id: 'remove-repeated-blocks',
  reason: 'the same block is printed more than once on the page',
  stage: 'before-readability',
  apply({ root }) {
    const removals: Removal[] = [];
    const keys = fingerprintBlocks(root);
    const groups = new Map<string, Element[]>();
    for (const [el, key] of keys) {
      if (el === root || !BLOCK_TAGS.has(el.tagName.toUpperCase())) continue;
      // A wrapper whose parent holds the same text is the same block: keep only the outermost.
      const parent = el.parentElement;
      if (
        parent &&
        parent !== root &&
        keys.get(parent) === key &&
        BLOCK_TAGS.has(parent.tagName.toUpperCase())
      )
        continue;
      if (el.closest('table, pre, code')) continue;
      const list = groups.get(key);
      if (list) list.push(el);
      else groups.set(key, [el]);
    }
    for (const [key, copies] of groups) {
      if (copies.length < 2) continue;
      const chars = Number(key.slice(0, key.indexOf(':')));
      const first = copies[0] as Element;
      const links = first.querySelectorAll('a').length;
      if (chars < MIN_CHARS && links < MIN_LINKS_FOR_SHORT) continue;
      const connected = copies.filter((el) => root.contains(el));
      if (connected.length < 2) continue;
      if (linkDensity(first) >= 0.5 && links >= MIN_LINKS_FOR_SHORT) {
        // Menus and lists of other stories: every copy goes.
        for (const el of connected)
          removeBlock(el, this, removals, `link list printed ${connected.length} times on the page`);
        continue;
      }
      // Short text or a single link printed again elsewhere (the headline three times in seed 003, a
      // date, a caption, a story's title link in a sidebar): keep the copy in the richest surroundings. Long prose is left to the after-Readability filters,
      // which see the article; copies side by side in one container are the author's own repetition.
      if (chars > MAX_PROSE_CHARS) continue;
      const parent = connected[0]?.parentElement;
      if (connected.every((el) => el.parentElement === parent)) continue;
      const keep = bestCopy(connected);
      for (const el of connected)
        if (el !== keep)
          removeBlock(el, this, removals, `text printed ${connected.length} times on the page`);
    }
    return removals;
  },
};

/**
 * The copy to keep: the one with the most paragraphs inside it (a body printed as paragraphs beats the
 * same text run together), then the one standing among the most paragraph text (the headline inside
 * the article beats the one in a banner), then the first.
 */
function bestCopy(copies: Element[]): Element {
  let best = copies[0] as Element;
  let bestScore = -1;
  for (const el of copies) {
    let beside = 0;
    for (const sib of el.parentElement?.children ?? [])
      if (sib !== el && sib.tagName === 'P') beside += (sib.textContent ?? '').length;
    const inside = el.querySelectorAll('p').length;
    const score = (inside > 1 ? inside : 0) * 1e9 + beside;
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}
