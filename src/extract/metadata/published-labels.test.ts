import { describe, expect, it } from 'vitest';
import { ld, read, STORY } from '../../../tests/helpers/metadata';

/** A headline with two long paragraphs under it: nothing dated next to the headline. */
const HERO = `<section class="hero"><h1>The five best noise-canceling headphones</h1><p>${'What we listened for, on planes, trains and in open offices. '.repeat(4)}</p><p>${'Which pairs kept their charge and which ones hurt after an hour. '.repeat(4)}</p></section>`;

describe('published date: labels and declarations away from the headline', () => {
  it('reads the date printed before "Updated" on the same line at the foot of the story (WCXB 4371)', () => {
    const m = read(
      '<meta property="article:modified_time" content="2025-12-07T13:33:15Z">',
      `${HERO}${STORY}<div class="date-and-credit"><p class="credit">Interview by <a href="/interviewer/sylvia">Sylvia Bishop</a></p><p class="date">December 3, 2025. <i>Updated: December 7, 2025</i></p></div>`,
    );
    expect(m.published).toBe('2025-12-03');
  });

  it('reads a "Published" date in the story’s own side column (WCXB 0300)', () => {
    const m = read(
      '',
      `${HERO}<div class="single-post-sidebar"><div class="single-post-meta"><h4>Published</h4><div class="single-post-date">July 8, 2025</div></div></div>${STORY}`,
    );
    expect(m.published).toBe('2025-07-08');
  });

  it('prefers "Published <time>" at the foot of the story to a declaration it does not show (WCXB 0343)', () => {
    const m = read(
      '<meta property="article:published_time" content="2025-11-29T12:28:31-05:00"><meta property="article:modified_time" content="2025-11-29T12:28:31-05:00">',
      `${HERO}${STORY}<div class="article-body__published"> Published <time datetime="2025-08-13">August 13, 2025</time></div>`,
    );
    expect(m.published).toBe('2025-08-13');
  });

  it('takes "Posted in" a category for no date’s label: the dateline of the next paragraph is not one (WCXB 4557)', () => {
    const m = read(
      '<meta property="article:published_time" content="2017-01-23T21:08:14+00:00">',
      `${HERO}<p class="taxonomy">Posted in <a href="/category/news-release/">News Release</a></p><p><strong>WASHINGTON</strong> (January 24, 2017) — Mindfulness meditation training lowers biomarkers of stress in people with anxiety, a study finds.</p>${STORY}`,
    );
    expect(m.published).toBe('2017-01-23T21:08:14.000Z');
  });

  it('reads a publication date declared under a site’s own meta name (WCXB 0237)', () => {
    const m = read('<meta name="w-published-date" content="2025-05-27T06:03:43.274Z">', `${HERO}${STORY}`);
    expect(m.published).toBe('2025-05-27T06:03:43.274Z');
    // A site's name for the last update is not one.
    expect(read('<meta name="w-updated-date" content="2025-05-27">', `${HERO}${STORY}`).published).toBeNull();
  });

  it('reads JSON-LD written into a <meta name="script:ld+json"> (WCXB 4053)', () => {
    const data = JSON.stringify({ '@type': 'Article', datePublished: '2025-11-17T09:00:00-05:00' });
    const m = read(
      `<meta name="script:ld+json" content="${data.replaceAll('"', '&quot;')}">`,
      `${HERO}${STORY}`,
    );
    expect(m.published).toBe('2025-11-17T09:00:00.000-05:00');
  });

  it('passes over the date of a preprint printed under a paper’s title (WCXB 2020)', () => {
    const m = read(
      `${ld({ '@type': 'ScholarlyArticle', headline: 'Efficacy of a meditation app', datePublished: '2019-06-25' })}`,
      `<article><h1>Efficacy of a meditation app</h1><p>Preprints (earlier versions) of this paper are available at <a href="https://preprints.example/14273">preprints.example/14273</a>, first published <span>04.Apr.2019</span>.</p>${STORY}</article>`,
    );
    expect(m.published).toBe('2019-06-25');
  });

  it('gives the month a story prints alone under its headline when the page gives no day (WCXB 4498)', () => {
    const m = read(
      '',
      `<article><h1>The five best noise-canceling headphones</h1><div class="body"><p>November 2015</p>${STORY}</div></article>`,
    );
    expect(m.published).toBe('2015-11');
  });
});
