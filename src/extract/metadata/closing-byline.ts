// The author named at the end of the story, when nothing near the headline names one: the "Written by"
// line or the author's box under the article.

import { listOf } from '../nodes';
import { collapse } from '../text';
import { AUTHOR_LINKS, AUTHOR_MARKERS } from './byline';
import { ROLE_WORDS, splitNames } from './names';
import { ELSEWHERE, NOT_THE_STORY, within } from './near-headline';
import { HIDDEN_TAGS } from './visible-text';

/**
 * "Written by", "This post was written by", "Article written by", a heading "Author" or "Author(s)"
 * (WCXB 4079, 0065, 4519): the name follows, in the text or the next.
 */
const WRITTEN_BY =
  /^(?:(?:this|the) (?:post|article|story|piece|blog post|guide) (?:was|is) (?:written|authored|contributed) by|(?:article|post|story) written by|written by|article by|authored by|posted by|author\(s\)|authors?(?=\s*[:：]|\s*$))\s*[:：]?\s*/i;
/** A "By" alone, its name in the element after it ("by", then a link to the author's page). */
const BY_ALONE = /^by\s*[:：]?$/i;
/** An author's box: the name, then the bio that opens with it ("Lauren Vetter is a growth-focused…"). */
const AUTHOR_BOX = /(author|bio|writer|byline)/i;

/**
 * The writer a page names below its story: a text that opens with "Written by" / "This post was written
 * by" (WCXB 0222, 4095, 2381, 4574, 0452 "Posted by David at …"), a "By" alone before a link to the
 * author's page (WCXB 4267, 4599, 0327: printed past what is read next to the headline), a paragraph
 * opening with such a link and the writer's affiliation (WCXB 0345), or, in an element whose class says
 * it is the author's box or beside the writer's portrait, a name followed by a bio that starts with the
 * same name (WCXB 0306, 4665). Comments, side columns, lists of other stories and the page's header and
 * footer are passed over, except a kind of container the headline itself stands in (page builders put
 * every block in a "widget"). Last, a link the story marks rel=author.
 *
 * `standing`: when the site's own name already stands as the byline, the names it passes over; then
 * only a writer the page names as such replaces it, not a "By" or a rel=author link, which may be
 * another story's teaser (WCXB 4340).
 */
export function closingByline(
  doc: Document,
  headline: Element | null,
  standing?: (name: string) => boolean,
): string | null {
  const nobody = standing ?? (() => false);
  const body = doc.body;
  if (!body) return null;
  const own = (part: string) => !headline?.closest(part);
  const skip = `${ELSEWHERE}, ${NOT_THE_STORY}`
    .split(/,\s*/)
    .filter((part) => own(part) && !SECTIONS.includes(part))
    .join(', ');
  const sections = SECTIONS.filter(own).join(', ');
  const texts: Text[] = [];
  const walker = doc.createTreeWalker(body, 4);
  for (let n = walker.nextNode(), i = 0; n && i < 20_000; n = walker.nextNode(), i++) {
    const v = n.nodeValue ?? '';
    if (v.trim() === '') continue;
    const p = n.parentElement;
    if (!p || HIDDEN_TAGS.has(p.tagName)) continue;
    texts.push(n as Text);
  }
  const others = listOf(body.getElementsByTagName('article')).filter(
    (a) => !headline || !a.contains(headline),
  ).length;
  const outside = (t: Text | Element) => {
    const p = t.nodeType === 1 ? (t as Element) : t.parentElement;
    return (
      !p ||
      (!!skip && within(p, skip)) ||
      (!!sections && pagePart(p, sections)) ||
      teaser(p, headline, others)
    );
  };
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i] as Text;
    // A paragraph of the story is no label nor name (it may be the bio after one, read below).
    if ((t.nodeValue ?? '').length > 300) continue;
    const text = collapse(t.nodeValue ?? '');
    const label = WRITTEN_BY.exec(text);
    if (label) {
      if (outside(t)) continue;
      const rest = text.slice(label[0].length);
      // One name from the line ("…, MD, gastroenterologist, Parkview Health"); a list under a heading.
      const names = rest ? splitNames(rest, false).slice(0, 1) : namesAfter(texts, i);
      if (names.length > 0 && !names.every(nobody)) return names.join(', ');
      continue;
    }
    if (BY_ALONE.test(text)) {
      const next = texts[i + 1];
      const link = next?.parentElement?.closest(`${AUTHOR_LINKS}, ${AUTHOR_MARKERS}`);
      if (standing || !next || !link || outside(t)) continue;
      const name = splitNames(collapse(next.nodeValue ?? ''), true)[0];
      if (name && !nobody(name)) return name;
      continue;
    }
    const next = collapse(texts[i + 1]?.nodeValue ?? '');
    if (text.length > 60) continue;
    if (next.startsWith(',') && credit(t, text) && !outside(t)) {
      const name = splitNames(text, true)[0];
      if (name?.includes(' ') && !nobody(name)) return name;
    }
    if (!next.startsWith(`${text} `)) continue;
    if (!BIO.test(next.slice(text.length))) continue;
    const box = t.parentElement?.closest('[class]');
    let marked = false;
    for (let e = box; e && e !== body; e = e.parentElement)
      if (AUTHOR_BOX.test(e.getAttribute('class') ?? '') && !/comment/i.test(e.getAttribute('class') ?? '')) {
        marked = true;
        break;
      }
    if (!(marked || portrait(t, text)) || outside(t)) continue;
    const name = splitNames(text, false)[0];
    if (name && !nobody(name)) return name;
  }
  // A link the story marks as its author's, past the texts read next to the headline: a long standfirst
  // ends those before the byline under it (WCXB 4370).
  for (const a of standing ? [] : body.querySelectorAll('a[rel~="author"]')) {
    if (outside(a)) continue;
    const name = splitNames(collapse(a.textContent ?? ''), true)[0];
    if (name && !nobody(name)) return name;
  }
  // The writer's portrait, then a bio that opens with the name it shows ("Julia Gralberg is a freelance
  // travel writer…", WCXB 0141).
  const after = doc.createTreeWalker(body, 4);
  for (const img of body.querySelectorAll('img[alt]')) {
    const alt = collapse(img.getAttribute('alt') ?? '');
    const name = splitNames(alt, false)[0];
    // A picture that links to another page is a teaser or a product (the portrait links to itself).
    const link = img.closest('a[href]');
    const elsewhere = link && !link.matches(AUTHOR_LINKS) && !IMAGE.test(link.getAttribute('href') ?? '');
    if (name !== alt || !PERSON.test(alt) || elsewhere || outside(img)) continue;
    after.currentNode = img;
    let bio = after.nextNode();
    while (bio && (bio.nodeValue ?? '').trim() === '') bio = after.nextNode();
    const text = collapse(bio?.nodeValue ?? '');
    // A caption says who is in the picture, not who wrote the story.
    if (bio?.parentElement?.closest('figcaption')) continue;
    if (text.startsWith(`${alt} `) && BIO.test(text.slice(alt.length)) && !nobody(name)) return name;
  }
  return null;
}

/**
 * In another story's `<article>`, one of a list of them: a teaser with its own "By" under its title
 * (WCXB 4340), a front page's stories with their "Posted by" (WCXB 2899). A page's one `<article>`
 * under a headline printed above it is the story. `others`: the page's articles the headline is not in.
 */
function teaser(el: Element, headline: Element | null, others: number): boolean {
  const story = el.closest('article');
  return !!story && others > 1 && !(headline && story.contains(headline));
}

/** What a bio says after the name that opens it. */
const BIO = /^ (?:is|was|has|writes|works|holds|brings|serves|leads)\b/;

/**
 * A writer's credit as a republished story prints it: a paragraph that opens with a link to the
 * writer's page, their affiliation after a comma ("Shelia R. Cotten, Clemson University", WCXB 0345).
 */
function credit(t: Text, name: string): boolean {
  const link = t.parentElement?.closest(AUTHOR_LINKS);
  const p = link?.parentElement?.closest('p');
  return (
    !!link &&
    !!p &&
    collapse(link.textContent ?? '') === name &&
    collapse(p.textContent ?? '').startsWith(`${name},`)
  );
}

/** An address of a picture. */
const IMAGE = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#].*)?$/i;

/** A person's name as a portrait's alt gives it: two or three capitalized words. */
const PERSON = /^\p{Lu}\p{Ll}+(?: \p{Lu}[\p{Ll}'’-]+){1,2}$/u;

/**
 * Beside the writer's portrait: the small block that holds the name also holds a picture of it (alt
 * "alban Brooke" by the name "Alban Brooke" and the bio that opens with it, WCXB 4665). Not a product
 * of a shop's list, its name a link to its page, its picture and its description beside it (WCXB 4544).
 */
function portrait(t: Text, name: string): boolean {
  const link = t.parentElement?.closest('a[href]');
  if (!PERSON.test(name) || (link && !link.matches(AUTHOR_LINKS))) return false;
  const key = name.toLowerCase();
  let e = t.parentElement;
  for (let up = 0; e && up < 4 && collapse(e.textContent ?? '').length <= 2000; up++, e = e.parentElement)
    for (const img of e.querySelectorAll('img[alt]'))
      if (collapse(img.getAttribute('alt') ?? '').toLowerCase() === key) return true;
  return false;
}

/** Parts of a page that are the page's own banner, footer and side column, or a story's own. */
const SECTIONS = ['header', 'footer', 'aside'];

/**
 * In the page's banner, footer or side column: a `<header>`, `<footer>` or `<aside>` outside the page's
 * `<main>` and its `<article>`s. Inside them, the one of the story: the author's box in the story's
 * footer (WCXB 0137), the column beside it that holds the byline (WCXB 4370, 4079), the header the
 * post's text is written in (WCXB 0306). HTML-AAM reads `<header>` and `<footer>` the same way (a
 * banner only outside `<main>` and `<article>`).
 */
function pagePart(el: Element, sections: string): boolean {
  for (let e = el.closest(sections); e; e = e.parentElement?.closest(sections) ?? null)
    if (!e.parentElement?.closest('main, article')) return true;
  return false;
}

/**
 * The names under a label that stands alone ("Author(s)", then a list of links; "Author", then each
 * writer's initials, name and role): the texts after it that are names, over the writers' roles and the
 * initials of their avatars, up to the first other text, heading or the end of the block that holds the
 * label and the first name (WCXB 4519, 0444). A credential after a name is not another writer ("Doris
 * Munoz-Mantilla, MD, FOMA, DABOM", WCXB 0065).
 */
function namesAfter(texts: Text[], label: number): string[] {
  const names: string[] = [];
  const first = texts[label + 1];
  let block = texts[label]?.parentElement ?? null;
  while (block && first && !block.contains(first)) block = block.parentElement;
  for (let i = label + 1; i < texts.length && i <= label + 12; i++) {
    const t = texts[i] as Text;
    if (!block?.contains(t)) break;
    const v = collapse(t.nodeValue ?? '');
    if (/^(?:,|and|&)$/i.test(v)) continue;
    if (names.length > 0 && t.parentElement?.closest('h1, h2, h3, h4, h5, h6')) break;
    // The initials on an avatar ("CP"), the role under a name ("Staff Software Engineer").
    if (/^\p{Lu}{1,3}$/u.test(v) || (names.length > 0 && v.length <= 60 && ROLE_WORDS.test(v))) continue;
    const found = splitNames(v, false);
    if (found.length === 0) break;
    for (const [k, n] of found.entries())
      if (!names.includes(n) && (k === 0 || n.includes(' '))) names.push(n);
  }
  return names;
}
