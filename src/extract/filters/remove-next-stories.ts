import { childElements, listOf } from '../nodes';
import { alike } from '../shape';
import { fingerprintText } from '../text';
import type { Filter, FilterContext } from '../types';

/**
 * The next stories a page loads under its own as the reader scrolls ("infinite scroll"), or prints
 * there to keep them reading: the story's component again (an `<article>` alike the story's), each
 * with a headline (`<h1>`) over paragraphs of its own. Readability takes the container
 * of them all and reads several stories as one (mozilla/readability#473). The story is the one whose
 * headline the page is titled by; the others go.
 *
 * By structure: the story's container is the largest element around its headline that holds no
 * other `<h1>`, and it must hold the story's paragraphs itself (a headline in a header of its own is
 * not one of a run of stories). Beside it, an element alike it, or inside a sibling an element alike
 * it, with an `<h1>` that is not the story's ("Re: …" replies name it) over paragraphs of its own and a
 * date or a writer of its own, is another story.
 */

/** Paragraph characters a container must hold to be the reader's whole story… */
const MIN_STORY_CHARS = 400;
/** …and each other one: a summary app's card of 60 words (about 350 characters) is a story of its own. */
const MIN_OTHER_CHARS = 200;
/**
 * A story's headline is its `<h1>`, in each copy of the component. Of lower levels, a page builder
 * makes every section of one story alike, each under an `<h2>` of its own.
 */
const HEADLINE = 'h1';
/**
 * Story cards that print their headlines without `<h1>`s say which text is each one's headline in
 * schema.org microdata (a summary app's feed of cards, each a NewsArticle with its `headline`).
 */
const DECLARED_HEADLINE = '[itemprop~="headline"]';
/**
 * What a story prints that a section of one does not: its date, its writer. The story and each other
 * one hold one: a page builder's sections, each under an `<h1>` of its own, hold none (WCXB 0005).
 */
const STORY_MARKS =
  'time, [itemprop~="datePublished"], [itemprop~="author"], [rel~="author"], [class*="byline" i], [class*="author" i]';

export const removeNextStories: Filter = {
  id: 'remove-next-stories',
  why: 'the stories a page loads below the one the reader opened are not part of it',
  reason: 'next-stories',
  stage: 'before-source',
  apply(ctx) {
    // Another story brings an <h1> of its own, or a headline it declares: a page with one has none to
    // take out, and is not measured.
    let headlines: Element[] = listOf(ctx.root.getElementsByTagName(HEADLINE));
    if (headlines.length < 2) headlines = [...ctx.root.querySelectorAll(DECLARED_HEADLINE)];
    if (headlines.length < 2) return;
    const title = fingerprintText(ctx.title);
    const headline = title
      ? headlines.find((h) => fingerprintText(h.textContent ?? '') === title)
      : undefined;
    if (!headline) return;
    const others = headlines.filter((h) => h !== headline);
    const story = storyContainer(headline, ctx.root, others);
    if (!story || !wholeStory(story, ctx, MIN_STORY_CHARS)) return;
    const other = (el: Element) => {
      if (el.contains(headline)) return false;
      const own = others.find((h) => el.contains(h));
      return (
        !!own &&
        !fingerprintText(own.textContent ?? '').includes(title) &&
        wholeStory(el, ctx, MIN_OTHER_CHARS)
      );
    };
    // Listed first: a removed sibling has no next one.
    for (const sib of story.parentElement ? childElements(story.parentElement) : []) {
      if (sib === story || !others.some((h) => sib.contains(h))) continue;
      if (alike(sib, story)) {
        if (other(sib)) ctx.remove(sib, 'next-story');
        continue;
      }
      // The next stories in a container of their own after the story's ("#next-articles").
      for (const el of listOf(sib.getElementsByTagName(story.tagName)))
        if (alike(el, story) && !ctx.isGone(el) && other(el)) ctx.remove(el, 'next-story');
    }
  },
};

/** Paragraphs enough for a story, and its date or writer. */
function wholeStory(el: Element, ctx: FilterContext, min: number): boolean {
  return ctx.index.size(el).paragraphChars >= min && el.querySelector(STORY_MARKS) !== null;
}

/** The largest element around the headline, below the root, that holds none of the other headlines. */
function storyContainer(headline: Element, root: Element, others: readonly Element[]): Element | null {
  let box = headline;
  for (let up = headline.parentElement; up && up !== root; up = up.parentElement) {
    if (others.some((h) => up.contains(h))) break;
    box = up;
  }
  return box === headline ? null : box;
}
