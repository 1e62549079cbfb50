import { describe, expect, it } from 'vitest';
import { ld, read, STORY } from '../../../tests/helpers/metadata';

describe('published date', () => {
  it('prefers the published date over the modified one', () => {
    const m = read(
      '<meta property="article:modified_time" content="2025-11-14T06:49:57+00:00"><meta property="article:published_time" content="2024-09-06T13:12:36+00:00">',
      `<h1>How machine learning is shaping shopping</h1>${STORY}`,
    );
    expect(m.published).toBe('2024-09-06T13:12:36.000Z');
  });

  it('reads the date under the headline, not an "Updated" date or a sidebar date', () => {
    const m = read(
      '',
      `<aside><time datetime="2019-01-01">Jan 1, 2019</time></aside><article><h1>Ten trends in catering for this year</h1><p class="meta"><span>Updated Dec 1, 2025</span> · <span>Posted Aug 04, 2025</span></p>${STORY}</article>`,
    );
    expect(m.published).toBe('2025-08-04');
  });

  it('reads <time datetime> next to the headline', () => {
    const m = read(
      '',
      `<article><h1>Ten trends in catering for this year</h1><time datetime="2025-08-04T09:00:00-04:00">Aug 4</time>${STORY}</article>`,
    );
    expect(m.published).toBe('2025-08-04T09:00:00.000-04:00');
  });

  it('reads microdata datePublished', () => {
    const m = read(
      '',
      `<article><h1>A story</h1>${STORY}<meta itemprop="datePublished" content="2023-05-18"></article>`,
    );
    expect(m.published).toBe('2023-05-18');
  });

  it('takes a "Published" date shown beside an "Updated" one over a declaration of the update (WCXB 0358)', () => {
    const m = read(
      '<meta property="article:published_time" content="2025-08-21T10:00:00Z">',
      `<article><h1>Event planning checklist</h1><p>Published <span>Apr 26, 2023</span></p><p>Updated <span>Aug 21, 2025</span></p>${STORY}</article>`,
    );
    expect(m.published).toBe('2023-04-26');
  });

  it('when declarations disagree, takes the one the page shows (WCXB 1821)', () => {
    const m = read(
      `${ld({ '@type': 'NewsArticle', headline: 'The 12 best running shoes', datePublished: '2018-04-03T16:50:31Z' })}<meta property="article:published_time" content="2025-12-19T18:06:00Z">`,
      `<article><h1>The 12 best running shoes</h1><p><time>Dec 19, 2025</time></p>${STORY}</article>`,
    );
    expect(m.published).toBe('2025-12-19T18:06:00.000Z');
  });

  it('prefers a date shown under the headline to a declaration left from an older version', () => {
    const m = read(
      '<meta property="article:published_time" content="2016-01-07T10:00:00Z">',
      `<article><h1>The state of email marketing</h1><p class="meta">By Jane Doe · October 8, 2024</p>${STORY}</article>`,
    );
    expect(m.published).toBe('2024-10-08');
  });

  it('gives the last update only when the page gives no publication date at all', () => {
    const m = read(
      '<meta property="article:modified_time" content="2025-11-18T09:00:00Z">',
      `<article><h1>The best GPS watches of the year</h1><p class="meta">By Jane Doe · Updated November 18, 2025</p>${STORY}</article>`,
    );
    expect(m.published).toBe('2025-11-18T09:00:00.000Z');
  });

  it('takes the unlabelled date shown under the headline, even when it is the declared last update (WCXB 1657, 0018, 0214, 4110; not 0315)', () => {
    // A published and a modified declaration, and one date printed under the headline with no
    // label: the day of the update. The truth follows the page on nine pages, the declaration on four.
    const m = read(
      '<meta property="article:published_time" content="2019-08-11T18:59:51+00:00"><meta property="article:modified_time" content="2025-11-21T18:51:10+00:00">',
      `<article><h1>Best travel insurance for seniors</h1><div class="meta-date"><div class="post-date">November 21, 2025</div></div>${STORY}</article>`,
    );
    expect(m.published).toBe('2025-11-21');
  });

  it('passes over a date inside a sentence above the headline (WCXB 4563)', () => {
    // A promotion banner above the <h1> whose text holds a two-digit-year date; the page declares
    // another day and shows none under the headline.
    const m = read(
      '<meta name="parsely-pub-date" content="2020-02-10T16:48:12Z">',
      `<div class="promo"><span>Limited Time Offer ~ Redeem by 12.31.23</span></div><article><h1>Pros and cons of tiny house living</h1>${STORY}</article>`,
    );
    expect(m.published).toBe('2020-02-10T16:48:12.000Z');
  });

  it('keeps a date standing alone above the headline (WCXB 0074, 0327)', () => {
    const m = read(
      '<meta property="article:published_time" content="2024-07-05T14:20:08Z">',
      `<div class="kicker"><span>Nutrition</span><span>March 1, 2024</span></div><article><h1>Healthy eating tips for families</h1>${STORY}</article>`,
    );
    expect(m.published).toBe('2024-03-01');
  });

  it('passes over a list of other stories’ dates above the headline (WCXB 0370)', () => {
    // Three news items, each with a <time> of its own day, stand just before the <h1>; the story's
    // <time> follows the headline. No declaration.
    const item = (day: string, us: string) =>
      `<li><a href="/news/${day}">Board news of the day</a><time datetime="${day}T12:00:00Z">${us}</time></li>`;
    const m = read(
      '',
      `<ul class="news">${item('2025-12-17', '12/17/2025')}${item('2025-12-16', '12/16/2025')}${item('2025-12-04', '12/04/2025')}</ul><article><h1>Candidate experience: consulting firm vs. carrier</h1><div class="node__meta"><time datetime="2017-03-01T12:00:00Z">03/01/2017</time> by Agatha Caleo</div>${STORY}</article>`,
    );
    expect(m.published).toBe('2017-03-01T12:00:00.000Z');
  });

  it('reads the date inside a container whose class says sidebar when it holds the headline, and not the next story’s (WCXB 0457)', () => {
    const m = read(
      '',
      `<div class="sidebar-fixed--contain"><article><h1>And finally… trouble brewing</h1><time datetime="2025-12-19">19 Dec 2025</time>${STORY}</article></div><aside><h1>Related Articles</h1><time datetime="2025-12-18">18 Dec 2025</time></aside>`,
    );
    expect(m.published).toBe('2025-12-19');
  });

  it('stops at the next headline: a related story’s date is not the article’s', () => {
    const m = read(
      ld({
        '@type': 'NewsArticle',
        headline: 'And finally… trouble brewing',
        datePublished: '2025-12-19',
      }),
      `<h1>And finally… trouble brewing</h1><div><h1>Related Articles</h1><time datetime="2025-12-18">18 Dec 2025</time></div>${STORY}`,
    );
    expect(m.published).toBe('2025-12-19');
  });

  it('takes a declared time as shown when the page prints it a day apart in its own zone (Readability’s topicseed-1)', () => {
    const m = read(
      '<meta property="article:published_time" content="2018-06-12T23:00:00.000Z">',
      `<article><h1>Content depth for SEO</h1><ul><li><small>On 6/13/2018 by @lazharichir</small></li></ul>${STORY}</article>`,
    );
    expect(m.published).toBe('2018-06-12T23:00:00.000Z');
  });

  it('takes the day the page prints a day from the declared time when its address names it too, or no zone explains it (WCXB 0479, 0481, 0386)', () => {
    const west = read(
      '<meta property="article:published_time" content="2025-12-19T02:41:41+00:00">',
      `<article><h1>The December comfort watches, day eighteen</h1><div class="meta"><a href="/2025/12/18/comfort-watches/">December 18, 2025</a> Posted by <a href="/author/john">John</a></div>${STORY}</article>`,
      'https://blog.example/2025/12/18/comfort-watches/',
    );
    expect(west.published).toBe('2025-12-18');
    // A <time> shown beside the headline gives the same moment in the page's own zone.
    const zoned = read(
      '<meta property="article:published_time" content="2025-12-19T03:05:00+00:00">',
      `<article><h1>Are AI evangelists in heat?</h1><div class="post-date"><time datetime="2025-12-18T19:05:00-08:00">December 18, 2025</time></div>${STORY}</article>`,
      'https://blog.example/2025/12/18/are-ai-evangelists-in-heat/',
    );
    expect(zoned.published).toBe('2025-12-18T19:05:00.000-08:00');
    // 22:02 UTC on the 19th is the 19th or the 20th everywhere: the CMS's time, not the story's day.
    const later = read(
      '<script type="application/ld+json">{"@type":"BlogPosting","headline":"A new standard for interpretability","datePublished":"2025-12-19T22:02:58.705Z"}</script>',
      `<article><h1>A new standard for interpretability</h1><div class="post-meta"><div>Dec 18, 2025</div><div>8 min read</div></div>${STORY}</article>`,
    );
    expect(later.published).toBe('2025-12-18');
  });

  it('reads the day a <time> shows when its datetime is a UTC time of the day after (WCXB 4644)', () => {
    const m = read(
      '',
      `<article><header><h1>Building a home gym on a budget</h1><span itemprop="datePublished"><time datetime="2026-02-24T04:13:00Z">February 23, 2026</time></span></header>${STORY}</article>`,
    );
    expect(m.published).toBe('2026-02-23');
  });

  it('reads "Posted on the 15/12/2025 at 19:00" at the foot of a post when nothing near the headline gives a date (WCXB 0494)', () => {
    const m = read(
      '',
      `<article><h1>Cat in a tree</h1>${STORY}<div>Posted on the 15/12/2025 at 19:00 by <a href="https://github.com/someone">someone</a></div></article>`,
    );
    expect(m.published).toBe('2025-12-15');
  });

  it('reads the page’s one <time> day, even in an aside of the article (WCXB 0437)', () => {
    const m = read(
      '',
      `<article><aside><time datetime="2021-06-06">June 6, 2021</time></aside><h2>A brief intro to git</h2>${STORY}</article>`,
    );
    expect(m.published).toBe('2021-06-06');
  });

  it('gives no date for a page whose <time>s name several days: a list of stories', () => {
    const m = read(
      '',
      `<h1>Latest posts</h1><ul><li><a href="/a">First post</a> <time datetime="2025-12-01">Dec 1</time></li><li><a href="/b">Second post</a> <time datetime="2025-11-20">Nov 20</time></li></ul>${STORY}`,
    );
    expect(m.published).toBeNull();
  });

  it('reads "12/05/2025" day first on a page that declares 2025-05-12, whatever its language (agg-topicwire-br-list)', () => {
    const m = read(
      '<meta property="article:published_time" content="2025-05-12T07:40:00+02:00">',
      `<article><h1>Glacier lake warning issued for three valleys</h1><div class="meta">TopicWire Desk · 12/05/2025 07:40</div>${STORY}</article>`,
    );
    expect(m.published).toBe('2025-05-12T07:40:00.000+02:00');
  });

  it('reads the day a blog writes into its address when the page shows none (WCXB 0494, 2645, 4690)', () => {
    const at = (url: string) =>
      read('', `<article><h1>A post about compilers</h1>${STORY}</article>`, url).published;
    expect(at('https://blog.example/2025/12/19/what-do-people-love')).toBe('2025-12-19');
    expect(at('https://blog.example/articles/2025-12-15+Rust+GCC+backend')).toBe('2025-12-15');
    expect(at('https://blog.example/post/metasploit-wrap-up-12-19-2025')).toBe('2025-12-19');
    expect(at('https://blog.example/2023/october/03/wine-types')).toBe('2023-10-03');
    expect(at('https://blog.example/2025/12/advent-of-code')).toBeNull();
    // The address also tells the order of a date the page writes with numbers only.
    expect(
      read(
        '',
        `<article><h1>Wine types and styles</h1><div class="blog-date">03/10/2023</div>${STORY}</article>`,
        'https://blog.example/2023/october/03/wine-types',
      ).published,
    ).toBe('2023-10-03');
  });

  it('reads a "Published On:" date even when the theme names <body> "related" (WCXB 4592)', () => {
    const dom = `<article><h1>A wedding timeline</h1>${STORY}<p>More text.</p><div><span>Published On: 15 August 2025</span></div></article>`;
    const m = read('', dom, undefined, 'single-post fusion-woo-related-columns-4');
    expect(m.published).toBe('2025-08-15');
  });

  it('reads the date printed beside the author’s name when the page declares none and none is next to the headline (WCXB 0233, 0433)', () => {
    const hero = `<section class="hero"><h1>How mobile apps are made</h1><p>${'A guide to design, development and launch. '.repeat(6)}</p><p>${'Everything a founder should know before the first line of code. '.repeat(5)}</p></section>`;
    const m = read(
      '',
      `${hero}<div class="meta"><div><p><a href="/blog/author/moses-kim">Moses Kim</a></p><p class="small">April 8, 2024</p></div></div>${STORY}`,
    );
    expect(m.published).toBe('2024-04-08');
    // A date beside a name in a list of other stories is not the story's; one labelled as an update
    // is not its publication date, and is given only as the last resort (next test).
    const other = read(
      '',
      `${hero}${STORY}<div class="related-posts"><div class="card"><a href="/blog/author/jane">Jane Roe</a><span>May 2, 2023</span></div></div>`,
    );
    expect(other.published).toBeNull();
    const updated = read(
      '',
      `${hero}${STORY}<div class="author-box"><span>Luke Kim</span><small>Updated December 17, 2025</small></div><div class="author-box"><span>Luke Kim</span><small>Published December 1, 2025</small></div>`,
    );
    expect(updated.published).toBe('2025-12-01');
  });
  it('reads the date in the <footer> of the <article> under the headline, not in the page’s footer (WCXB 4036)', () => {
    // The <h1> stands in a page-title block; the <article> after it opens with a subhead and a
    // <footer> holding "By" the writer's link and the date.
    const m = read(
      '',
      `<main><div class="page-title"><h1><span>Remote work: five tips to stay productive</span></h1></div><article><div class="subhead">Remote workers can easily lose motivation.</div><footer class="author__meta"><div>By <a href="/user/tariqul-ayan">Tariqul Ayan</a></div><span class="author__meta-date">March 30, 2023 <span>|</span></span></footer>${STORY}</article></main><footer><p>© 2026 The Project</p><time datetime="2026-01-01">January 1, 2026</time></footer>`,
    );
    expect(m.published).toBe('2023-03-30');
  });
  it('gives the "Updated" line far from the headline when the page gives no other date (WCXB 4430, 0341, 4048)', () => {
    // No declaration, nothing dated under the headline; an "Updated" line closes the author's box
    // after the story. A "Published" line would win over it (labelledDate).
    const hero = `<section class="hero"><h1>The best gaming laptops under a thousand</h1><p>${'Our picks after weeks of benchmarks and battery tests. '.repeat(4)}</p><p>${'What to look for in a screen, a graphics card and a keyboard. '.repeat(4)}</p></section>`;
    const m = read(
      '',
      `${hero}${STORY}<div class="article-byline"><div class="bio">An editor with years of laptop testing.</div><p class="pub-dates">Updated March 13, 2024</p></div>`,
    );
    expect(m.published).toBe('2024-03-13');
  });
});
