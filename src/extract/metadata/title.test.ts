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

  it('takes the declared title when the shown one lost characters to "?" (WCXB 0048), not a question', () => {
    const lost = read(
      '<title>What Are The Basics Of Event Planning: Beginner&#x27;s Guide</title>',
      `<article><h1>What Are The Basics Of Event Planning? Beginner? Guide</h1>${STORY}</article>`,
    );
    expect(lost.title).toBe("What Are The Basics Of Event Planning: Beginner's Guide");
    const asked = read(
      '<title>Is Event Planning Hard: A Guide | Planners</title>',
      `<article><h1>Is Event Planning Hard? A Guide</h1>${STORY}</article>`,
    );
    expect(asked.title).toBe('Is Event Planning Hard? A Guide');
  });

  it('reads a word with a zero-width mark inside it whole: "B\\uFEFFest" is "Best" (WCXB 0227)', () => {
    const m = read(
      '<meta property="og:title" content="The 10 Best ROI Home Improvement Projects of 2023 | RenoFi">',
      `<article><h1>The 10 B\uFEFFest ROI Home Improvement Projects of 2023</h1>${STORY}</article>`,
    );
    expect(m.title).toBe('The 10 Best ROI Home Improvement Projects of 2023');
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

describe('headline against the declared title', () => {
  it('does not take a one-word heading in the story, nor a kicker, for a longer declared title (WCXB 0404, 0079)', () => {
    const gist = read(
      '<title>How we broke into a dozen build servers through one package · GitHub</title><meta property="og:title" content="How we broke into a dozen build servers through one package">',
      `<div><h1><a href="/someone/writeup.md">someone/writeup.md</a></h1></div><article><p>We found it by accident.</p><h1>Servers</h1>${STORY}</article>`,
      'https://gist.example/someone/5e2cdc',
    );
    expect(gist.title).toBe('How we broke into a dozen build servers through one package');
    const kicker = read(
      '<title>Cybersecurity Sector Update, Fall 2025</title><meta name="twitter:title" content="Our Software Sector M&amp;A Insights for the fall aim to identify trends across the sector.">',
      `<div class="banner"><h1>M&amp;A Updates</h1><p>November 14, 2025</p><h3>Cybersecurity Sector Update, Fall 2025</h3></div>${STORY}`,
      'https://firm.example/reports/cybersecurity-sector-update-fall-2025',
    );
    expect(kicker.title).toBe('Cybersecurity Sector Update, Fall 2025');
    // A one-word headline is still the headline of a title it is a third of (WCXB 0318).
    const word = read(
      '<title>RESTAURANT Definition &amp; Meaning | Dictionary.com</title>',
      `<article><h1>restaurant</h1>${STORY}</article>`,
      'https://dictionary.example/browse/restaurant',
    );
    expect(word.title).toBe('restaurant');
  });

  it('keeps the shown "Head: subtitle" when the declared one only adds the site after it (WCXB 0138)', () => {
    const m = read(
      '<title>Learn More: Academic Tutoring | The Partnership for Student Success</title>',
      `<article><h1>Learn More: Academic Tutoring</h1>${STORY}</article>`,
      'https://pss.example/academic-tutoring/',
    );
    expect(m.title).toBe('Learn More: Academic Tutoring');
  });

  it('does not take a blog’s name in its <h1> for the post: <title> is that name before og:title (WCXB 4456)', () => {
    const m = read(
      '<title>Lessons Learned: The lean startup</title><meta property="og:title" content="The lean startup">',
      `<div class="header"><h1 class="title">Lessons Learned</h1></div><div class="post"><h2 class="date">Monday, September 8, 2008</h2><h3 class="post-title">The lean startup</h3>${STORY}</div>`,
      'http://blog.example/2008/09/lean-startup.html',
    );
    expect(m.title).toBe('The lean startup');
    // An og:title that is the site's name leaves the <h1> the headline (WCXB 4249).
    const shop = read(
      '<title>Which robotic lawnmower is suitable for which lawn size? | Robomow</title><meta property="og:title" content="Robomow"><meta property="og:site_name" content="Robomow">',
      `<div class="hero"><h1>Which robotic lawnmower is suitable for which lawn size?</h1></div>${STORY}`,
      'https://robomow.example/en/blog/lawn-size',
    );
    expect(shop.title).toBe('Which robotic lawnmower is suitable for which lawn size?');
  });
  it('matches the <h1> against the declared title without the site’s long name (WCXB 4186)', () => {
    // The <h1> shares three of the title's four words, three of eight with the site's name left on.
    const m = read(
      '<title>Easy Car Maintenance Checklist | Farm Bureau Financial Services</title><meta property="og:site_name" content="Farm Bureau Financial Services">',
      `<div class="hero"><h1 class="hero-headline">A Car Maintenance Schedule That's Easy to Follow</h1><div class="hero-article-details"><span class="details-date">Oct 11, 2023</span><span>2 min read</span></div></div>${STORY}`,
    );
    expect(m.title).toBe("A Car Maintenance Schedule That's Easy to Follow");
    expect(m.published).toBe('2023-10-11');
  });
  it('takes an <h4> that repeats the declared title as the headline of a page with no <h1> (WCXB 0395)', () => {
    // A news agency's story page: no <h1>, the headline in an <h4>, the agency's name and the date in
    // a block under it, then a "By" line over the story.
    const m = read(
      '<title>Homestead gardening makes villages more self-reliant | District</title>',
      `<div class="headline_section"><h4 class="font-weight-bold">Homestead gardening makes villages more self-reliant</h4></div><div class="rpt_info"><div class="rpt_name">BSS</div><div class="entry_update">20 Dec 2025, 11:59</div></div><div class="news_content"><p>By Md Aynal Haque</p>${STORY}</div>`,
    );
    expect(m.title).toBe('Homestead gardening makes villages more self-reliant');
    expect(m.byline).toBe('Md Aynal Haque');
    expect(m.published).toBe('2025-12-20');
  });

  it('finds the headline in a page an <aside> left open swallows, not in a side column (WCXB 4459)', () => {
    const m = read(
      '<title>Startup Lessons from 25 Years and 5 Startups</title>',
      `<aside class="banner"><p>Announcing our new product</p><main><article><h1>Startup Lessons from 25 Years and 5 Startups</h1><span class="blog-meta-author">Tim Enwall</span><p>May 8, 2025</p>${STORY}</article></main></aside>`,
    );
    expect(m.headline?.textContent).toBe('Startup Lessons from 25 Years and 5 Startups');
    expect(m.byline).toBe('Tim Enwall');
    const side = read(
      '<title>Startup Lessons</title>',
      `<main><p>Startup lessons, in short.</p>${STORY}</main><aside><h1>Startup Lessons</h1></aside>`,
    );
    expect(side.headline).toBeNull();
  });
});
