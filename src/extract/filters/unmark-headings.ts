import { Readability } from '@mozilla/readability';
import type { Filter } from '../types';

/**
 * Readability judges an element by its class and id: "header", "social" or "related" in them and the
 * element is dropped before scoring, "media" or "share" and a heading is dropped afterwards. On a
 * heading those words often say nothing about clutter. Substack marks every heading of a post
 * `class="header-anchor-post"` (a heading is a header); WordPress and table-of-contents plugins give a
 * heading an id spelled from its own words ("What is social media marketing?" has
 * `id="what-is-social-media-marketing"`). Readability then cuts every section heading out of the story
 * (WCXB 0383, 0425, 0434, 0460, 0472 and ten more Substack posts; 0038, 0166, 0293, 0440…). The same
 * word takes a story's opening with it when the page prints it in a "listicle-header" (0133, 4265).
 *
 * A heading whose class and id match Readability's clutter words only through "header"/"heading" or
 * through the heading's own words loses both attributes on the working copy, so Readability reads it
 * like any other heading. A heading whose class says more ("sidebar-header", "comment-reply-title") is
 * left to Readability, and so is an id of one or two of its words ("comments", "related-posts"): that
 * may as well name a section of clutter, dropped by class with its heading. A region marked "header" loses
 * its marks when it is prose: paragraphs, one of them long, holding most of its letters (not a menu
 * beside a line about the site, nor a byline box with a biography).
 */
interface ReadabilityWords {
  unlikelyCandidates: RegExp;
  okMaybeItsACandidate: RegExp;
  negative: RegExp;
}
const WORDS = (Readability.prototype as unknown as { REGEXPS: ReadabilityWords }).REGEXPS;
const HEADINGS = 'h1, h2, h3, h4, h5, h6';
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Paragraph letters that make a header region the story's opening: two sentences or more of prose. */
const MIN_PROSE = 200;
const MIN_PARAGRAPH = 100;
/** Share of a header region's letters in those paragraphs: the region is prose, not a menu beside a line. */
const PROSE_SHARE = 0.8;

function holdsProse(el: Element): boolean {
  let total = 0;
  let longest = 0;
  for (const p of el.querySelectorAll('p')) {
    if (p.closest('a')) continue;
    const n = (p.textContent ?? '').trim().length;
    total += n;
    longest = Math.max(longest, n);
  }
  // A masthead with a line about the site beside its menu, or a byline box with the writer's biography
  // beside their name and the date, is still not the story's opening.
  return (
    total >= MIN_PROSE &&
    longest >= MIN_PARAGRAPH &&
    total >= (el.textContent ?? '').trim().length * PROSE_SHARE
  );
}
/** A token that names the element a heading: it says what the element is, not what it holds. */
const SELF_NAME = /head(er|ing)/i;
/** The heading's own words its class or id must spell before they count as its slug. */
const MIN_SLUG_WORDS = 3;

function readAsClutter(marks: string): boolean {
  return (
    (WORDS.unlikelyCandidates.test(marks) && !WORDS.okMaybeItsACandidate.test(marks)) ||
    WORDS.negative.test(marks)
  );
}

const tokens = (s: string): string[] =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

export const unmarkHeadings: Filter = {
  id: 'unmark-headings',
  why: "a heading whose class or id only names it a header or spells its own words is not clutter to Readability's class test",
  reason: 'duplicate',
  stage: 'before-readability',
  apply({ root }) {
    for (const h of root.querySelectorAll(HEADINGS)) {
      const marks = `${h.getAttribute('class') ?? ''} ${h.getAttribute('id') ?? ''}`;
      if (!readAsClutter(marks)) continue;
      const own = new Set(tokens(h.textContent ?? ''));
      const marked = tokens(marks);
      // An id spelled from several of the heading's words is its slug; one or two words ("comments",
      // "related-posts") may as well name a section of clutter.
      const slug = marked.filter((t) => own.has(t)).length >= MIN_SLUG_WORDS ? own : new Set<string>();
      const left = marked.filter((t) => !SELF_NAME.test(t) && !slug.has(t));
      if (readAsClutter(left.join('-'))) continue;
      h.removeAttribute('class');
      h.removeAttribute('id');
    }
    // A "header" that holds paragraphs of prose is the story's opening, not the site's masthead.
    for (const el of root.querySelectorAll('[class*="header" i], [id*="header" i]')) {
      if (HEADING_TAGS.has(el.tagName)) continue;
      const marks = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
      if (!readAsClutter(marks)) continue;
      if (
        readAsClutter(
          tokens(marks)
            .filter((t) => !SELF_NAME.test(t))
            .join('-'),
        )
      )
        continue;
      if (!holdsProse(el)) continue;
      el.removeAttribute('class');
      el.removeAttribute('id');
    }
  },
};
