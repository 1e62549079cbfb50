import type { PageIndex } from '../page-index';
import { collapse, countWords, outboundLinks, textOf } from '../text';

/**
 * What a teaser for another story looks like, by structure: it links away, and the text that is not
 * link is short (a date, a one-paragraph summary, "Read more »"). Shared by the filters that remove
 * lists of other stories before and after Readability.
 */
const MAX_SUMMARY_CHARS = 1200;

export function isTeaser(el: Element, pageUrl: URL): boolean {
  const links = outboundLinks(el, pageUrl);
  if (links.length === 0) return false;
  if (el.querySelectorAll('p').length > 3) return false;
  let linkChars = 0;
  for (const a of links) linkChars += textOf(a).length;
  const total = textOf(el).length;
  return total - linkChars <= MAX_SUMMARY_CHARS;
}

/** An element with no words in it: spacing, a bare image, a rule. */
export function isBlank(node: Node): boolean {
  return collapse(node.textContent ?? '') === '';
}

/** A link whose text reads like a headline: several words, not a bare "Read more". */
export function isHeadlineLink(a: Element): boolean {
  const words = textOf(a).split(' ').filter(Boolean).length;
  return words >= 4 && words <= 30;
}

/** A block's text in order: each link's text, and the runs of text between links. */
export function pieces(block: Element): { link: boolean; text: string }[] {
  const out: { link: boolean; text: string }[] = [];
  const walk = (node: Node): void => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 1 && (n as Element).tagName.toUpperCase() === 'A') {
        out.push({ link: true, text: textOf(n) });
      } else if (n.nodeType === 1) walk(n);
      else if (n.nodeType === 3) {
        const last = out[out.length - 1];
        if (last && !last.link) last.text += n.nodeValue ?? '';
        else out.push({ link: false, text: n.nodeValue ?? '' });
      }
    }
  };
  walk(block);
  return out;
}

/** Words of prose before a sentence's first link ("This resort also features in my lists of the"). */
const MIN_LEAD_WORDS = 4;
/** Between links of a sentence only joining words: ", the", "and the", ", and". */
const MAX_JOIN_WORDS = 3;

/**
 * A link set in a sentence of prose: its line opens with several words before its first link, the
 * links are joined by commas and "and", and the line ends with a full stop. "This resort also features
 * in my top 10 lists of the <a>best hotels in the world</a>, the <a>…</a>, and the <a>…</a>." (WCXB
 * 0189) is the author's sentence; a headline list leads with its links, or a date, and has no full stop.
 */
export function isInSentence(a: Element, within: Element, lines?: Map<Element, boolean>): boolean {
  const block = a.parentElement?.closest('p, li, dd, td, blockquote');
  const line = block && within.contains(block) ? block : within;
  // The answer is the line's: the links of one line (all of a list's when they stand in no paragraph or
  // item) are answered by one reading of it, not one each.
  let known = lines?.get(line);
  if (known === undefined) {
    known = isSentence(line);
    lines?.set(line, known);
  }
  return known;
}

function isSentence(line: Element): boolean {
  const parts = pieces(line).filter((p) => p.link || p.text.trim() !== '');
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (!first || first.link || !last || last.link) return false;
  const lead = collapse(first.text);
  if (countWords(lead) < MIN_LEAD_WORDS || /[:|·•»\]]$/.test(lead)) return false;
  if (!/[.!?]["”’)]?$/.test(collapse(last.text))) return false;
  return parts.slice(1, -1).every((p) => p.link || countWords(p.text) <= MAX_JOIN_WORDS);
}

/** The stories a list of other stories links to, at least. */
const MIN_STORIES = 3;

/** A list of several stories: at least three distinct links out, mostly links, most of them headlines. */
export function isHeadlineList(el: Element, pageUrl: URL, index: PageIndex): boolean {
  // The index's count of links, at least what the block holds now, spares the search of most blocks.
  if (index.size(el).links < MIN_STORIES || !index.mostlyLinks(el)) return false;
  const links = outboundLinks(el, pageUrl);
  const targets = new Set(links.map((a) => a.getAttribute('href')));
  if (targets.size < MIN_STORIES) return false;
  // Links set in the author's sentences are prose, not headlines, however headline-like their words.
  const lines = new Map<Element, boolean>();
  const headlines = links.filter((a) => isHeadlineLink(a) && !isInSentence(a, el, lines)).length;
  return headlines >= MIN_STORIES && headlines >= links.length / 2;
}

/** Words of three letters or more before an item's link: "Cornell Botanic Gardens –", not a date. */
const MIN_LEAD_NAMES = 2;

/**
 * A list of references, not of teasers: most items open with words before their link (an author, a
 * publisher, a title: "Cerra, J., Wien, H. C., & Skelly, S. (2015). <a>Making change…</a>"), where a
 * teaser leads with its headline link, or a date or a one-word section. WCXB 0275.
 */
export function isReferenceList(el: Element): boolean {
  const items = el.tagName.toUpperCase() === 'LI' ? [el] : [...el.querySelectorAll(':scope > li')];
  if (items.length < 2) return false;
  let leading = 0;
  for (const li of items) {
    const first = pieces(li).filter((p) => p.link || p.text.trim() !== '')[0];
    if (first && !first.link && (first.text.match(/\p{L}{3,}/gu) ?? []).length >= MIN_LEAD_NAMES) leading++;
  }
  return leading * 2 > items.length;
}
