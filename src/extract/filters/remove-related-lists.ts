import { removeBlock } from '../removal';
import { RELATED_HEADINGS } from '../rules/phrases';
import { measure, sizeOf, textOf } from '../text';
import type { Filter, Removal } from '../types';
import { isBlank, isHeadlineList, isTeaser } from './teasers';

/**
 * Lists of other stories: "Related News" (seed 000), "Similar News:" (seeds 001 and 002), "Recommended
 * For You" (000), "Related Article" (004). Found two ways, both about structure: a heading in the phrase
 * table followed by teasers (links away with at most a short summary each), or a block that is almost all
 * headline links to other pages. The heading phrases are only the hint that starts the walk; what gets
 * removed must still look like teasers, so a real section that happens to be titled "Related" survives.
 */
const MAX_LABEL_CHARS = 160;
const LABEL_SELECTOR = 'h1, h2, h3, h4, h5, h6, p, div, span, strong, b, header, li, dt, label, a';

export function isRelatedHeading(text: string): boolean {
  const t = text.toLowerCase();
  return t.length <= MAX_LABEL_CHARS && RELATED_HEADINGS.some((re) => re.test(t));
}

function nextElementWithText(node: Element): Element | null {
  for (let n = node.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 3 && (n.nodeValue ?? '').trim() !== '') return null;
    if (n.nodeType === 1 && !isBlank(n)) return n as Element;
  }
  return null;
}

export const removeRelatedLists: Filter = {
  id: 'remove-related-lists',
  reason: 'a list of other stories, not this one',
  stage: 'before-readability',
  apply({ root, url }) {
    const removals: Removal[] = [];
    const sizes = measure(root);
    for (const label of root.querySelectorAll(LABEL_SELECTOR)) {
      if (sizeOf(sizes, label).chars > MAX_LABEL_CHARS * 1.5 || !root.contains(label)) continue;
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
      for (let sib = nextElementWithText(anchor); sib; sib = nextElementWithText(sib)) {
        if (!isTeaser(sib, url)) break;
        teasers.push(sib);
      }
      if (teasers.length === 0) continue;
      const heading = text.length > 40 ? `${text.slice(0, 39)}…` : text;
      const why = `a list of other stories under “${heading}”`;
      removeBlock(anchor, this, removals, why);
      for (const t of teasers) removeBlock(t, this, removals, why);
    }
    for (const el of root.querySelectorAll('ul, ol, div, section, aside, nav, p')) {
      const size = sizeOf(sizes, el);
      // Cheap rejections first: fewer than three links, or mostly text outside links.
      if (size.links < 3 || size.linkChars < size.chars * 0.5) continue;
      if (!root.contains(el) || el === root) continue;
      if (isHeadlineList(el, url))
        removeBlock(el, this, removals, 'a block of headline links to other stories');
    }
    return removals;
  },
};
