import { describe, expect, it } from 'vitest';
import { ld, read, STORY } from '../../../tests/helpers/metadata';
import { stripSite } from '.';

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
    // The site's address before the title with no separator (WCXB 0452).
    expect(stripSite('davidbau.com Vibe Coding', ['davidbau.com'])).toBe('Vibe Coding');
    expect(stripSite('Notes on Go 1.24', ['davidbau.com'])).toBe('Notes on Go 1.24');
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

  it('leaves out a date printed in a part of the headline, not one written in its words (WCXB 0438, 2645)', () => {
    const title = (h: string) =>
      read(
        '<title>AoAH Day 15: Porting an HTML5 parser</title>',
        `<h1>Anil’s notes</h1><article>${h}${STORY}</article>`,
      ).title;
    expect(
      title(
        '<h2><a href="/notes/aoah-15">AoAH Day 15: Porting an HTML5 parser</a> <span class="title-date"> / Dec 2025</span></h2>',
      ),
    ).toBe('AoAH Day 15: Porting an HTML5 parser');
    expect(
      read('<title>Metasploit Weekly Wrap-Up</title>', `<h1>Metasploit Wrap-Up 12/19/2025</h1>${STORY}`)
        .title,
    ).toBe('Metasploit Wrap-Up 12/19/2025');
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

  it('keeps the shown headline when the declared title is the same one cut short (WCXB 4524)', () => {
    const m = read(
      '<title>Ergonomic desk step by step: how to set up your monitor, laptop, and k | Oakywood.</title>',
      `<article><h1>Ergonomic desk step by step: how to set up your monitor, laptop, and keyboard (checklist)</h1>${STORY}</article>`,
      'https://oakywood.shop/blogs/journal/ergonomic-desk-setup',
    );
    expect(m.title).toBe(
      'Ergonomic desk step by step: how to set up your monitor, laptop, and keyboard (checklist)',
    );
  });

  it('takes the declared case of a headline set in capitals (WCXB 4475)', () => {
    const m = read(
      '<meta property="og:title" content="Best Drip Coffee Maker 2026: Buying Tips From Coffee Pros">',
      `<article><h1>BEST DRIP COFFEE MAKER IN 2026: BUYING TIPS FROM COFFEE PROS</h1>${STORY}</article>`,
    );
    expect(m.title).toBe('Best Drip Coffee Maker 2026: Buying Tips From Coffee Pros');
  });

  it('finds the headline in an <h2> that repeats the declared title when the <h1>s are the story’s sections (WCXB 0379)', () => {
    const m = read(
      '<title>What do people love about Rust? | Rust Blog</title>',
      `<section><header><h2>What do people love about Rust?</h2><div>Dec. 19, 2025 · Niko Matsakis</div></header>${STORY}<h1>But what they love is the sense of empowerment</h1>${STORY}</section>`,
    );
    expect(m.headline?.tagName).toBe('H2');
    expect(m.published).toBe('2025-12-19');
  });

  it('never takes an <h1> that links to another story for the headline ("Next in your guide", WCXB 4628)', () => {
    const m = read(
      '<title>Where to Bike in Houston | Houstonia Magazine</title><meta property="og:title" content="Our Favorite Biking Spots in Houston">',
      `<article><h1>The Best Trails and Neighborhoods in Houston for Biking</h1>${STORY}</article><div class="item"><h1><a href="/2022/07/where-to-kayak-and-canoe-in-houston">Here’s Where to Kayak and Paddle in Houston</a></h1></div>`,
      'https://www.houstoniamag.com/travel-and-outdoors/best-biking-trails-houston',
    );
    expect(m.title).toBe('The Best Trails and Neighborhoods in Houston for Biking');
  });

  it('reads the name after the date in "Dec. 19, 2025 · Niko Matsakis on behalf of …" (WCXB 0379)', () => {
    const m = read(
      '<title>What do people love about Rust? | Rust Blog</title>',
      `<section><header><h2>What do people love about Rust?</h2><div>Dec. 19, 2025 · Niko Matsakis on behalf of <a href="/governance/teams">the Rust team</a></div></header>${STORY}</section>`,
    );
    expect(m.byline).toBe('Niko Matsakis');
  });
});
