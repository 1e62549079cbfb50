import type { PageIndex } from './page-index';
import { textKey } from './page-index';
import { fingerprintText, textOf } from './text';

/**
 * The standfirst: the one-sentence summary printed above the story, which is also the page's meta
 * description (seeds 001 and 002). Readability often leaves it out because it sits in a heading outside
 * the body. When the page showed the description as its own block and the article lacks it, it is
 * returned to be shown with the headline, as the page shows it: a part of the story's header like the
 * byline, not its first paragraph (the human-reviewed texts of WCXB leave it out of the body on most
 * pages: kept in the body, it cost 51 of 793 articles 0.23 F1 summed). `page` is the index of the page
 * before any filter ran, so the block is found by its fingerprint without reading the page again.
 */
const MIN_CHARS = 60;
/** Letters of the description's opening that, printed in the article, make it the story's own words. */
const OPENING_LETTERS = 40;
const CANDIDATES = new Set(['H2', 'H3', 'H4', 'P', 'DIV', 'SPAN', 'STRONG', 'EM']);

export function findStandfirst(page: PageIndex, content: Element, description: string | null): string | null {
  if (!description || description.length < MIN_CHARS) return null;
  const wanted = textKey(description);
  const shown = page.withKey(wanted).find((el) => CANDIDATES.has(el.tagName.toUpperCase()));
  if (!shown) return null;
  // Already there, whole, or as the opening of the story: a description cut from the story's first
  // paragraph ("We got the keys 48 hours ago. The house is full of boxes, chaos…" over "We got the keys
  // 48 hours ago. The house is full of boxes, our stuff is everywhere…", WCXB 0487) is a teaser of it.
  const article = fingerprintText(content.textContent ?? '');
  const wantedText = fingerprintText(description);
  if (article.includes(wantedText.slice(0, OPENING_LETTERS))) return null;
  return textOf(shown) || null;
}
