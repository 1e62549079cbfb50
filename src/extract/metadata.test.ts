import { describe, expect, it } from 'vitest';
import { page } from '../../tests/helpers/dom';
import { cleanByline, parseVisibleDate, readMetadata, stripSite, toIso } from './metadata';

const STORY =
  '<p>The council voted on Tuesday to extend the programme for another year, after a review found that it had cut waiting times by a third.</p><p>Opposition members said the money would be better spent on repairs to the town’s schools, several of which have leaking roofs.</p>';

/** The metadata of a small page: `head` inside <head>, `body` inside <body>. */
function read(head: string, body: string, url = 'https://news.example/2025/06/story') {
  const dom = page(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`, url);
  return readMetadata(dom.window.document, undefined, new URL(url));
}

const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('title', () => {
  it('takes the visible headline over an SEO title that differs (WCXB 0322, 0017)', () => {
    const m = read(
      '<title>Best High School Tutors in 2025 | Bold.org</title><meta property="og:title" content="Best High School Tutors in 2025 | Bold.org">',
      `<article><h1>Best High School Tutors in 2025, Reviewed by a Student</h1>${STORY}</article>`,
      'https://bold.org/blog/best-high-school-tutors/',
    );
    expect(m.title).toBe('Best High School Tutors in 2025, Reviewed by a Student');
    expect(m.headline?.tagName).toBe('H1');
  });

  it('strips the site from "Title | Site", "Title » Site", "Title – Site - Site" and "r/sub - Title"', () => {
    expect(
      stripSite('How to file a claim | Farm Bureau Financial Services', ['Farm Bureau Financial Services']),
    ).toBe('How to file a claim');
    expect(stripSite('Seven habits of calm people » Take The Magic Step®', ['takethemagicstep.com'])).toBe(
      'Seven habits of calm people',
    );
    expect(stripSite('Critics’ Choice: Best UK Art Exhibitions 2025 – Artlyst - Artlyst', ['Artlyst'])).toBe(
      'Critics’ Choice: Best UK Art Exhibitions 2025',
    );
    expect(stripSite('r/urbanplanning - Why are American suburbs so spread out?', ['reddit.com'])).toBe(
      'Why are American suburbs so spread out?',
    );
    // A dash inside a headline that names no site stays.
    expect(stripSite('Ukraine war - what we know on day 1,000', ['BBC News'])).toBe(
      'Ukraine war - what we know on day 1,000',
    );
  });

  it('strips the site from a declared title when the page shows no headline', () => {
    const m = read(
      '<title>Gardenary Planting vs. Ordinary Planting • Gardenary</title><meta property="og:site_name" content="Gardenary">',
      `<div>${STORY}</div>`,
      'https://www.gardenary.com/blog/planting',
    );
    expect(m.title).toBe('Gardenary Planting vs. Ordinary Planting');
  });

  it('decodes character references left in JSON-LD ("&amp;", "&#8217;")', () => {
    const m = read(
      ld({ '@type': 'Article', headline: 'Plumbing Tips &amp; Upgrades for Today&#8217;s Homes' }),
      `<div>${STORY}</div>`,
    );
    expect(m.title).toBe('Plumbing Tips & Upgrades for Today’s Homes');
  });

  it('never takes a vote count or the site name in an <h1> for the headline (WCXB 0384)', () => {
    const m = read(
      '<title>Scalable End-to-End Interpretability — LessWrong</title><meta property="og:site_name" content="LessWrong">',
      `<header><h1>LessWrong</h1></header><h1>94</h1><h1>Scalable End-to-End Interpretability</h1>${STORY}`,
      'https://www.lesswrong.com/posts/x/scalable',
    );
    expect(m.title).toBe('Scalable End-to-End Interpretability');
  });
});

describe('site name', () => {
  it('never takes a section ("U.S.") for the site', () => {
    const m = read(
      '<meta property="og:site_name" content="U.S.">' +
        ld({ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'Reuters' } }),
      `<h1>Senate passes the budget bill after a long night</h1>${STORY}`,
      'https://www.reuters.com/world/us/senate-budget-2025-06-01/',
    );
    expect(m.siteName).toBe('Reuters');
  });
});

describe('byline', () => {
  it('reads JSON-LD authors given by @id in a @graph, and joins several with ", "', () => {
    const m = read(
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          {
            '@type': 'NewsArticle',
            headline: 'The budget, explained',
            author: [
              { '@id': 'https://news.example/#/person/1' },
              { '@id': 'https://news.example/#/person/2' },
            ],
          },
          { '@type': 'Person', '@id': 'https://news.example/#/person/1', name: 'Jane Doe' },
          { '@type': 'Person', '@id': 'https://news.example/#/person/2', name: 'John Roe' },
        ],
      }),
      `<div>${STORY}</div>`,
    );
    expect(m.byline).toBe('Jane Doe, John Roe');
  });

  it('reads an author given as a string, an array of strings or a Person with given and family names', () => {
    const byline = (author: unknown) =>
      read(ld({ '@type': 'Article', headline: 'A story', author }), `<div>${STORY}</div>`).byline;
    expect(byline('Jane Doe')).toBe('Jane Doe');
    expect(byline(['Jane Doe', 'John Roe'])).toBe('Jane Doe, John Roe');
    expect(byline({ '@type': 'Person', givenName: 'Jane', familyName: 'Doe' })).toBe('Jane Doe');
  });

  it('prefers the name shown next to the headline over a CMS account or the site itself', () => {
    const m = read(
      `<meta name="author" content="admin">${ld({ '@type': 'Article', headline: 'Council extends the programme', author: { '@type': 'Organization', name: 'Town News' } })}`,
      `<article><h1>Council extends the programme</h1><p class="meta">By <a href="/author/jane-doe">Jane Doe</a> | June 4, 2025</p>${STORY}</article>`,
    );
    expect(m.byline).toBe('Jane Doe');
    expect(m.bylineBlock?.textContent).toBe('By Jane Doe | June 4, 2025');
  });

  it('takes the name, not the role printed beside it ("Senior Autos Reporter", WCXB 4048)', () => {
    const m = read(
      '',
      `<article><h1>The best electric cars of the year, tested</h1><div class="byline"><span class="author-name"><a href="/author/keith-barry">Keith Barry</a></span><span class="author-role">Senior Autos Reporter</span></div>${STORY}</article>`,
    );
    expect(m.byline).toBe('Keith Barry');
  });

  it('takes the poster next to the headline, not a commenter below the story (WCXB 0461)', () => {
    const m = read(
      '',
      `<article><h1>Book Beat: Gothic Romance, Magical Realism, &amp; More</h1><p class="byline">by Amanda</p>${STORY}</article><section id="comments"><div class="comment-author vcard"><span class="comment-author-link">Jiobal</span> says:</div><p>Lovely list.</p></section>`,
    );
    expect(m.byline).toBe('Amanda');
  });

  it('reads microdata: itemprop=author with its name', () => {
    const m = read(
      '',
      `<article><h1>A story about the council budget</h1>${STORY}<footer><span itemprop="author" itemscope><span itemprop="name">Jane Doe</span></span></footer></article>`,
    );
    expect(m.byline).toBe('Jane Doe');
  });

  it('cleans prefixes, roles, dates and counters from bylines', () => {
    expect(cleanByline('Published by Damien Walter')).toBe('Damien Walter');
    expect(cleanByline('By Analysis by Stephen Collinson')).toBe('Stephen Collinson');
    expect(cleanByline('Текст: Иван Петров')).toBe('Иван Петров');
    expect(cleanByline('Por María López')).toBe('María López');
    expect(cleanByline('Von Hans Müller')).toBe('Hans Müller');
    expect(cleanByline('Par Jean Dupont')).toBe('Jean Dupont');
    expect(cleanByline('Story by Jane Doe')).toBe('Jane Doe');
    expect(cleanByline('Mayank Gupta, CEO of CaseBasix')).toBe('Mayank Gupta');
    expect(cleanByline('Liz Kenny Former McKinsey Consultant')).toBe('Liz Kenny');
    expect(cleanByline('Reyan Perumal Published on July 18, 2025')).toBe('Reyan Perumal');
    expect(cleanByline('Jane Doe 74 Shares')).toBe('Jane Doe');
    expect(cleanByline('Jane Doe Share30Tweet19')).toBe('Jane Doe');
    expect(cleanByline('Jennifer Huberty, PhD; Jeni Green, MS and Chong Lee')).toBe(
      'Jennifer Huberty, Jeni Green, Chong Lee',
    );
    expect(cleanByline('Senior Autos Reporter')).toBeNull();
    expect(cleanByline('admin')).toBeNull();
    expect(cleanByline('By signing up, you agree to our Privacy Policy')).toBeNull();
  });
});

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

  it('keeps the page’s own day: an evening in New York is not the next day in UTC', () => {
    expect(toIso('2025-06-25T20:57:54-04:00')).toBe('2025-06-25T20:57:54.000-04:00');
    expect(toIso('2025-02-12T14:32:10+00:00')).toBe('2025-02-12T14:32:10.000Z');
    expect(toIso('2025-02-12')).toBe('2025-02-12');
    expect(toIso('December 19, 2025')).toBe('2025-12-19');
    expect(toIso('not a date')).toBeNull();
  });

  it('reads dates as pages write them', () => {
    expect(parseVisibleDate('Aug 04, 2025')).toBe('2025-08-04');
    expect(parseVisibleDate('November 26th, 2024 · 10 Min Read')).toBe('2024-11-26');
    expect(parseVisibleDate('18th Dec 2025')).toBe('2025-12-18');
    expect(parseVisibleDate('25.Jun.2019')).toBe('2019-06-25');
    expect(parseVisibleDate('12/19/2025')).toBe('2025-12-19');
    expect(parseVisibleDate('04/05/2025', false)).toBe('2025-05-04');
    expect(parseVisibleDate('4 de marzo de 2025')).toBe('2025-03-04');
    expect(parseVisibleDate('Cureus. 2023 Jan 7;15(1)')).toBe('2023-01-07');
    expect(parseVisibleDate('Updated on 09/11/25')).toBe('2025-09-11');
    expect(parseVisibleDate('in 2025 or so')).toBeNull();
  });
});
