/**
 * The page index: everything the filters measure, computed once per stage in one iterative pass over
 * the tree (a 5,000-level page must not overflow the stack), and shared by every filter of the stage.
 *
 * For every element under the root: its text size, the share of its letters inside links, its links,
 * the paragraph text inside it, and a fingerprint of its letters and digits (two copies of a block get
 * the same key however they are spaced or nested). Also the leaf blocks, in document order.
 *
 * Filters remove elements while the stage runs; the index is not updated, so a size is an upper bound
 * of what is left. That is what a filter needs to skip an element cheaply; the runner's `isGone` says
 * whether an element is still there.
 */

import { isPlainText } from './text';

/** Text inside these is never what a reader sees. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'SVG', 'MATH']);

export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'UL',
]);

/**
 * The one definition of "mostly links": at least this share of a block's letters and digits sit
 * inside links. Menus, lists of other stories and link farms are above it; prose with citations is
 * far below (a paragraph with three linked names is about 0.1).
 */
export const MOSTLY_LINKS = 0.6;
/** Nearly all of a block's letters inside links: a menu, a table of contents. */
export const ALMOST_ALL_LINKS = 0.8;

export interface Size {
  /** Characters of text, raw (spaces included). */
  chars: number;
  /** Letters and digits. */
  letters: number;
  /** Letters and digits inside links. */
  linkLetters: number;
  /** Links with an href. */
  links: number;
  /** Characters of text inside <p> elements. */
  paragraphChars: number;
}

const NO_SIZE: Size = { chars: 0, letters: 0, linkLetters: 0, links: 0, paragraphChars: 0 };

/**
 * Two polynomial hashes modulo 2^32 (different bases) of the letters and digits, with the matching
 * powers of the bases, so the hash of a concatenation comes from its parts: h(ab) = h(a)·B^|b| + h(b).
 * The walk below keeps them as plain numbers on each element's record and combines them in place: no
 * object per text node.
 */
const B1 = 131;
const B2 = 1_000_003;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The hash of the last text hashed (scratch, so hashing allocates nothing). */
let th1 = 0;
let th2 = 0;
let tp1 = 1;
let tp2 = 1;
let tlen = 0;

/** Whether a code unit below 0x10000 is a letter or digit: 0 not asked yet, 1 yes, 2 no. */
const WORD_UNITS = new Uint8Array(0x10000);

function isWordChar(cp: number): boolean {
  if (cp > 0xffff) return WORD_CHAR.test(String.fromCodePoint(cp));
  let known = WORD_UNITS[cp];
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(cp)) ? 1 : 2;
    WORD_UNITS[cp] = known;
  }
  return known === 1;
}

/** base^n modulo 2^32, by squaring (a text's power is computed once, not multiplied in per letter). */
function power(base: number, n: number): number {
  let result = 1;
  let b = base;
  for (let e = n; e > 0; e >>>= 1) {
    if (e & 1) result = Math.imul(result, b);
    b = Math.imul(b, b);
  }
  return result;
}

/** Hashes a text's letters and digits, lower-cased and NFKC-normalized, into the scratch fields. */
function hashInto(raw: string): void {
  // Plain text (ASCII and typography) normalizes to the same letters: it is read as it is.
  const text = isPlainText(raw) ? raw : raw.normalize('NFKC').toLowerCase();
  let h1 = 0;
  let h2 = 0;
  let len = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    let code = text.charCodeAt(i);
    if (code < 128) {
      if (code >= 65 && code <= 90)
        code += 32; // A-Z → a-z
      else if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57))) continue;
    } else {
      const cp = text.codePointAt(i) ?? code;
      if (cp > 0xffff) i++;
      if (!isWordChar(cp)) continue;
      code = cp;
    }
    h1 = (Math.imul(h1, B1) + code) | 0;
    h2 = (Math.imul(h2, B2) + code) | 0;
    len++;
  }
  th1 = h1;
  th2 = h2;
  tp1 = len === 0 ? 1 : power(B1, len);
  tp2 = len === 0 ? 1 : power(B2, len);
  tlen = len;
}

/** A text's hash as hashInto leaves it in the scratch fields: len, h1, h2, p1, p2. */
type TextHash = readonly [number, number, number, number, number];

/**
 * Hashes of texts already read, shared by the indexes of one reading: the page's text nodes are hashed
 * again in copy-story's copy and in Readability's article (the same strings), and most pages repeat
 * the same few texts (the indentation between tags, "Share", "Reply") hundreds of times. Looking a
 * text up costs a fraction of reading it letter by letter.
 */
export type TextHashes = Map<string, TextHash>;

/** Texts a cache holds at most: past it, a page's further texts are read each time (its memory stays bounded). */
const MAX_CACHED_TEXTS = 100_000;

/** hashInto through the cache. */
function hashCached(raw: string, cache: TextHashes): void {
  const known = cache.get(raw);
  if (known) {
    tlen = known[0];
    th1 = known[1];
    th2 = known[2];
    tp1 = known[3];
    tp2 = known[4];
    return;
  }
  hashInto(raw);
  if (cache.size < MAX_CACHED_TEXTS) cache.set(raw, [tlen, th1, th2, tp1, tp2]);
}

function keyOf(len: number, h1: number, h2: number): string {
  return `${len}:${h1 >>> 0}:${h2 >>> 0}`;
}

/** The fingerprint key of any text: equal to the index's key of an element with that text. */
export function textKey(text: string): string {
  hashInto(text);
  return keyOf(tlen, th1, th2);
}

export interface PageIndex {
  readonly root: Element;
  size(el: Element): Size;
  /** The fingerprint of the element's letters and digits; '' when it has none. */
  key(el: Element): string;
  /** Letters and digits inside links, as a share of all of them (0 without text). */
  linkShare(el: Element): number;
  /** At least MOSTLY_LINKS of the element's letters are inside links. */
  mostlyLinks(el: Element): boolean;
  /**
   * The innermost blocks, in document order: paragraphs, list items, headings, quotes, and divs that
   * hold text with no block inside them; never inside a table or a <pre>.
   */
  leafBlocks(): readonly Element[];
  /** Every element under the root (the root first), in document order, as measured. */
  elements(): readonly Element[];
  /** The upper-case tag name of each of elements(), at the same position (read once, in the pass). */
  tags(): readonly string[];
  /** Every element with this fingerprint, in document order (outermost wrappers first). */
  withKey(key: string): readonly Element[];
  /**
   * What the page prints more than once: the elements of each fingerprint held by two or more, with
   * the fingerprint, in the document order of each group's first element.
   */
  repeated(): readonly { key: string; all: readonly Element[] }[];
}

/** Called every few thousand nodes by long loops; throws when the time budget is spent. */
export type Tick = () => void;

const TICK_EVERY = 2048;

/** One element's measures; it is also its Size. */
interface Entry extends Size {
  h1: number;
  h2: number;
  p1: number;
  p2: number;
  len: number;
  /** Its position in document order (in elements()). */
  at: number;
  /** Its fingerprint as a string, once asked. */
  key: string | undefined;
}

function entry(links: number, at: number): Entry {
  return {
    chars: 0,
    letters: 0,
    linkLetters: 0,
    links,
    paragraphChars: 0,
    h1: 0,
    h2: 0,
    p1: 1,
    p2: 1,
    len: 0,
    at,
    key: undefined,
  };
}

/** Appends a hash (h1, h2, p1, p2, len) to the entry's own: h(ab) = h(a)·B^|b| + h(b). */
function append(e: Entry, h1: number, h2: number, p1: number, p2: number, len: number): void {
  if (len === 0) return;
  e.h1 = (Math.imul(e.h1, p1) + h1) | 0;
  e.h2 = (Math.imul(e.h2, p2) + h2) | 0;
  e.p1 = Math.imul(e.p1, p1);
  e.p2 = Math.imul(e.p2, p2);
  e.len += len;
}

/** Two entries with the same fingerprint (the same key). */
function samePrint(a: Entry, b: Entry): boolean {
  return a.len === b.len && a.h1 === b.h1 && a.h2 === b.h2;
}

/** A small-integer bucket for a fingerprint (a Map keyed by it stays fast); equal prints share one. */
function bucketOf(len: number, h1: number): number {
  return (h1 ^ Math.imul(len, 0x9e3779b1)) & 0x3fffffff;
}

/** One open element of the walk. Frames are reused by depth: the walk allocates one per level, not per element. */
type Frame = {
  el: Element;
  /** Its tag name, upper-case, read once. */
  tag: string;
  e: Entry;
  inLink: boolean;
  /** Inside a table or a <pre>: its blocks are not leaves on their own. */
  inTable: boolean;
  hasBlock: boolean;
  next: ChildNode | null;
};

/**
 * A table that lays out a page rather than holding data: it holds headings or other tables. Its
 * paragraphs are blocks of their own, found like any other (an older CMS that prints the whole story
 * in a layout table, WCXB 0341); a data table is one block.
 */
function layoutTable(table: Element): boolean {
  return table.querySelector('table, h1, h2, h3, h4, h5, h6') !== null;
}

export function buildIndex(root: Element, tick: Tick = () => {}, hashes: TextHashes = new Map()): PageIndex {
  const entries = new Map<Element, Entry>();
  const leaves: Element[] = [];
  /** Every element in document order (the walk meets parents before children), and its tag. */
  const order: Element[] = [root];
  const rootTag = root.tagName.toUpperCase();
  const tags: string[] = [rootTag];
  /** Each element's entry, at its position in order (read without a lookup by element). */
  const inOrder: Entry[] = [entry(0, 0)];
  const stack: Frame[] = [
    {
      el: root,
      tag: rootTag,
      e: inOrder[0] as Entry,
      inLink: rootTag === 'A',
      inTable: false,
      hasBlock: false,
      next: root.firstChild,
    },
  ];
  let depth = 1;
  let steps = 0;
  while (depth > 0) {
    if (++steps % TICK_EVERY === 0) tick();
    const frame = stack[depth - 1] as Frame;
    const child = frame.next;
    if (!child) {
      depth--;
      const { el, e, tag } = frame;
      entries.set(el, e);
      const isBlock = BLOCK_TAGS.has(tag);
      if (tag === 'P') e.paragraphChars = e.chars;
      if (isBlock && !frame.hasBlock && tag !== 'HR' && tag !== 'TABLE' && (!frame.inTable || tag === 'PRE'))
        if (el !== root) leaves.push(el);
      if (depth > 0) {
        const parent = stack[depth - 1] as Frame;
        const p = parent.e;
        p.chars += e.chars;
        p.letters += e.letters;
        p.linkLetters += e.linkLetters;
        p.links += e.links;
        p.paragraphChars += e.paragraphChars;
        append(p, e.h1, e.h2, e.p1, e.p2, e.len);
        if (isBlock || frame.hasBlock) parent.hasBlock = true;
      }
      continue;
    }
    frame.next = child.nextSibling;
    const type = child.nodeType;
    if (type === 3) {
      const value = child.nodeValue ?? '';
      hashCached(value, hashes);
      const e = frame.e;
      e.chars += value.length;
      e.letters += tlen;
      if (frame.inLink) e.linkLetters += tlen;
      append(e, th1, th2, tp1, tp2, tlen);
    } else if (type === 1) {
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP.has(tag)) continue;
      const e = entry(tag === 'A' && el.hasAttribute('href') ? 1 : 0, order.length);
      order.push(el);
      inOrder.push(e);
      tags.push(tag);
      const inLink = frame.inLink || tag === 'A';
      const inTable = frame.inTable || (tag === 'TABLE' && !layoutTable(el)) || tag === 'PRE';
      const next = el.firstChild;
      const reuse = stack[depth];
      if (reuse) {
        reuse.el = el;
        reuse.tag = tag;
        reuse.e = e;
        reuse.inLink = inLink;
        reuse.inTable = inTable;
        reuse.hasBlock = false;
        reuse.next = next;
      } else stack.push({ el, tag, e, inLink, inTable, hasBlock: false, next });
      depth++;
    }
  }

  const size = (el: Element): Size => entries.get(el) ?? NO_SIZE;
  /** Elements with text by bucket of their fingerprint, in document order; built when first asked. */
  let buckets: Map<number, Entry[]> | null = null;
  const bucketed = () => {
    if (!buckets) {
      buckets = new Map();
      for (const e of inOrder) {
        if (e.len === 0) continue;
        const b = bucketOf(e.len, e.h1);
        const list = buckets.get(b);
        if (list) list.push(e);
        else buckets.set(b, [e]);
      }
    }
    return buckets;
  };
  /** withKey's answers by fingerprint (the index is not updated as elements are removed: neither are they). */
  const found = new Map<string, Element[]>();
  const linkShare = (el: Element) => {
    const s = size(el);
    return s.letters === 0 ? 0 : s.linkLetters / s.letters;
  };
  return {
    root,
    size,
    key(el) {
      const e = entries.get(el);
      if (!e || e.len === 0) return '';
      // Asked again and again of the same elements (each removal, each wrapper test): built once.
      e.key ??= keyOf(e.len, e.h1, e.h2);
      return e.key;
    },
    linkShare,
    mostlyLinks: (el) => linkShare(el) >= MOSTLY_LINKS,
    leafBlocks: () => leaves,
    elements: () => order,
    tags: () => tags,
    withKey(key) {
      // Asked again of the same prints (each copy of a block, each side of a comparison): found once.
      let out = found.get(key);
      if (out) return out;
      // Read in place, not split into an array of strings: asked of every leaf block of two indexes.
      const a = key.indexOf(':');
      const b = key.indexOf(':', a + 1);
      const len = Number(key.slice(0, a));
      const h1 = Number(key.slice(a + 1, b));
      const h2 = Number(key.slice(b + 1));
      const list = len > 0 ? bucketed().get(bucketOf(len, h1 | 0)) : undefined;
      out = [];
      if (list)
        for (const e of list)
          if (e.len === len && e.h1 >>> 0 === h1 && e.h2 >>> 0 === h2) out.push(order[e.at] as Element);
      found.set(key, out);
      return out;
    },
    repeated() {
      const groups: { key: string; all: Element[]; at: number }[] = [];
      for (const list of bucketed().values()) {
        if (list.length < 2) continue;
        // Prints that only share a bucket are told apart by their whole fingerprint, compared as
        // numbers: a key string is made once per group, not for every element of every bucket.
        const heads: Entry[] = [];
        const members: Element[][] = [];
        for (const e of list) {
          let g = 0;
          while (g < heads.length && !samePrint(heads[g] as Entry, e)) g++;
          if (g === heads.length) {
            heads.push(e);
            members.push([order[e.at] as Element]);
          } else (members[g] as Element[]).push(order[e.at] as Element);
        }
        for (let g = 0; g < heads.length; g++) {
          const head = heads[g] as Entry;
          const all = members[g] as Element[];
          if (all.length < 2) continue;
          head.key ??= keyOf(head.len, head.h1, head.h2);
          groups.push({ key: head.key, all, at: head.at });
        }
      }
      return groups.sort((a, b) => a.at - b.at);
    },
  };
}
