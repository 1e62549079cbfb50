import { collapse, fingerprintText, textOf } from '../text';
import type { Filter, FilterContext } from '../types';

/**
 * The author box at a post's end: a portrait, the writer's name (a heading, "Written by …", a link to
 * the author's page) and a short biography ("Cassidy Horton is a finance writer who…", "Tim explores…").
 * Found by structure: a paragraph in the last part of the article that starts with a name given just
 * before it (an image's alt text, a short line, an author-page link) and goes on like a biography, or
 * that follows a heading linking an author page. The name, portrait and biography go together; the
 * story's own paragraphs about a person (a photo of the mayor, then "Jane Smith said …") stay: they are
 * not in the article's last part, or do not read "is a …", "has …", "writes …".
 */

/** A biography is a paragraph or two. */
const MAX_BIO_CHARS = 900;
const MIN_BIO_CHARS = 40;
/** The box sits after the story: the biography starts past this share of the article's text. */
const FROM_SHARE = 0.6;
/** How much short text before the biography is searched for the name. */
const LOOK_BACK_CHARS = 160;
const LOOK_BACK_ELEMENTS = 14;
/** A container of name and biography is taken whole when it adds no more than this. */
const BOX_SLACK = 200;

/** Two to four capitalized words: "Cassidy Horton", "Kelia Losa Reinoso", "Angela Kaye Carpenter". */
const NAME = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u;
/**
 * A blogger introducing herself in the sidebar's box: "Hey, I'm Jessica! Welcome to The Organized Mama…"
 * (WCXB 4339). The greeting and the name say who speaks; no name needs to stand before it.
 */
const SELF_INTRO =
  /^(hi|hey|hello|howdy|welcome)( there| friends?| y['’]all| everyone)?\s*[,!.]*\s*(i['’]m|i am|my name is) \p{Lu}/iu;
/** A link to a writer's page on the site. */
const AUTHOR_PATH =
  /\/(author|authors|writer|writers|contributor|contributors|people|staff|profile)\/[^/?#]+/i;
/** What follows the name in a biography. */
const BIO_VERB =
  /^(is|was) (a|an|the|one)\b|^(has|had|have) (been|written|worked|spent|covered|over|more|a|an)\b|^(writes|wrote|covers|explores|loves|lives|joined|holds|works|worked|serves|studied|graduated|started|spent|specializes|specialises|brings|enjoys|oversees|leads|founded|helps|first became|grew up|is passionate|is an? |has a )/;

function nameOf(raw: string): string | null {
  const t = collapse(raw)
    .replace(/^(written by|about the author|about|by|author|photo of|picture of|image of)\s*:?\s*/i, '')
    .replace(/\s*(photo|avatar|headshot|portrait|profile (photo|picture|image)|image)$/i, '')
    .replace(/^author\s+/i, '')
    .trim();
  return NAME.test(t) ? t : null;
}

function isAuthorLink(el: Element): boolean {
  if (el.tagName.toUpperCase() !== 'A') return false;
  if (/\bauthor\b/i.test(el.getAttribute('rel') ?? '')) return true;
  return AUTHOR_PATH.test(el.getAttribute('href') ?? '');
}

interface NameSource {
  /** Where the name is printed; null for the header's byline. */
  el: Element | null;
  name: string | null;
  authorLink: boolean;
}

/** Names given in the few short elements before the paragraph, nearest first. */
function namesBefore(p: Element, root: Element): NameSource[] {
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
  walker.currentNode = p;
  const found: NameSource[] = [];
  let seen = 0;
  for (
    let n = walker.previousNode() as Element | null;
    n && n !== root;
    n = walker.previousNode() as Element | null
  ) {
    if (n.contains(p)) continue;
    if (++seen > LOOK_BACK_ELEMENTS) break;
    const tag = n.tagName.toUpperCase();
    if (tag === 'IMG') {
      const name = nameOf(n.getAttribute('alt') ?? '');
      if (name) found.push({ el: n, name, authorLink: false });
      continue;
    }
    const text = textOf(n);
    if (n.firstElementChild === null || isAuthorLink(n)) {
      if (text.length > LOOK_BACK_CHARS) break;
      const link = isAuthorLink(n);
      const name = nameOf(text);
      if (name || link) found.push({ el: n, name, authorLink: link });
    }
    // Story text before the box: stop.
    if (text.length > LOOK_BACK_CHARS && !n.contains(found[found.length - 1]?.el ?? null)) break;
  }
  return found;
}

/** The name the paragraph starts with, as a biography starts ("Tim explores …"), or null. */
function bioName(text: string, sources: NameSource[]): string | null {
  for (const { name } of sources) {
    if (!name) continue;
    const first = name.split(' ')[0] ?? name;
    for (const lead of [name, first]) {
      if (!text.startsWith(lead)) continue;
      const rest = text.slice(lead.length).toLowerCase();
      // "Geri Mileva, an experienced network engineer and writer …"
      if (/^, (a|an|the) /.test(rest)) return name;
      if (rest.startsWith(' ') && BIO_VERB.test(rest.slice(1))) return name;
    }
  }
  return null;
}

/** The outermost element around el, beside the biography, whose text is short (the name's line, a portrait). */
function lineOf(el: Element, root: Element, bio: Element): Element {
  let line = el;
  while (line.parentElement && line.parentElement !== root && !line.parentElement.contains(bio)) {
    if (textOf(line.parentElement).length > LOOK_BACK_CHARS) break;
    line = line.parentElement;
  }
  return line;
}

/** The writers the header names ("Jane Doe and John Roe", "Jane Doe, John Roe"), as names. */
function writersOf(byline: string | null): NameSource[] {
  if (!byline) return [];
  return byline
    .split(/,|\s+(?:and|&)\s+/)
    .map((part) => nameOf(part))
    .filter((name): name is string => name !== null)
    .map((name) => ({ el: null, name, authorLink: false }));
}

/**
 * The box around a biography no name stands before (the name's line went with the byline block): the
 * largest element that starts with the biography and stays a biography's length.
 */
function bioBox(p: Element, root: Element): Element {
  let box = p;
  for (let up = p.parentElement; up && up !== root; up = up.parentElement) {
    const text = textOf(up);
    if (text.length > MAX_BIO_CHARS * 2 || !text.startsWith(textOf(box))) break;
    box = up;
  }
  return box;
}

function commonAncestor(a: Element, b: Element): Element | null {
  for (let el: Element | null = a; el; el = el.parentElement) if (el.contains(b)) return el;
  return null;
}

/** Letters of a declared biography's opening that a paragraph must start with to be it. */
const DECLARED_OPENING = 60;

/** The article's paragraphs that are a biography the page declares (or open with one). */
function declaredBios(ctx: FilterContext, blocks: readonly Element[]): Element[] {
  const openings = ctx.authorBios.map((b) => fingerprintText(b).slice(0, DECLARED_OPENING));
  if (openings.length === 0) return [];
  return blocks.filter((p) => {
    const text = textOf(p);
    if (text.length < MIN_BIO_CHARS || text.length > MAX_BIO_CHARS) return false;
    const print = fingerprintText(text);
    return openings.some((o) => print.startsWith(o));
  });
}

/** Items of a list, from this many, are entries of what the story lists. */
const MIN_LIST_ITEMS = 3;

/**
 * An entry of a list the story is made of: the last of 40 events, each a date, a name and "XChange
 * Security brings solution providers…" (WCXB 4362). A writer's box is not one item among its like.
 */
function listEntry(p: Element): boolean {
  const item = p.closest('li');
  const list = item?.parentElement;
  if (!list) return false;
  let items = 0;
  for (let c = list.firstElementChild; c && items < MIN_LIST_ITEMS; c = c.nextElementSibling)
    if (c.tagName.toUpperCase() === 'LI') items++;
  return items >= MIN_LIST_ITEMS;
}

interface Box {
  p: Element;
  /** What printed the name beside the biography (the portrait, the name's line, the link). */
  own: NameSource[];
  name: string | null;
  /** The biography is one the page declares: it goes even among the story's paragraphs. */
  declared?: boolean;
}

/** A declared biography with the name printed just before it (its portrait, its line, its link). */
function declaredBox(p: Element, root: Element): Box {
  const sources = namesBefore(p, root);
  const name = bioName(textOf(p), sources);
  return { p, own: sources.filter((s) => (name && s.name === name) || s.authorLink), name, declared: true };
}

export const removeAuthorBox: Filter = {
  id: 'remove-author-box',
  why: 'the writer’s portrait, name and biography at a post’s end are about the site, not the story',
  reason: 'boilerplate',
  stage: 'after-readability',
  apply(ctx) {
    const { root, index } = ctx;
    const blocks = index.leafBlocks();
    const total = index.size(root).letters;
    if (total === 0) return;
    let before = 0;
    const writers = writersOf(ctx.byline);
    const boxes: Box[] = [];
    for (const p of blocks) {
      const letters = index.size(p).letters;
      const start = before;
      before += letters;
      if (start < total * FROM_SHARE || ctx.isGone(p)) continue;
      const text = textOf(p);
      if (text.length < MIN_BIO_CHARS || text.length > MAX_BIO_CHARS || listEntry(p)) continue;
      if (SELF_INTRO.test(text)) {
        boxes.push({ p, own: [], name: null });
        continue;
      }
      const sources = namesBefore(p, root);
      const nearest = sources[0];
      const heading = nearest?.el?.closest('h2, h3, h4, h5, h6') ?? null;
      const linked = nearest?.authorLink === true && heading !== null && root.contains(heading);
      const name = bioName(text, sources);
      if (linked || name) {
        // Only what gave the name goes with the biography: the portrait, the name's line, the link.
        const own = linked && nearest ? [nearest] : sources.filter((s) => s.name === name || s.authorLink);
        boxes.push({ p, own, name });
        continue;
      }
      // The writer the header names, starting a biography in the article's last part (its name's
      // line was the byline block, already taken out: WCXB 0128).
      const writer = bioName(text, writers);
      if (writer) boxes.push({ p, own: [], name: writer });
    }
    // One writer's box: entries about several people that read "X is a …" are a list the story is
    // made of (the companies of a listicle, WCXB 0055). The same writer's paragraphs are one box.
    const one = boxes.length > 0 && new Set(boxes.map((b) => b.name ?? b.p)).size === 1;
    // Wherever it stands, a paragraph that is a biography the page declares for one of its people
    // (JSON-LD `Person.description`, Yoast's author graph: WCXB 0034, 0229, 0253, 0319, 0417, 0421).
    const declared = declaredBios(ctx, blocks).filter((p) => !one || !boxes.some((b) => b.p === p));
    for (const { p, own, name, declared: stated } of [
      ...(one ? boxes : []),
      ...declared.map((p) => declaredBox(p, root)),
    ]) {
      if (ctx.isGone(p)) continue;
      if (own.length === 0 && (name || stated)) {
        // A box of its own: a paragraph among the story's (Breitbart's "Lucas Nolan is a reporter for
        // Breitbart Tech", Readability's test page) is the story's last word, and stays.
        const box = bioBox(p, root);
        if (box !== p || p.parentElement === root || stated) ctx.remove(box, 'author-box');
        continue;
      }
      // The box: the smallest element holding the name and the biography, when it holds little else.
      const far = own[own.length - 1]?.el ?? p;
      const box = commonAncestor(far, p);
      if (box && box !== root && textOf(box).length <= textOf(p).length + BOX_SLACK) {
        ctx.remove(box, 'author-box');
        continue;
      }
      for (const s of own) if (s.el && !ctx.isGone(s.el)) ctx.remove(lineOf(s.el, root, p), 'author-box');
      ctx.remove(p, 'author-box');
    }
  },
};
