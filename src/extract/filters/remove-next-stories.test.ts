import { describe, expect, it } from 'vitest';
import { context, PROSE, PROSE_2 } from '../../../tests/helpers/context';
import { removeNextStories } from './remove-next-stories';

const BODY = `<p>${PROSE}</p><p>${PROSE_2}</p><p>${PROSE}</p><p>${PROSE_2}</p>`;
const story = (headline: string, by: string) =>
  `<article class="post story-${by.length}"><h1>${headline}</h1><div class="byline">By ${by}</div>${BODY}</article>`;

/**
 * Fires on no page of the WCXB dev split (none loads a next story under its own: the 793 article pages
 * read the same with it and without it; a cloud provider's guide whose sections each have an `<h1>`,
 * 0005, lost a section before stories had to show a date or a writer), nor on Readability's test pages; it is for news pages that load
 * the next story as the reader scrolls, the complaint of mozilla/readability#473 (tests/fixtures/
 * agg-infinite-next-story), and for a summary app's feed of cards whose headlines are declared in
 * microdata (agg-summary-cards, a held-out page).
 */
describe('remove-next-stories', () => {
  it('removes the whole stories printed alike after the one the page is titled by', () => {
    const ctx = context(
      `<main>${story('Bridge plan faces new review', 'Ana Ruiz')}<div>Next story</div>${story('School board picks a new head', 'Li Wei')}${story('Storm closes the harbour road', 'Tom Berg')}</main>`,
      { title: 'Bridge plan faces new review' },
    );
    const removed = ctx.apply(removeNextStories);
    expect(removed.map((r) => r.reason)).toEqual(['next-stories', 'next-stories']);
    expect(ctx.text()).toContain('Bridge plan faces new review By Ana Ruiz');
    expect(ctx.text()).not.toMatch(/School board|Storm closes|Li Wei|Tom Berg/);
  });

  it('keeps the story the page is titled by when it is not the first one printed', () => {
    const ctx = context(
      `<main>${story('School board picks a new head', 'Li Wei')}${story('Bridge plan faces new review', 'Ana Ruiz')}</main>`,
      { title: 'Bridge plan faces new review' },
    );
    ctx.apply(removeNextStories);
    expect(ctx.text()).toContain('Bridge plan faces new review');
    expect(ctx.text()).not.toContain('School board');
  });

  it('finds the next stories in a container of their own after the story', () => {
    const ctx = context(
      `<main>${story('Bridge plan faces new review', 'Ana Ruiz')}<div id="next-articles">${story('School board picks a new head', 'Li Wei')}</div></main>`,
      { title: 'Bridge plan faces new review' },
    );
    expect(ctx.apply(removeNextStories)).toHaveLength(1);
    expect(ctx.text()).not.toContain('School board');
  });

  it('keeps sections of one story under headings of their own, and teasers without paragraphs', () => {
    const section = (h: string) => `<section class="part"><h2>${h}</h2>${BODY}</section>`;
    // A page builder's sections, each under an <h1>, with no date or writer of their own (WCXB 0005).
    const part = (h: string) => `<section class="part"><div><h1>${h}</h1></div><div>${BODY}</div></section>`;
    const teaser = (h: string) =>
      `<article class="post"><h1><a href="/x">${h}</a></h1><p>A line.</p></article>`;
    for (const html of [
      `<article class="post"><h1>Bridge plan faces new review</h1>${section('The cost')}${section('The vote')}</article>`,
      `<div class="part"><h1>Bridge plan faces new review</h1>${BODY}</div><div class="part"><h1>Bridge plan faces new review</h1></div>`,
      `${story('Bridge plan faces new review', 'Ana Ruiz')}${teaser('School board picks a new head')}${teaser('Storm closes the harbour road')}`,
      `<main>${part('Bridge plan faces new review')}${part('The cost defined')}${part('Who pays')}</main>`,
    ]) {
      const ctx = context(html, { title: 'Bridge plan faces new review' });
      expect(ctx.apply(removeNextStories)).toEqual([]);
    }
  });

  it('removes the other cards of a feed whose headlines are declared, not <h1>s (a summary app, agg-summary-cards)', () => {
    // Each card a NewsArticle of its own: the headline in microdata, a writer and a time, a summary of
    // about 60 words (under 400 characters: a story of its own all the same).
    const SUMMARY = `<p>${PROSE} ${PROSE_2}</p>`;
    const card = (headline: string, by: string, words: string) =>
      `<div class="card shadow"><div itemscope itemtype="https://schema.org/NewsArticle"><a href="/n/${by.length}"><span itemprop="headline">${headline}</span></a><div>short by <span itemprop="author">${by}</span> / 09:41 am</div><div itemprop="articleBody">${words}</div></div></div>`;
    const ctx = context(
      `<div class="feed">${card('Bridge plan faces new review', 'Ana Ruiz', BODY)}${card('School board picks a new head', 'Li Wei', SUMMARY)}${card('Storm closes the harbour road', 'Tom Berg', SUMMARY)}</div>`,
      { title: 'Bridge plan faces new review' },
    );
    expect(ctx.apply(removeNextStories).map((r) => r.reason)).toEqual(['next-stories', 'next-stories']);
    expect(ctx.text()).toContain('Bridge plan faces new review');
    expect(ctx.text()).not.toMatch(/School board|Storm closes|Li Wei|Tom Berg/);
  });

  it('keeps the replies of a thread that name its headline, and every story when none is the title', () => {
    const reply = (by: string) =>
      `<article class="post"><h1>Re: Bridge plan faces new review</h1><div>${by}</div>${BODY}</article>`;
    const thread = context(
      `${story('Bridge plan faces new review', 'Ana Ruiz')}${reply('Li Wei')}${reply('Tom Berg')}`,
      {
        title: 'Bridge plan faces new review',
      },
    );
    expect(thread.apply(removeNextStories)).toEqual([]);
    const home = context(
      `${story('School board picks a new head', 'Li Wei')}${story('Storm closes the harbour road', 'Tom Berg')}`,
      {
        title: 'The Daily Feed',
      },
    );
    expect(home.apply(removeNextStories)).toEqual([]);
  });
});
