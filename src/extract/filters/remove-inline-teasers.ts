import { removeBlock } from '../removal';
import { TEASER_LABELS } from '../rules/phrases';
import { fingerprintText, measure, outboundLinks, sizeOf, textOf } from '../text';
import type { Filter, Removal } from '../types';
import { leafBlocks } from './blocks';
import { isRelatedHeading } from './remove-related-lists';
import { isHeadlineLink } from './teasers';

/**
 * Teasers that Readability keeps because they sit between the story's paragraphs (seed 000): runs of
 * headline-only links ("Plastic straw makers celebrate …", "Day 24: …"), and a teaser label with its
 * links ("You might also like", "Read more from Sky News:", "Follow live: Ukraine war latest",
 * "Read more: What is Article 5?").
 */
const MIN_RUN = 2;
/** The blocks a teaser label or teaser link can be. */
const BLOCKS = 'p, div, li, h1, h2, h3, h4, h5, h6, section, aside, figure, blockquote';

/** A block whose words are all inside one or more links to other pages. */
function isLinkOnly(el: Element, url: URL): boolean {
  const links = outboundLinks(el, url);
  if (links.length === 0) return false;
  const inLinks = links.reduce((n, a) => n + fingerprintText(a.textContent ?? '').length, 0);
  return inLinks >= fingerprintText(el.textContent ?? '').length;
}

function labelLength(text: string): number {
  const t = text.toLowerCase();
  for (const re of TEASER_LABELS) {
    const m = re.exec(t);
    if (m) return m[0].length;
  }
  return 0;
}

/** "Read more: <a>What is Article 5?</a>": a teaser label, then nothing but a link. */
function isLabelledLink(el: Element, url: URL): boolean {
  const text = textOf(el);
  const label = labelLength(text);
  if (label === 0) return false;
  const links = outboundLinks(el, url);
  if (links.length === 0) return false;
  const rest = fingerprintText(text.slice(label)).length;
  const inLinks = links.reduce((n, a) => n + fingerprintText(a.textContent ?? '').length, 0);
  return inLinks >= rest;
}

export const removeInlineTeasers: Filter = {
  id: 'remove-inline-teasers',
  reason: 'links to other stories placed inside this one',
  stage: 'after-readability',
  apply({ root, url }) {
    const removals: Removal[] = [];
    // Labelled teasers: the label block, and the headline links that follow it.
    const sizes = measure(root);
    for (const el of [...root.querySelectorAll(BLOCKS)]) {
      // Teaser labels and their links are short; long blocks are prose.
      if (sizeOf(sizes, el).chars > 400 || !root.contains(el)) continue;
      if (isLabelledLink(el, url)) {
        removeBlock(el, this, removals, 'a teaser label with a link to another story');
        continue;
      }
      const text = textOf(el);
      if (text && isRelatedHeading(text) && !el.querySelector('p')) {
        const run: Element[] = [];
        for (let sib = el.nextElementSibling; sib && isLinkOnly(sib, url); sib = sib.nextElementSibling)
          run.push(sib);
        if (run.length > 0) {
          removeBlock(el, this, removals, `a teaser list under “${text}”`);
          for (const r of run) removeBlock(r, this, removals, `a teaser list under “${text}”`);
        }
      }
    }
    // Unlabelled runs: two or more blocks in a row that are each one headline link and nothing else.
    let run: Element[] = [];
    const flush = () => {
      if (run.length >= MIN_RUN)
        for (const el of run) removeBlock(el, this, removals, 'a run of headline links between paragraphs');
      run = [];
    };
    for (const el of leafBlocks(root)) {
      // A list of references is content; teaser lists come with a label or as a link list (above).
      if (!root.contains(el) || el.tagName.toUpperCase() === 'LI') continue;
      const links = outboundLinks(el, url);
      const headlineOnly = links.length === 1 && isHeadlineLink(links[0] as Element) && isLinkOnly(el, url);
      if (headlineOnly) run.push(el);
      else flush();
    }
    flush();
    return removals;
  },
};
