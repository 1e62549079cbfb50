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
const NON_ASCII = /[\u0080-\uffff]/;

/** The hash of the last text hashed (scratch, so hashing allocates nothing). */
let th1 = 0;
let th2 = 0;
let tp1 = 1;
let tp2 = 1;
let tlen = 0;

/** Hashes a text's letters and digits, lower-cased and NFKC-normalized, into the scratch fields. */
function hashInto(raw: string): void {
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
      if (cp > 0xffff) i++;
      if (!WORD_CHAR.test(String.fromCodePoint(cp))) continue;
      code = cp;
    }
    h1 = (Math.imul(h1, B1) + code) | 0;
    h2 = (Math.imul(h2, B2) + code) | 0;
    p1 = Math.imul(p1, B1);
    p2 = Math.imul(p2, B2);
    len++;
  }
  th1 = h1;
  th2 = h2;
  tp1 = p1;
  tp2 = p2;
  tlen = len;
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
  /** Every element with this fingerprint, in document order (outermost wrappers first). */
  withKey(key: string): readonly Element[];
  /** Elements grouped by fingerprint, for finding what the page prints more than once. */
  groups(): ReadonlyMap<string, readonly Element[]>;
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
}

function entry(links: number): Entry {
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

export function buildIndex(root: Element, tick: Tick = () => {}): PageIndex {
  const entries = new Map<Element, Entry>();
  const leaves: Element[] = [];
  /** Every element in document order (the walk meets parents before children). */
  const order: Element[] = [root];
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
  const rootTag = root.tagName.toUpperCase();
  const stack: Frame[] = [
    {
      el: root,
      tag: rootTag,
      e: entry(0),
      inLink: rootTag === 'A',
      inTable: false,
      hasBlock: false,
      next: root.firstChild,
    },
  ];
  let steps = 0;
  while (stack.length > 0) {
    if (++steps % TICK_EVERY === 0) tick();
    const frame = stack[stack.length - 1] as Frame;
    const child = frame.next;
    if (!child) {
      stack.pop();
      const { el, e, tag } = frame;
      entries.set(el, e);
      const isBlock = BLOCK_TAGS.has(tag);
      if (tag === 'P') e.paragraphChars = e.chars;
      if (isBlock && !frame.hasBlock && tag !== 'HR' && tag !== 'TABLE' && (!frame.inTable || tag === 'PRE'))
        if (el !== root) leaves.push(el);
      const parent = stack[stack.length - 1];
      if (parent) {
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
    if (child.nodeType === 3) {
      const value = child.nodeValue ?? '';
      hashInto(value);
      const e = frame.e;
      e.chars += value.length;
      e.letters += tlen;
      if (frame.inLink) e.linkLetters += tlen;
      append(e, th1, th2, tp1, tp2, tlen);
    } else if (child.nodeType === 1) {
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP.has(tag)) continue;
      order.push(el);
      stack.push({
        el,
        tag,
        e: entry(tag === 'A' && el.hasAttribute('href') ? 1 : 0),
        inLink: frame.inLink || tag === 'A',
        inTable: frame.inTable || tag === 'TABLE' || tag === 'PRE',
        hasBlock: false,
        next: el.firstChild,
      });
    }
  }

  const size = (el: Element): Size => entries.get(el) ?? NO_SIZE;
  let byKey: Map<string, Element[]> | null = null;
  const groups = () => {
    if (!byKey) {
      byKey = new Map();
      for (const el of order) {
        const e = entries.get(el) as Entry;
        if (e.len === 0) continue;
        const key = keyOf(e.len, e.h1, e.h2);
        const list = byKey.get(key);
        if (list) list.push(el);
        else byKey.set(key, [el]);
      }
    }
    return byKey;
  };
  const linkShare = (el: Element) => {
    const s = size(el);
    return s.letters === 0 ? 0 : s.linkLetters / s.letters;
  };
  return {
    root,
    size,
    key(el) {
      const e = entries.get(el);
      return e && e.len > 0 ? keyOf(e.len, e.h1, e.h2) : '';
    },
    linkShare,
    mostlyLinks: (el) => linkShare(el) >= MOSTLY_LINKS,
    leafBlocks: () => leaves,
    elements: () => order,
    withKey: (key) => groups().get(key) ?? [],
    groups,
  };
}
