import { resolveUrl, sameDocument, textOf } from '../text';
import type { Filter } from '../types';
import { elementsOf } from './lines';
import { isRelatedHeading } from './remove-related-lists';
import { isHeadlineLink } from './teasers';

/**
 * A run of items that each lead to another story, whatever separates them. remove-related-lists and
 * remove-inline-teasers find items that are elements (<li>, <div>, cards); this one reads inside one
 * container whose items are separated only by <br> or sit as loose text and inline links (headtopics'
 * "Similar News:" printed as one block: a headline link, a long excerpt, "Read more »", a line break,
 * the next headline …). The container is cut into lines at <br> and at block children; an item is a
 * line that is (mostly) a headline link to another page, with the lines after it up to the next one
 * (its excerpt, its "Read more"). The container goes when items fill it: at least three distinct
 * stories, or two under a heading for other stories ("Similar News:", "You might like").
 */
const CONTAINERS = new Set(['DIV', 'P', 'SECTION', 'TD', 'BLOCKQUOTE', 'ARTICLE', 'ASIDE', 'SPAN']);
const BLOCK = /^(P|DIV|H[1-6]|UL|OL|LI|SECTION|ARTICLE|ASIDE|TABLE|FIGURE|BLOCKQUOTE|HEADER|FOOTER)$/;
/** A headline line is mostly its link. */
const HEADLINE_LINE_SHARE = 0.7;
/** An excerpt is a teaser's, not a story's. */
const MAX_EXCERPT_CHARS = 1200;
const MIN_ITEMS = 3;
const MIN_ITEMS_UNDER_HEADING = 2;

interface Line {
  text: string;
  links: HTMLAnchorElement[];
  linkChars: number;
}

function linesOf(el: Element, url: URL): Line[] | null {
  const lines: Line[] = [];
  let nodes: Node[] = [];
  const flush = () => {
    let text = '';
    const links: HTMLAnchorElement[] = [];
    let linkChars = 0;
    for (const n of nodes) {
      text += n.textContent ?? '';
      if (n.nodeType === 1) {
        const e = n as Element;
        const own = e.tagName.toUpperCase() === 'A' ? [e] : [];
        for (const a of [...own, ...e.querySelectorAll('a[href]')]) {
          const to = resolveUrl(a.getAttribute('href') ?? '', url);
          if (!to || !/^https?:$/.test(to.protocol) || sameDocument(to, url)) continue;
          links.push(a as HTMLAnchorElement);
          linkChars += textOf(a).length;
        }
      }
    }
    nodes = [];
    const t = text.replace(/\s+/g, ' ').trim();
    if (t) lines.push({ text: t, links, linkChars });
  };
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1) {
      const tag = (child as Element).tagName.toUpperCase();
      if (tag === 'BR' || tag === 'HR') {
        flush();
        continue;
      }
      if (BLOCK.test(tag)) {
        // A block child holding prose paragraphs means this is not one list.
        if ((child as Element).querySelector('p p, p + p')) return null;
        flush();
        nodes.push(child);
        flush();
        continue;
      }
    }
    if (child.nodeType === 1 || child.nodeType === 3) nodes.push(child);
  }
  flush();
  return lines;
}

const MAX_LABEL_CHARS = 40;

function isUnknownLabel(line: Line): boolean {
  return line.links.length === 0 && line.text.length <= MAX_LABEL_CHARS && !/[.!?]$/.test(line.text);
}

function isHeadlineLine(line: Line): boolean {
  return (
    line.links.length >= 1 &&
    line.links.some(isHeadlineLink) &&
    line.linkChars >= line.text.length * HEADLINE_LINE_SHARE
  );
}

export const removeStoryRuns: Filter = {
  id: 'remove-story-runs',
  why: 'a block of other stories separated only by line breaks is still a list of other stories',
  reason: 'other-stories',
  stage: 'after-readability',
  apply(ctx) {
    const { url, index, root } = ctx;
    for (const el of elementsOf(ctx, CONTAINERS)) {
      if (el === root || index.size(el).links < MIN_ITEMS_UNDER_HEADING) continue;
      // Only containers that use line breaks or loose inline links: element lists are handled elsewhere.
      if (!el.querySelector(':scope > br, :scope > a')) continue;
      const lines = linesOf(el, url);
      if (!lines || lines.length < 3) continue;
      const first = lines[0] as Line;
      const labelled = first.links.length === 0 && isRelatedHeading(`${first.text.split(/[:：]/)[0]}:`);
      // A label the phrase table does not know ("Más de Deportes", a label in another language) is a
      // short line without links or a sentence's end; three stories must then follow it.
      const start = labelled || isUnknownLabel(first) ? 1 : 0;
      const targets = new Set<string>();
      let excerpt = 0;
      let ok = true;
      for (let i = start; i < lines.length && ok; i++) {
        const line = lines[i] as Line;
        if (isHeadlineLine(line)) {
          targets.add(line.links.find(isHeadlineLink)?.getAttribute('href') ?? '');
          excerpt = 0;
        } else if (targets.size === 0) ok = false;
        else {
          excerpt += line.text.length - line.linkChars;
          if (excerpt > MAX_EXCERPT_CHARS) ok = false;
        }
      }
      if (!ok) continue;
      if (targets.size >= (labelled ? MIN_ITEMS_UNDER_HEADING : MIN_ITEMS)) {
        const heading = labelled ? first.text.slice(0, 40) : undefined;
        ctx.remove(el, 'story-run', 'other-stories', heading ? { heading } : {});
      }
    }
  },
};
