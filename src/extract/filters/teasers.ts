import type { PageIndex } from '../page-index';
import { collapse, outboundLinks, textOf } from '../text';

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

/** A list of several stories: at least three distinct links out, mostly links, most of them headlines. */
export function isHeadlineList(el: Element, pageUrl: URL, index: PageIndex): boolean {
  if (!index.mostlyLinks(el)) return false;
  const links = outboundLinks(el, pageUrl);
  const targets = new Set(links.map((a) => a.getAttribute('href')));
  if (targets.size < 3) return false;
  const headlines = links.filter(isHeadlineLink).length;
  return headlines >= 3 && headlines >= links.length / 2;
}
