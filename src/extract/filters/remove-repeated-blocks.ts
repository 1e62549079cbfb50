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

const P1 = 2147483647; // 2^31 - 1
const P2 = 2147483629;
const BASE = 131;
/** Shorter repeats ("Home", "World", a date) are too common to mean anything. */
const MIN_CHARS = 24;
const MIN_LINKS_FOR_SHORT = 3;
/** Repeated prose longer than this is not judged before Readability. */
const MAX_PROSE_CHARS = 140;

interface Hash {
  h1: number;
  h2: number;
  len: number;
}

const EMPTY: Hash = { h1: 0, h2: 0, len: 0 };

function mulmod(a: number, b: number, p: number): number {
  // Keeps every intermediate product below 2^53.
  return (((a * (b >>> 16)) % p) * 65536 + a * (b & 0xffff)) % p;
}

function powmod(base: number, exp: number, p: number): number {
  let result = 1;
  let b = base % p;
  let e = exp;
  while (e > 0) {
    if (e & 1) result = mulmod(result, b, p);
    b = mulmod(b, b, p);
    e = Math.floor(e / 2);
  }
  return result;
}

function concat(a: Hash, b: Hash): Hash {
  if (a.len === 0) return b;
  if (b.len === 0) return a;
  return {
    h1: (mulmod(a.h1, powmod(BASE, b.len, P1), P1) + b.h1) % P1,
    h2: (mulmod(a.h2, powmod(BASE, b.len, P2), P2) + b.h2) % P2,
    len: a.len + b.len,
  };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function hashText(text: string): Hash {
  let h1 = 0;
  let h2 = 0;
  let len = 0;
  for (const ch of text.normalize('NFKC').toLowerCase()) {
    if (!WORD_CHAR.test(ch)) continue;
    const code = ch.codePointAt(0) ?? 0;
    h1 = (mulmod(h1, BASE, P1) + code) % P1;
    h2 = (mulmod(h2, BASE, P2) + code) % P2;
    len++;
  }
  return { h1, h2, len };
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
