import type { PageIndex } from '../page-index';
import { RELATED_HEADINGS } from '../rules/phrases';
import { alike } from '../shape';
import { alternation, countWords, textOf } from '../text';
import type { Filter } from '../types';
import { elementsOf, lower } from './lines';
import { isBlank, isHeadlineList, isReferenceList, isTeaser } from './teasers';

/**
 * Lists of other stories: "Related News" (seed 000), "Similar News:" (seeds 001 and 002), "Recommended
 * For You" (000), "Related Article" (004). Found two ways, both about structure: a heading in the phrase
 * table followed by teasers (links away with at most a short summary each), or a block that is almost all
 * headline links to other pages. The heading phrases are only the hint that starts the walk; what gets
 * removed must still look like teasers, so a real section that happens to be titled "Related" survives.
 */
const MAX_LABEL_CHARS = 160;
/** Labels are short: a heading, or "Similar News: You can also read news stories similar to this one". */
const MAX_LABEL_LETTERS = MAX_LABEL_CHARS;
const LABELS = new Set([
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'P',
  'DIV',
  'SPAN',
  'STRONG',
  'B',
  'HEADER',
  'LI',
  'DT',
  'LABEL',
  'A',
]);
/** A teaser of this many words or fewer is a link ("View all"), not a headline: it sets no shape. */
const MAX_LINK_WORDS = 3;
const LISTS = new Set(['UL', 'OL', 'DIV', 'SECTION', 'ASIDE', 'NAV', 'P']);

export function isRelatedHeading(text: string): boolean {
  const t = lower(text);
  return t.length <= MAX_LABEL_CHARS && alternation(RELATED_HEADINGS).some((re) => re.test(t));
}

function nextElementWithText(node: Element): Element | null {
  for (let n = node.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 3 && (n.nodeValue ?? '').trim() !== '') return null;
    if (n.nodeType === 1 && !isBlank(n)) return n as Element;
  }
  return null;
}

/** A short title line with no links and no sentence in it ("Watch more", "Videos", "In pictures"). */
function isLabel(el: Element, index: PageIndex): boolean {
  const size = index.size(el);
  if (size.letters === 0 || size.letters > 40 || size.links > 0) return false;
  const text = textOf(el);
  return text.length <= 40 && text.split(' ').length <= 5 && !/[.!?,;]/.test(text);
}

/** Words of the story's own sentence that announces a list ("While these movers did not make our list…:"). */
const MIN_LEAD_IN_WORDS = 8;

/**
 * A list the story announces in a sentence of its own, ending with a colon just before it: the
 * story's list of names, not a list of other stories (those are labelled, "Related posts", not
 * introduced). WCXB 0057: "While these local New York movers did not make our top list, they are
 * still worth looking into:" over fifty movers' names, each a link to its page on the site.
 */
function ledIn(el: Element): boolean {
  const list = el.matches('ul, ol') ? el : el.querySelector('ul, ol');
  const before = list?.previousElementSibling;
  if (!before || (list !== el && !el.contains(before)) || before.querySelector('a')) return false;
  const text = textOf(before);
  return text.endsWith(':') && countWords(text) >= MIN_LEAD_IN_WORDS;
}

export const removeRelatedLists: Filter = {
  id: 'remove-related-lists',
  why: 'lists of other stories sit around the story, under a heading or as a block of headline links',
  reason: 'other-stories',
  stage: 'before-readability',
  apply(ctx) {
    const { root, url, index } = ctx;
    for (const label of elementsOf(ctx, LABELS)) {
      const size = index.size(label);
      if (size.chars > MAX_LABEL_CHARS * 1.5 || size.letters > MAX_LABEL_LETTERS || size.letters === 0)
        continue;
      // A wrapper around one element with the same text: that element is tried instead.
      const only = label.firstElementChild;
      if (
        only &&
        only === label.lastElementChild &&
        LABELS.has(only.tagName.toUpperCase()) &&
        index.key(only) === index.key(label)
      )
        continue;
      const text = textOf(label);
      if (!text || !isRelatedHeading(text)) continue;
      // The label's text must be its own, not a container that merely starts with it.
      if (label.querySelector('p, li, h1, h2, h3, h4, h5, h6')) continue;
      let anchor: Element = label;
      // Climb out of wrappers that hold only the label ("<div class=head><h3>Related</h3></div>").
      while (!nextElementWithText(anchor)) {
        const parent = anchor.parentElement;
        if (!parent || parent === root || textOf(parent) !== text) break;
        anchor = parent;
      }
      const teasers: Element[] = [];
      // The teasers of one list are printed alike; a block printed otherwise is the page going on (a
      // section titled "Related" whose paragraphs cite papers, WCXB 0406). A link of a few words ("View
      // all", WCXB 4331) sets no shape.
      let shape: Element | null = null;
      for (let sib = nextElementWithText(anchor); sib; sib = nextElementWithText(sib)) {
        if (!isTeaser(sib, url) || isReferenceList(sib)) break;
        if (shape && !alike(shape, sib)) break;
        if (!shape && countWords(textOf(sib)) > MAX_LINK_WORDS) shape = sib;
        teasers.push(sib);
      }
      if (teasers.length === 0) continue;
      const heading = text.length > 40 ? `${text.slice(0, 39)}…` : text;
      ctx.remove(anchor, 'related-heading', 'other-stories', { heading });
      for (const t of teasers) ctx.remove(t, 'related-heading', 'other-stories', { heading });
    }
    for (const el of elementsOf(ctx, LISTS)) {
      // Cheap rejections first: fewer than three links, or mostly text outside links.
      if (index.size(el).links < 3 || !index.mostlyLinks(el)) continue;
      // A list standing among more of the story's prose than itself is the story's own list (a
      // listicle's courses under each subheading, WCXB 0215), not a list of other stories beside it.
      const parent = el.parentElement;
      if (
        parent &&
        index.size(parent).paragraphChars - index.size(el).paragraphChars > 2 * index.size(el).chars
      )
        continue;
      if (!isHeadlineList(el, url, index) || ledIn(el)) continue;
      // Its label goes with it ("Watch more" over a video carousel): nothing else is labelled by it.
      const label = el.previousElementSibling;
      const labelled = label && isLabel(label, index) && nextElementWithText(label) === el;
      ctx.remove(el, 'headline-block');
      if (labelled) ctx.remove(label, 'headline-block');
    }
  },
};
