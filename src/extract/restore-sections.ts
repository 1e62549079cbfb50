import { absolutize } from './absolute-urls';
import { buildIndex, type PageIndex } from './page-index';
import { standingBlock } from './restore-kept';
import type { Step } from './runner';
import { alike } from './shape';
import { fingerprintText } from './text';

/**
 * Sections of the story Readability left out. Page builders print an article as a row of sibling
 * sections (`div.row`, `section.et_pb_row`, `div.builder-grid-row`, one per heading or per product), and
 * Readability keeps the one it scored highest with the few siblings that pass its score, or drops a
 * section whose class reads as clutter to it ("widget"): the reader gets a third of the story.
 *
 * Where the article stands in the page: the blocks it holds, found in the untouched page by their
 * fingerprints; the element that holds nearly all of them is Readability's container. Left-out sections
 * come back when they continue the same article:
 * - inside that container, a block Readability dropped that holds prose and none of the article;
 * - around it, at each level up, the siblings printed with the same structure as the element that holds
 *   the article (same tag, a class in common), read outwards until the first block that is not one.
 * A section must be prose (few of its letters in links), printed once on the page, not taken out by a
 * filter before Readability, not navigation, a form or a side column, and not the start of another story
 * (its own `<h1>` or `<article>`). Nothing changes unless the sections together are a real part of the
 * story: at least a quarter of what the article already holds. Each comes back in the page's order,
 * after the block the article holds just before it; the filters after Readability then clean it.
 *
 * `page` is the index of the page as Readability was given it (after the filters and focus-story);
 * `content` is Readability's article, `articleIndex` its index.
 */

/** A block shorter than this proves nothing about where the article is ("Share", a date). */
const MIN_HELD_LETTERS = 25;
/** The container is the deepest element holding this share of the article's blocks found in the page. */
const CORE_SHARE = 0.9;
/** How many levels above the container sibling sections are looked for. */
const MAX_LEVELS = 8;
/** A section holds at least this many letters… */
const MIN_SECTION_LETTERS = 80;
/** …at most this share of them inside links (a list of other stories is far above)… */
const MAX_LINK_SHARE = 0.3;
/** …and at least this much paragraph text, or twice as many letters (a list of steps, a table). */
const MIN_SECTION_PROSE = 80;
/** A list whose items are the story's sections holds at least this share of the page's paragraph text. */
const STORY_LIST_SHARE = 0.5;
/** A list item shorter than this is a menu's entry or a tag, not a sentence of the story. */
const MIN_ITEM_LETTERS = 40;
/** A list with a third of its items empty (at least three) is a gallery's or carousel's slots. */
const MIN_SLOTS = 3;
const SLOTS_SHARE = 3;
/** A picture the page sizes at most this many pixels a side is an icon. */
const MAX_ICON_SIDE = 48;
/** A block of more pictures than paragraphs is text with icons, not a gallery, from this many letters a picture. */
const MIN_LETTERS_PER_PICTURE = 250;
/** A block printed the same way that is not a section (a button, a link) is passed over below this. */
const MAX_PASSED_LETTERS = 200;
/** The sections together hold at least this share of the letters the article already holds. */
const MIN_GAIN_SHARE = 0.25;
const MIN_GAIN_LETTERS = 300;

/** Boxes a section is made of, read part by part when part of it is printed already. */
const WRAPPER = 'div, section, article';
/** Never the story's text: navigation, side columns, forms, dialogs, what a reader does not see. */
const NOT_STORY =
  'nav, aside, form, dialog, [role="navigation"], [role="complementary"], [role="contentinfo"], [role="dialog"], [hidden], [aria-hidden="true"]';
/** Comments the page declares as such (schema.org microdata), under a story or an answer (WCXB 1177). */
const DECLARED_COMMENT = '[itemtype$="schema.org/Comment"], [itemprop~="comment"]';
/**
 * Nor a section: the page's header or footer, a form's fields, or another story (its own headline). A
 * section may hold a `<header>` of its own (its heading); it is not one.
 */
const NOT_SECTION = `${NOT_STORY}, header, footer`;
const NOT_INSIDE_SECTION = `${NOT_STORY}, h1, article, input, select, textarea, ${DECLARED_COMMENT}`;
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without the Node global (pure module)
const PRECEDING = 2; // Node.DOCUMENT_POSITION_PRECEDING

export function restoreSections(page: PageIndex, content: Element, articleIndex: PageIndex): number {
  const { held, anchors } = heldBlocks(page, articleIndex);
  if (held.length === 0) return 0;
  const holds = new Map<Element, number>();
  for (const leaf of held) {
    const letters = page.size(leaf).letters;
    for (let el: Element | null = leaf; el && el !== page.root; el = el.parentElement)
      holds.set(el, (holds.get(el) ?? 0) + letters);
  }
  const container = core(page, held, holds);
  if (!container || container === page.root) return 0;

  const sections: Element[] = [];
  // The story's opening, printed like its first block: it comes back whatever its length.
  const opening: Element[] = [];
  const startOf = new Map<Element, Element>();
  const isSection = (el: Element) => section(page, el);
  // Inside the container: what Readability dropped from it between two blocks it kept (after the
  // last one, the story may be over: an author's box, the comments, the site's pitch).
  const first = held[0] as Element;
  const last = held[held.length - 1] as Element;
  const between = (el: Element) =>
    (first.compareDocumentPosition(el) & FOLLOWING) !== 0 &&
    (last.compareDocumentPosition(el) & PRECEDING) !== 0;
  const inside = (el: Element): void => {
    // The block that leads the article here: sections printed like it before it are the story's
    // opening (an introduction in a page builder's block of its own, WCXB 4598).
    let lead: Element | null = null;
    for (let child = el.firstElementChild; child && !lead; child = child.nextElementSibling)
      if (child.contains(first)) lead = child;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (holds.has(child)) inside(child);
      else if (between(child) && section(page, child, true)) sections.push(child);
      else if (
        lead &&
        (lead.compareDocumentPosition(child) & PRECEDING) !== 0 &&
        alike(child, lead) &&
        section(page, child, true)
      ) {
        opening.push(child);
        startOf.set(child, lead);
      }
    }
  };
  inside(container);
  // Around it: sections printed like the element that holds the article, read outwards.
  const pageProse = page.size(page.root).paragraphChars;
  let x: Element = container;
  for (let level = 0; level < MAX_LEVELS; level++) {
    const parent = x.parentElement;
    // An <article> or <main> is a whole story; a list item is one entry of a list (a comment), and its
    // siblings are other entries, not the rest of the story, unless the list is the story: it holds
    // most of the page's paragraph text (a ranking printed as an <ol>, one car per item: WCXB 4052).
    if (!parent || parent === page.root || x.matches('article, main')) break;
    const entry = x.matches('li, dd');
    if (entry && page.size(parent).paragraphChars < pageProse * STORY_LIST_SHARE) break;
    for (const step of ['nextElementSibling', 'previousElementSibling'] as const) {
      // A short block printed the same way (a section's heading alone) comes back between two sections.
      const short: Element[] = [];
      for (let s = x[step]; s; s = s[step]) {
        if (holds.has(s) || page.size(s).letters === 0) continue;
        if (!alike(s, x)) break;
        if (isSection(s) && !entryList(page, s)) {
          sections.push(...short, s);
          short.length = 0;
        } else if (isShort(page, s)) short.push(s);
        // An item of the story's list that is not a section (one that holds a box of other stories)
        // is passed over: the items after it are still the story's.
        else if (!entry && page.size(s).letters >= MAX_PASSED_LETTERS) break;
      }
    }
    x = parent;
  }
  const articleLetters = articleIndex.size(content).letters;

  let gain = 0;
  for (const s of sections) gain += page.size(s).letters;
  if (gain < MIN_GAIN_LETTERS || gain < articleLetters * MIN_GAIN_SHARE) sections.length = 0;
  sections.unshift(...opening);
  if (sections.length === 0) return 0;

  // Not already in the article, not even in part, under another shape (Readability splits and joins
  // blocks), nor in a section already taken: its paragraphs, tables and code each printed once.
  let print = fingerprintText(content.textContent ?? '');
  // A block every section prints (a "Compare deals" line under each car) says nothing of a copy.
  const parts = [...page.leafBlocks(), ...page.root.querySelectorAll('table, pre')].filter(
    (b) => page.size(b).letters >= MIN_HELD_LETTERS && printedOnce(page, b),
  );
  // By its start: a copy with other citation marks or captions inside is still a copy.
  const printed = (text: string) => print.includes(text.slice(0, MIN_HELD_LETTERS * 2));
  // Each block's fingerprint once: a section read part by part asks again for the blocks of each part.
  const prints = new Map<Element, string>();
  const printOf = (b: Element) => {
    let text = prints.get(b);
    if (text === undefined) {
      text = fingerprintText(b.textContent ?? '');
      prints.set(b, text);
    }
    return text;
  };
  const missing: Element[] = [];
  // A section that opens with what the article holds (a ranking under the heading Readability kept)
  // may hold more it dropped: its wrappers are read part by part, and the parts not printed come back.
  const take = (s: Element, depth: number): void => {
    const text = fingerprintText(s.textContent ?? '');
    // A part is text of its own, printed once: not a button's label, not a copy of a block elsewhere.
    if (!text || (depth > 0 && (!printedOnce(page, s) || buttonsOnly(page, s)))) return;
    if (!printed(text) && !parts.some((b) => s.contains(b) && printed(printOf(b)))) {
      missing.push(s);
      print += ` ${text}`;
      return;
    }
    if (depth < MAX_WRAPPERS && s.matches(WRAPPER))
      for (let c = s.firstElementChild; c; c = c.nextElementSibling) take(c, depth + 1);
  };
  for (const s of sections) take(s, 0);
  return putBack(page, content, articleIndex, anchors, missing, startOf);
}

/**
 * The page's blocks the article holds, printed once on the page, in the page's order: with text at all
 * (they place what comes back), and long enough to say where the article is (`held`).
 */
function heldBlocks(page: PageIndex, article: PageIndex): { held: Element[]; anchors: Element[] } {
  const keys = new Set<string>();
  for (const el of article.elements()) {
    const key = article.key(el);
    if (key) keys.add(key);
  }
  const held: Element[] = [];
  const anchors: Element[] = [];
  for (const leaf of page.leafBlocks()) {
    const key = page.key(leaf);
    if (
      !key ||
      !keys.has(key) ||
      !printedOnce(page, leaf) ||
      !printedOnce(article, article.withKey(key)[0] as Element)
    )
      continue;
    if (leaf.closest(NOT_STORY)) continue;
    anchors.push(leaf);
    if (page.size(leaf).letters >= MIN_HELD_LETTERS) held.push(leaf);
  }
  return { held, anchors };
}

/** No other copy of its text on the page (a wrapper around it, or inside it, is the same block). */
function printedOnce(page: PageIndex, el: Element): boolean {
  return page.withKey(page.key(el)).every((c) => c === el || c.contains(el) || el.contains(c));
}

/** The deepest element holding nearly all of the article's blocks. */
function core(
  page: PageIndex,
  held: readonly Element[],
  holds: ReadonlyMap<Element, number>,
): Element | null {
  let total = 0;
  for (const leaf of held) total += page.size(leaf).letters;
  let el: Element = page.root;
  for (;;) {
    let next: Element | null = null;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling)
      if ((holds.get(child) ?? 0) >= total * CORE_SHARE) next = child;
    if (!next) return el;
    el = next;
  }
}

/**
 * A teaser for another page: its first block (its headline) is a link that leads away. The heading of
 * an accordion's panel is an `<a role="button">` with no address, or one to a place on the page (WCXB
 * 4193's installation steps): a section of the story.
 */
function teaser(page: PageIndex, el: Element): boolean {
  for (const leaf of page.leafBlocks()) {
    if (!el.contains(leaf) || page.size(leaf).letters === 0) continue;
    if (!page.mostlyLinks(leaf)) return false;
    const link = leaf.closest('a') ?? leaf.querySelector('a');
    return !link || leadsAway(link);
  }
  return false;
}

/** A link with an address that is not a place on the same page nor a script. */
function leadsAway(link: Element): boolean {
  const href = link.getAttribute('href')?.trim() ?? '';
  return href !== '' && !href.startsWith('#') && !/^javascript:/i.test(href);
}

/** A wrapper is passed through to the child that holds this share of its letters. */
const WRAPPER_SHARE = 0.9;
/** How many wrappers deep the entries are looked for. */
const MAX_WRAPPERS = 8;
/** Entries: at least this many alike blocks… */
const MIN_ENTRIES = 4;
/** …holding this share of the block's letters. */
const ENTRIES_SHARE = 0.7;

/**
 * A block that is a list of entries printed alike, each of several parts (a question and its answer, a
 * review's title, text and name): the site's FAQ (WCXB 0342) or its customer reviews (4267) beside the
 * story, not a section of it. A section of the story is headings and paragraphs; the entries of a list
 * that belongs to the story (a ranking's cards) are each a section printed like the story's, and come
 * back one by one.
 */
function entryList(page: PageIndex, el: Element): boolean {
  let box: Element | null = el;
  for (let depth = 0; box && depth < MAX_WRAPPERS; depth++) {
    const letters = page.size(box).letters;
    let held: Element | null = null;
    const groups: Element[][] = [];
    for (let c: Element | null = box.firstElementChild; c; c = c.nextElementSibling) {
      const n = page.size(c).letters;
      if (n === 0) continue;
      if (n >= letters * WRAPPER_SHARE) held = c;
      const group = groups.find((g) => alike(g[0] as Element, c));
      if (group) group.push(c);
      else groups.push([c]);
    }
    for (const g of groups) {
      if (g.length < MIN_ENTRIES || !g.every((e) => ENTRY_TAGS.has(e.tagName) && parts(page, e) >= 2))
        continue;
      let inGroup = 0;
      for (const e of g) inGroup += page.size(e).letters;
      if (inGroup >= letters * ENTRIES_SHARE) return true;
    }
    box = held;
  }
  return false;
}

/** An entry is a box of blocks, not a paragraph with a few words in bold. */
const ENTRY_TAGS = new Set(['DIV', 'LI', 'ARTICLE', 'SECTION', 'DETAILS', 'DL']);
const INLINE = new Set([
  'A',
  'SPAN',
  'STRONG',
  'B',
  'EM',
  'I',
  'SMALL',
  'TIME',
  'LABEL',
  'BR',
  'IMG',
  'SUP',
  'SUB',
]);

/** The blocks with text a box is made of. */
function parts(page: PageIndex, el: Element): number {
  let n = 0;
  for (let c: Element | null = el.firstElementChild; c; c = c.nextElementSibling)
    if (!INLINE.has(c.tagName) && page.size(c).letters > 0) n++;
  return n;
}

/** A short block of text, not links: a heading printed as a section of its own. */
function isShort(page: PageIndex, el: Element): boolean {
  return (
    page.size(el).letters < MIN_SECTION_LETTERS &&
    page.linkShare(el) <= MAX_LINK_SHARE &&
    !el.matches(NOT_SECTION) &&
    !el.querySelector(NOT_INSIDE_SECTION)
  );
}

/** A block that can be a section of the story. */
function section(page: PageIndex, el: Element, inside = false): boolean {
  const size = page.size(el);
  if (size.letters < MIN_SECTION_LETTERS || ownLinkShare(page, el) > MAX_LINK_SHARE) return false;
  if (size.paragraphChars < MIN_SECTION_PROSE && size.letters < MIN_SECTION_LETTERS * 2) return false;
  // Inside Readability's container, what it dropped as a gallery, a carousel, a menu or a list of
  // entries stays dropped (a third of its list items empty, more text in items of a few words than in
  // paragraphs, more items of several blocks than paragraphs: comments under an answer, WCXB 4309;
  // more pictures than paragraphs): only the class it read as clutter is overruled. Pictures that each
  // stand beside a paragraph's worth of text are icons of a chart or checklist written in <div>s
  // (WCXB 4184), not a gallery; nor are pictures sized as icons.
  if (inside) {
    const paragraphs = el.querySelectorAll('p').length;
    let pictures = 0;
    for (const img of el.querySelectorAll('img')) if (!isIcon(img)) pictures++;
    // A list of sentences (points with a check mark each, WCXB 0312) or a few names beside
    // paragraphs (the products a review tested, 4253) is the story's.
    let slots = 0;
    let shortItems = 0;
    let entries = 0;
    const items = el.querySelectorAll('li');
    for (const li of items) {
      const { letters, chars } = page.size(li);
      if (letters === 0) slots++;
      else if (letters < MIN_ITEM_LETTERS) shortItems += chars;
      else if (parts(page, li) >= 2) entries++;
    }
    if (
      (slots >= MIN_SLOTS && slots * SLOTS_SHARE >= items.length) ||
      entries > paragraphs ||
      shortItems > size.paragraphChars ||
      (pictures > paragraphs * 2 + 1 && size.letters < pictures * MIN_LETTERS_PER_PICTURE)
    )
      return false;
  }
  if (!printedOnce(page, el) || teaser(page, el)) return false;
  // The site's footer block, however it is marked up: it carries the copyright.
  if ((el.textContent ?? '').includes('©')) return false;
  return !el.matches(NOT_SECTION) && !el.querySelector(NOT_INSIDE_SECTION) && !el.closest(NOT_STORY);
}

/**
 * The share of a block's letters in links, without the blocks the page prints again elsewhere: a credit
 * line with its links under every section ("This webcam image is provided courtesy of …", WCXB 0341) is
 * the template's, and says nothing of whether the section is a list of links.
 */
function ownLinkShare(page: PageIndex, el: Element): number {
  let { letters, linkLetters } = page.size(el);
  if (linkLetters === 0) return 0;
  for (const leaf of printedAgain(page)) {
    if (leaf === el || !el.contains(leaf)) continue;
    const s = page.size(leaf);
    letters -= s.letters;
    linkLetters -= s.linkLetters;
  }
  return letters <= 0 ? 1 : linkLetters / letters;
}

/** Each page's leaf blocks printed more than once, found once (few on a page: its repeated lines). */
const repeatedLeaves = new WeakMap<PageIndex, readonly Element[]>();
function printedAgain(page: PageIndex): readonly Element[] {
  let found = repeatedLeaves.get(page);
  if (!found) {
    found = page.leafBlocks().filter((leaf) => !printedOnce(page, leaf));
    repeatedLeaves.set(page, found);
  }
  return found;
}

/** A block whose letters are all in buttons ("Sponsored", "Compare"). */
function buttonsOnly(page: PageIndex, el: Element): boolean {
  let inButtons = 0;
  for (const b of el.querySelectorAll('button')) inButtons += page.size(b).letters;
  return el.matches('button') || inButtons >= page.size(el).letters;
}

/** A picture the page sizes as a bullet or a symbol (a check mark before each point of a list). */
function isIcon(img: Element): boolean {
  const side = (name: string) => Number.parseFloat(img.getAttribute(name) ?? '');
  return side('width') <= MAX_ICON_SIDE && side('height') <= MAX_ICON_SIDE;
}

/**
 * Each section, cloned, after the article's block that the page prints
 * just before it (else before the one just after it). Returns how many came back.
 */
function putBack(
  page: PageIndex,
  content: Element,
  article: PageIndex,
  anchors: readonly Element[],
  sections: readonly Element[],
  leads: ReadonlyMap<Element, Element>,
): number {
  if (sections.length === 0) return 0;
  const order = new Map<Element, number>();
  const all = page.elements();
  for (let i = 0; i < all.length; i++) order.set(all[i] as Element, i);
  const at = (el: Element) => order.get(el) ?? -1;
  const sorted = [...sections].sort((a, b) => at(a) - at(b));
  const last = new Map<Element, Element>();
  const base = page.root.ownerDocument.baseURI;
  let n = 0;
  for (const s of sorted) {
    const i = at(s);
    const before = lastBelow(anchors, i, at);
    const after = anchors.find((a) => at(a) > i);
    const anchorOf = (leaf: Element | undefined) => {
      if (!leaf) return null;
      const copies = article.withKey(page.key(leaf));
      const copy = copies[copies.length - 1];
      return copy ? standingBlock(copy, content) : null;
    };
    const clone = cleanClone(s, content.ownerDocument);
    absolutize(clone, base);
    const prev = anchorOf(before);
    if (prev) {
      (last.get(prev) ?? prev).after(clone);
      last.set(prev, clone);
    } else {
      // The story's opening goes before the first of the article's blocks the lead holds (its heading,
      // which may be printed again in a list of contents and so is no anchor).
      const lead = leads.get(s);
      const start = lead
        ? page
            .leafBlocks()
            .find((b) => lead.contains(b) && page.key(b) !== '' && article.withKey(page.key(b)).length > 0)
        : undefined;
      const startCopy = start ? article.withKey(page.key(start))[0] : undefined;
      const next = startCopy ? standingBlock(startCopy, content) : anchorOf(after);
      if (!next) continue;
      next.before(clone);
    }
    n++;
  }
  return n;
}

function lastBelow(sorted: readonly Element[], i: number, at: (el: Element) => number): Element | undefined {
  let found: Element | undefined;
  for (const el of sorted) {
    if (at(el) >= i) break;
    found = el;
  }
  return found;
}

/** A copy of the section without what a reader never sees. */
export function cleanClone(el: Element, doc: Document): Element {
  const clone = doc.importNode(el, true) as Element;
  for (const hidden of clone.querySelectorAll(NOT_STORY)) hidden.remove();
  return clone;
}

/** What the two steps share with the pipeline's state. */
type SectionsState = {
  readonly work: Document;
  parsed: { content: Element } | null;
  quick: boolean;
  /** The story's region as Readability is given it: the filters before it have cleaned it. */
  sectionsPage?: Element | null;
};

/**
 * Before Readability: a copy of the page as it is given to Readability, after the filters and
 * focus-story. Readability takes the story out of its page and drops what it cleans; the copy is where
 * the left-out sections are found afterwards.
 */
export const copyStoryStep: Step<SectionsState> = {
  id: 'copy-story',
  optional: false,
  run(state) {
    state.sectionsPage = (state.work.body?.cloneNode(true) as Element | undefined) ?? null;
    return undefined;
  },
};

/** After Readability and the safety net, before the filters that clean Readability's article. */
export const restoreSectionsStep: Step<SectionsState> = {
  id: 'restore-sections',
  optional: true,
  run(state, run) {
    const content = state.parsed?.content;
    const page = state.sectionsPage;
    state.sectionsPage = null;
    // Not after a quick reading (it kept the story's region whole), nor after the safety net read
    // the unfiltered page instead (the copy is not the page it read).
    if (state.quick || !content || !page || run.noted('plain-reading')) return undefined;
    // The article's index is the one the filters after this step ask for: built once here. When
    // sections come back, it is dropped, and they measure the article with what was added.
    if (restoreSections(buildIndex(page, run.tick, run.textHashes), content, run.index(content)) > 0)
      run.forget(content);
    return undefined;
  },
};
