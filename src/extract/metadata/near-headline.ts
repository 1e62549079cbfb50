// The texts a reader sees around the headline, where the byline and the date are read.
import { closestIn } from '../closest-in';
import { collapse } from '../text';
import { HIDDEN_TAGS } from './visible-text';

/** How much text after the headline is read for the byline and the date, in characters. */
const WINDOW_AFTER = 1200;
const WINDOW_BEFORE = 150;
/** A paragraph this long is the story itself: the byline is above it. */
const PROSE_CHARS = 160;

/** Where a byline or date is never the article's. */
export const ELSEWHERE =
  'nav, footer, aside, [role="navigation"], [class*="comment" i], [id*="comment" i], [class*="related" i], [class*="sidebar" i], [class*="widget" i]';

/**
 * In a part of the page that is not the story's. A container that holds the headline itself is the
 * story's, whatever its class says ("sfn-sidebar-fixed--contain" around a whole article, WCXB 0457).
 */
function elsewhere(el: Element, headline: Element, nearest: (el: Element) => Element | null): boolean {
  for (let e = nearest(el); e; e = e.parentElement ? nearest(e.parentElement) : null)
    if (!e.contains(headline) && !articleFooter(e)) return true;
  return false;
}

/**
 * The `<footer>` of an `<article>`: where HTML puts who wrote the story and when, printed under its
 * headline ("By Tariqul Ayan", "March 30, 2023" in `<article><footer class="author__meta">`, WCXB
 * 4036), not the page's footer.
 */
function articleFooter(el: Element): boolean {
  return el.tagName === 'FOOTER' && !!el.parentElement?.closest('article');
}

/**
 * Inside a part of the page that `selector` names, not counting the page itself: a theme writes
 * its options on <body> ("fusion-woo-related-columns-4", WCXB 4592), and the whole page is not a
 * related-stories box.
 */
export function within(el: Element, selector: string): boolean {
  for (let e = el.closest(selector); e; e = e.parentElement?.closest(selector) ?? null)
    if (e.tagName !== 'BODY' && e.tagName !== 'HTML') return true;
  return false;
}

/** Microdata of comments, reviews and other stories: not the article's. */
export const NOT_THE_STORY =
  '[class*="comment" i], [id*="comment" i], [itemtype*="Comment"], [itemtype*="Review"], [class*="related" i], aside, nav';

/**
 * The text nodes a reader sees around the headline: a little before it (a kicker, a byline above the
 * title) and what follows it up to the start of the story.
 */
export function nearHeadline(headline: Element): Text[] {
  const doc = headline.ownerDocument;
  const body = doc.body;
  if (!body) return [];
  // Asked of every text node walked past (a long menu before the headline is walked to its start):
  // one query for the whole page instead of a selector run at every ancestor of every text.
  // A kind of container the headline itself stands in is how the page is built, not a side part:
  // page builders put every block in a "widget" (Elementor: WCXB 0110, 0353).
  const own = ELSEWHERE.split(/,\s*/).filter((part) => !headline.closest(part));
  const nearest = closestIn(body, own.join(', ') || ':not(*)');
  const usable = (t: Text) => {
    const p = t.parentElement;
    return (
      !!p &&
      (t.nodeValue ?? '').trim() !== '' &&
      !HIDDEN_TAGS.has(p.tagName) &&
      !elsewhere(p, headline, nearest)
    );
  };
  const after: Text[] = [];
  const walker = doc.createTreeWalker(body, 4);
  walker.currentNode = headline;
  let chars = 0;
  let prose = 0;
  let lastProse: Element | null = null;
  for (let n = walker.nextNode(); n && chars < WINDOW_AFTER; n = walker.nextNode()) {
    const t = n as Text;
    if (headline.contains(t)) {
      // A date printed inside the headline ("Dec 18 2025 Preparing a transition").
      if (t.parentElement?.closest('time')) after.push(t);
      continue;
    }
    if (!usable(t)) continue;
    const block = t.parentElement?.closest(
      'p, li, blockquote, h2, h3, h4, h5, h6, dd, td, div, section, article',
    );
    // Read only for a paragraph: the block of a text can be the whole article (a <div> or <article>).
    const blockText = block?.tagName === 'P' ? collapse(block.textContent ?? '') : '';
    if (block?.tagName === 'P' && blockText.length >= PROSE_CHARS && !BYLINE_START.test(blockText)) {
      // A standfirst may stand between the headline and the byline; the second paragraph is the story.
      if (block !== lastProse && ++prose >= 2) break;
      lastProse = block;
      continue;
    }
    if (/^H[2-6]$/.test(block?.tagName ?? '') && after.length > 0 && chars > 200) break;
    // Another headline: the texts after it are another story's ("Related Articles", WCXB 0457);
    // the same headline printed again (a page header, then the article's own) is not (WCXB 0110).
    const h1 = t.parentElement?.closest('h1');
    if (h1 && collapse(h1.textContent ?? '') === collapse(headline.textContent ?? '')) continue;
    if (h1) break;
    after.push(t);
    chars += (t.nodeValue ?? '').length;
  }
  const before: Text[] = [];
  walker.currentNode = headline;
  chars = 0;
  for (let n = walker.previousNode(); n && chars < WINDOW_BEFORE; n = walker.previousNode()) {
    const t = n as Text;
    if (!usable(t)) continue;
    const p = t.parentElement;
    if (p?.closest('p') && collapse(p.closest('p')?.textContent ?? '').length >= PROSE_CHARS) break;
    before.unshift(t);
    chars += (t.nodeValue ?? '').length;
  }
  return [...before, ...after];
}

/** A block that starts like a byline, for the stopping rule of nearHeadline. */
const BYLINE_START = /^(?:by|written by|story by|posted by|published by|von|par|por)\s+\p{Lu}/u;
