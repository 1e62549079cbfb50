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

  it('never gives the month a member joined for the date, and reads a day written in microdata (WCXB 0533)', () => {
    const member = '<dl class="userstats"><dt>Join Date</dt> <dd>Nov 2024</dd><dt>Posts</dt> <dd>3</dd></dl>';
    const joined = read(
      '',
      `<div class="thread"><h1>What do you look for in a web host?</h1><div class="userinfo">${member}</div>${STORY}</div>`,
    );
    expect(joined.published).toBeNull();
    const written = read(
      '',
      `<div class="thread"><h1>What do you look for in a web host?</h1><div class="userinfo">${member}</div><span itemprop="datePublished"><span class="date">11-29-2024,&nbsp;<span class="time">09:03 AM</span></span></span>${STORY}</div>`,
    );
    expect(written.published).toBe('2024-11-29');
  });

  it('reads the date on the line above the byline in the story’s side column (WCXB 4174)', () => {
    const topics =
      '<div class="tags"><h2>Topics</h2><ul><li><a href="/t/pediatrics">Pediatrics</a></li><li><a href="/t/general-pediatrics">General pediatrics</a></li><li><a href="/t/sleep">Sleep and the first years of life</a></li><li><a href="/t/parents">Parents and caregivers</a></li></ul></div>';
    const m = read(
      '',
      `<main>${HERO}<div class="grid"><aside class="side-col"><p class="date">May 25, 2023</p><p class="article-author">Written By <span>Angela Holliday-Bell, MD</span></p>${topics}</aside><div class="body">${STORY}</div></div></main>`,
    );
    expect(m.published).toBe('2023-05-25');
    // The page's own side column, outside <main>, is not the story's.
    const side = read(
      '',
      `<main>${HERO}${STORY}</main><aside class="side-col"><p class="date">May 25, 2023</p><p class="article-author">Written By <span>Angela Holliday-Bell, MD</span></p>${topics}</aside>`,
    );
    expect(side.published).toBeNull();
  });

  it('passes over the date of a teaser card linking another page under the headline (WCXB 4105)', () => {
    const m = read(
      '',
      `<article><h1>Small business guide: cyber security</h1><p>How to improve your cyber security.</p><h2>Also see</h2><a href="/guidance/shopping-online"><span>Guidance</span> <span><h3 class="sr-only">Publish date</h3> <time datetime="2019-01-17T12:00:00Z">17 Jan 2019</time></span><h3>Shopping and paying safely online</h3><div>Tips to help you purchase items safely and avoid fraudsters.</div></a>${STORY}<div><h4>Published</h4><h3 class="sr-only">Publish date</h3> <time datetime="2018-11-15T12:00:00Z">15 November 2018</time></div><div><h4>Reviewed</h4> <time datetime="2020-10-08T12:00:00Z">8 October 2020</time></div></article>`,
    );
    expect(m.published).toBe('2018-11-15');
  });

  it('passes over the dates of a changelog under the headline for the declared date (WCXB 0482)', () => {
    const m = read(
      '<meta property="article:published_time" content="2021-01-18T19:55+01:00">',
      `<article><h1>How to choose a tool</h1><ul><li>Updates<ul><li>2021-08-09 Emphasizing non-requirements for analysis as well as tool choice steps.</li><li>2022-04-12 Link to <a href="https://other.example/choosing">Choosing Software</a></li></ul></li></ul>${STORY}</article>`,
    );
    expect(m.published).toBe('2021-01-18T19:55:00.000+01:00');
  });

  it('reads the date of the month the address names when the page gives no other (WCXB 0398)', () => {
    const page =
      '<fieldset><legend>Advent of Code 2025 week 2</legend> 20 December 2025 <div class="body"><p>I did Advent of Code again this year.</p></div></fieldset>';
    const url = 'https://blog.example/archive/2025/12/Advent_of_Code_2025_week_2.html';
    expect(read('', `<h1>Blog</h1>${page}${STORY}`, url).published).toBe('2025-12-20');
    // A date of another month is not the post's.
    expect(
      read('', `<h1>Blog</h1>${page.replace('20 December', '20 November')}${STORY}`, url).published,
    ).toBeNull();
  });
});
