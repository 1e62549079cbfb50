import { TEASER_LABELS } from '../rules/phrases';
import { fingerprintText, outboundLinks, textOf } from '../text';
import type { Filter } from '../types';
import { elementsOf, lower } from './lines';
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
const BLOCKS = new Set([
  'P',
  'DIV',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'SECTION',
  'ASIDE',
  'FIGURE',
  'BLOCKQUOTE',
]);

/** A block whose words are all inside one or more links to other pages. */
function isLinkOnly(el: Element, url: URL): boolean {
  const links = outboundLinks(el, url);
  if (links.length === 0) return false;
  const inLinks = links.reduce((n, a) => n + fingerprintText(a.textContent ?? '').length, 0);
  return inLinks >= fingerprintText(el.textContent ?? '').length;
}

function labelLength(text: string): number {
  const t = lower(text);
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
  why: 'teasers for other stories are placed between the paragraphs of this one',
  reason: 'other-stories',
  stage: 'after-readability',
  apply(ctx) {
    const { url, index } = ctx;
    // Labelled teasers: the label block, and the headline links that follow it.
    for (const el of elementsOf(ctx, BLOCKS)) {
      // Teaser labels and their links are short; long blocks are prose.
      if (index.size(el).chars > 400) continue;
      if (isLabelledLink(el, url)) {
        ctx.remove(el, 'teaser-label');
        continue;
      }
      const text = textOf(el);
      if (text && isRelatedHeading(text) && !el.querySelector('p')) {
        const run: Element[] = [];
        for (let sib = el.nextElementSibling; sib && isLinkOnly(sib, url); sib = sib.nextElementSibling)
          run.push(sib);
        if (run.length > 0) {
          const heading = text.length > 40 ? `${text.slice(0, 39)}…` : text;
          ctx.remove(el, 'teaser-list', 'other-stories', { heading });
          for (const r of run) ctx.remove(r, 'teaser-list', 'other-stories', { heading });
        }
      }
    }
    // Unlabelled runs: two or more blocks in a row that are each one headline link and nothing else.
    let run: Element[] = [];
    const flush = () => {
      if (run.length >= MIN_RUN) for (const el of run) ctx.remove(el, 'headline-run');
      run = [];
    };
    for (const el of index.leafBlocks()) {
      // A list is content (references; a listicle's products as <li><h2><a>, WCXB 0068); teaser lists
      // come with a label or as a link list (above).
      if (ctx.isGone(el) || el.tagName.toUpperCase() === 'LI' || el.closest('li')) continue;
      const links = outboundLinks(el, url);
      const headlineOnly = links.length === 1 && isHeadlineLink(links[0] as Element) && isLinkOnly(el, url);
      if (headlineOnly) run.push(el);
      else flush();
    }
    flush();
  },
};
