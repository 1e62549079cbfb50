import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { page } from '../../../tests/helpers/dom';
import { articleOf } from '../../../tests/helpers/extract';
import { scrolledTitle } from './scrolled';

/**
 * The story a reader scrolled to. Fires on no page of the corpora: they are pages as served, before any
 * scrolling. The page below is the fixture agg-infinite-next-story as the browser holds it once the
 * reader scrolled to its second story: the site rewrote the address and the `<title>`, nothing else.
 */
const STREAM = fs.readFileSync(
  path.resolve(import.meta.dirname, '../../../tests/fixtures/agg-infinite-next-story/source.html'),
  'utf8',
);
const OPENED = 'https://www.feedcurrent.example/world/2026/03/14/ferry-operators-agree-winter-timetable';
const SECOND = 'https://www.feedcurrent.example/business/2026/03/13/bakery-chain-opens-training-school';
const SECOND_TITLE = 'Bakery chain opens a training school for apprentice bakers';
const scrolledTo = (title: string) =>
  STREAM.replace(/<title>[^<]*<\/title>/, `<title>${title} | FeedCurrent</title>`);

describe('the story a reader scrolled to', () => {
  it('is read, with its own byline, date and source, and the first story is left out', () => {
    const article = articleOf(scrolledTo(SECOND_TITLE), SECOND);
    expect(article.title).toBe(SECOND_TITLE);
    expect(article.byline).toBe('Jonas Feld');
    expect(article.published?.slice(0, 10)).toBe('2026-03-13');
    expect(article.provenance.source?.name).toBe('Trade Weekly');
    expect(article.text).toContain('apprentices will spend two days a week');
    expect(article.text).not.toContain('winter timetable');
  });

  it('is the opened story while the address and the title are the page’s own', () => {
    const article = articleOf(STREAM, OPENED);
    expect(article.title).toBe('Ferry operators agree a winter timetable for the island routes');
    expect(article.byline).toBe('Marta Quiroga');
  });

  const titleAt = (html: string, url: string) => {
    const dom = page(html, url);
    try {
      return scrolledTitle(
        dom.window.document,
        new URL(url),
        'Ferry operators agree a winter timetable for the island routes',
        ['FeedCurrent'],
      );
    } finally {
      dom.window.close();
    }
  };

  it('needs another address of the same site, a title that is not the opened story’s, and that story’s <h1>', () => {
    expect(titleAt(scrolledTo(SECOND_TITLE), SECOND)).toBe(`${SECOND_TITLE} | FeedCurrent`);
    // The address the head declares (a copy that states its original elsewhere is not scrolled).
    expect(titleAt(scrolledTo(SECOND_TITLE), OPENED)).toBeNull();
    expect(titleAt(scrolledTo(SECOND_TITLE), 'https://mirror.example/business/bakery-chain')).toBeNull();
    // A title no headline on the page shows (a section's, the site's).
    expect(titleAt(scrolledTo('Business news'), SECOND)).toBeNull();
    // One story on the page: nothing to have scrolled to.
    const alone = scrolledTo(SECOND_TITLE).replace(
      /<h1 class="entry-title">(Rare orchid|Ferry operators)[^<]*<\/h1>/g,
      '',
    );
    expect(titleAt(alone, SECOND)).toBeNull();
  });
});
