import { describe, expect, it } from 'vitest';
import { fixtures, load } from '../../tests/helpers/corpus';
import { page } from '../../tests/helpers/dom';
import { readJsonLd } from './jsonld';
import { readMetadata } from './metadata';
import { extract } from './pipeline';
import { findProvenance, sameOwner } from './source';

const P1 =
  'The council voted on Tuesday to extend the programme for another year, after a review found that it had cut waiting times by a third.';
const P2 =
  'Opposition members said the money would be better spent on repairs to the town’s schools, several of which have leaking roofs.';
const P3 =
  'The mayor said the vote showed that the programme had earned the trust of residents, and promised a second review next spring.';

const OUTLETS = [
  'cnn.com',
  'bbc.com',
  'reuters.com',
  'apnews.com',
  'theguardian.com',
  'aljazeera.com',
  'npr.org',
];
const teasers = OUTLETS.map(
  (o) =>
    `<li><a href="https://www.${o}/world/2025/06/01/leaders-meet-for-summit-talks">Leaders meet for summit talks in Brussels</a></li>`,
).join('');

/** The provenance of a small page, read the way the pipeline reads it (metadata first). */
function provenance(html: string, url = 'https://aggregator.example/news/2025/06/story') {
  const dom = page(`<!doctype html><html lang="en">${html}</html>`, url);
  const doc = dom.window.document;
  const jsonLd = readJsonLd(doc);
  return findProvenance(doc, new URL(url), jsonLd, readMetadata(doc, jsonLd, new URL(url)));
}

describe('original: the publisher’s own page', () => {
  it('a first-party story (Vox, BBC, Wired shape): canonical and publisher on the same site', () => {
    const p = provenance(
      `<head><link rel="canonical" href="https://www.vox.com/politics/123/budget-vote"><meta property="og:site_name" content="Vox">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"The budget vote","publisher":{"@type":"Organization","name":"Vox","url":"https://www.vox.com/"}}</script></head>
      <body><article><h1>The budget vote</h1><p>${P1} <a href="https://www.nytimes.com/2025/06/01/us/budget-deal-senate.html">The Times reported</a> the deal.</p><p>${P2}</p></article></body>`,
      'https://www.vox.com/politics/123/budget-vote',
    );
    expect(p.state).toBe('original');
    expect(p.source).toBeNull();
    expect(p.evidence).toEqual(expect.arrayContaining(['canonical:same-site', 'publisher:same-site']));
  });

  it('a "Source:" line in a reference list is a citation (Wikipedia: "Commonwealth Secretariat")', () => {
    const p = provenance(
      `<body><h1>Commonwealth of Nations</h1><p>${P1}</p><p>${P2}</p><h2>References</h2><ol class="references">
      <li>Source: <a href="https://thecommonwealth.org/about-us">Commonwealth Secretariat</a></li>
      <li><a href="https://www.bbc.co.uk/news/world-1234">BBC</a></li>
      <li><a href="https://www.britannica.com/topic/Commonwealth">Britannica</a></li></ol></body>`,
      'https://en.wikipedia.org/wiki/Commonwealth_of_Nations',
    );
    expect(p.state).toBe('original');
  });

  it('"Source link" to several outlets in a newsletter is citation, not republication', () => {
    const p = provenance(
      `<body><h1>The week in climate</h1><p>${P1}</p><p><a href="https://www.theguardian.com/environment/2025/jun/01/heat-record-broken">Source link</a></p><p>${P2}</p>
      <p><a href="https://www.bbc.com/news/science-environment-12345678">Source link</a></p><p>${P3}</p></body>`,
      'https://weekly.example/p/the-week-in-climate',
    );
    expect(p.state).not.toBe('republished');
    expect(p.evidence).toContain('citations:2');
  });

  it('a source link in the middle of the story is a citation', () => {
    const p = provenance(
      `<body><h1>The week in climate</h1><p>${P1}</p><p><a href="https://www.theguardian.com/environment/2025/jun/01/heat-record-broken">Source link</a></p><p>${P2}</p><p>${P3}</p></body>`,
      'https://weekly.example/p/the-week-in-climate',
    );
    expect(p.state).not.toBe('republished');
  });

  it('image credits and links in quotes are not origins', () => {
    const p = provenance(
      `<body><h1>A coffee pot from 1760</h1><figure><img src="pot.jpg"><figcaption>Source: <a href="https://www.metmuseum.org/art/collection/search/745519">The Met</a></figcaption></figure>
      <p>${P1}</p><blockquote><p>Read the full article <a href="https://www.nytimes.com/2025/06/01/arts/coffee.html">here</a></p></blockquote><p>${P2}</p></body>`,
      'https://publicdomainreview.org/collection/moseley-coffee',
    );
    expect(p.state).toBe('original');
  });

  it('a canonical on the same publisher’s other host, or on a broken host, is not another outlet', () => {
    expect(sameOwner('m.economictimes.com', 'economictimes.indiatimes.com')).toBe(true);
    expect(sameOwner('news.sky.com', 'iihs.news')).toBe(false);
    const mobile = provenance(
      `<head><link rel="canonical" href="https://m.economictimes.com/us/life/coffee-lovers"></head><body><h1>Coffee lovers rejoice</h1><p>${P1}</p></body>`,
      'https://economictimes.indiatimes.com/us/life/coffee-lovers',
    );
    expect(mobile.state).toBe('original');
    const broken = provenance(
      `<head><link rel="canonical" href="http://packing-list-backpacking-trip/"></head><body><h1>Packing list</h1><p>${P1}</p></body>`,
      'https://madelinemarquardt.com/packing-list',
    );
    expect(broken.state).toBe('original');
  });
});

describe('republished from a linked outlet', () => {
  it('a "Source link" line at the end of the story (seed 004 shape)', () => {
    const p = provenance(
      `<body><h1>Hegseth sets out hard line</h1><p>${P1}</p><p>${P2}</p><p><a href="https://www.bbc.com/news/articles/c4gmv7dj1k4o">Source link</a></p><ul class="related"><li><a href="/a">Another story</a></li></ul></body>`,
    );
    expect(p).toEqual({
      state: 'republished',
      source: {
        url: 'https://www.bbc.com/news/articles/c4gmv7dj1k4o',
        name: 'bbc.com',
        foundBy: 'anchor:source link',
      },
      evidence: ['anchor:source link'],
    });
  });

  it('"Source: Sky News" around the link gives the outlet’s name', () => {
    const p = provenance(
      `<body><h1>Hegseth sets out hard line</h1><p>${P1}</p><p>${P2}</p><p>Source: <a href="https://news.sky.com/story/hegseth-13307316">Sky News</a></p></body>`,
    );
    expect(p.state).toBe('republished');
    expect(p.source?.name).toBe('Sky News');
  });

  it('a Reddit link post: the post is about the article it links (new Reddit)', () => {
    const p = provenance(
      `<head><title>FCC Chair to Europe: If You Restrict US Satellite Providers, We'll Ban You Here : r/technology</title></head>
      <body><shreddit-post><h1>FCC Chair to Europe: If You Restrict US Satellite Providers, We'll Ban You Here</h1>
      <div><a href="https://www.pcmag.com/news/fcc-chair-to-europe-restrict-us-satellite-providers">pcmag.com Open</a></div></shreddit-post>
      <div class="comments"><p>${P1}</p><p>${P2}</p></div></body>`,
      'https://www.reddit.com/r/technology/comments/1rl4mew/fcc_chair_to_europe/',
    );
    expect(p.state).toBe('republished');
    expect(p.source?.url).toBe(
      'https://www.pcmag.com/news/fcc-chair-to-europe-restrict-us-satellite-providers',
    );
    expect(p.source?.foundBy).toBe('link-post');
  });

  it('a link post whose title links the story (old Reddit, lobste.rs) or names its site (Slashdot)', () => {
    const lobsters = provenance(
      `<body><div class="story"><h1><a class="u-url" href="https://blog.rust-lang.org/2024/08/12/Project-goals.html">Rust Project goals for 2024</a></h1></div><div class="comments"><p>${P1}</p></div></body>`,
      'https://lobste.rs/s/dwip3v/rust_project_goals_for_2024',
    );
    expect(lobsters.source?.url).toBe('https://blog.rust-lang.org/2024/08/12/Project-goals.html');
    const slashdot = provenance(
      `<body><article><h1>Stanford Grads Find Their Degrees No Longer Guarantee Jobs <span class="story-sourcelnk"><a href="https://www.latimes.com/business/story/2025-12-19/stanford-ai-jobs">(latimes.com)</a></span></h1><div class="body"><p>${P1}</p></div></article></body>`,
      'https://developers.slashdot.org/story/25/12/19/236259/stanford-grads',
    );
    expect(slashdot.source?.url).toBe('https://www.latimes.com/business/story/2025-12-19/stanford-ai-jobs');
  });

  it('a Yahoo-style teaser cut off mid-sentence keeps its "Read More" to the outlet, in the popup too', () => {
    const html = `<head><title>Council extends the programme</title><link rel="canonical" href="https://news.yahoo.example/council-extends-programme-120000123.html"></head>
      <body><article><h1>Council extends the programme</h1><div class="body"><p>${P1}</p><p>${P2}</p><p>The mayor said the vote showed that the programme had earned the trust of residents, and that the council would</p></div>
      <div class="readmore"><a class="button" href="https://www.townherald.example/news/2025/06/council-extends-programme">Read More</a></div></article></body>`;
    const p = provenance(html, 'https://news.yahoo.example/council-extends-programme-120000123.html');
    expect(p.state).toBe('republished');
    expect(p.source?.url).toBe('https://www.townherald.example/news/2025/06/council-extends-programme');
    expect(p.evidence).toContain('truncated');
    const dom = page(
      `<!doctype html><html>${html}</html>`,
      'https://news.yahoo.example/council-extends-programme-120000123.html',
    );
    const result = extract(dom.window.document);
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.source?.url).toBe(
      'https://www.townherald.example/news/2025/06/council-extends-programme',
    );
  });

  it('"republished from The Conversation … Read the original article" (WCXB 0345)', () => {
    const p = provenance(
      `<body><h1>How to keep healthy smartphone habits</h1><p>${P1}</p><p>${P2}</p><p>This article is republished from <a href="https://theconversation.com/">The Conversation</a> under a Creative Commons license. Read the <a href="https://theconversation.com/smartphone-habits-240123">original article</a>.</p></body>`,
      'https://news.clemson.edu/smartphone-habits/',
    );
    expect(p.state).toBe('republished');
    expect(p.source?.url).toBe('https://theconversation.com/smartphone-habits-240123');
    // The same line closing the story's container, over the writer's bio and teasers of other
    // stories with their summaries: the story ends with it (a probe in a theme not in the fixtures).
    const bio =
      '<div class="author-bio"><p><strong>Rebecca Lin</strong> is a lecturer in animal behaviour at the University of Leeds. She studies how city life changes the behaviour of birds.</p></div>';
    const teaser = (n: number) =>
      `<div class="yml-item"><a href="/nature/story-${n}">Swifts are back, but fewer every year</a><p>Conservationists are asking homeowners to fit nest bricks when they renovate, as swift numbers fall by half in ${n} years.</p></div>`;
    const closing = provenance(
      `<body><div class="post"><h1>Why some birds sing at night</h1><div class="post-body"><p>${P1}</p><p>${P2}</p><p>${P3}</p><p><em>This article is republished from <a href="https://theconversation.com">The Conversation</a> under a Creative Commons license. Read the <a href="https://theconversation.com/why-some-birds-sing-at-night-221455">original article</a>.</em></p></div>${bio}</div><div class="youmaylike">${teaser(25)}${teaser(30)}</div></body>`,
      'https://dailywren.example/nature/birds-sing-at-night',
    );
    expect(closing.source?.url).toBe('https://theconversation.com/why-some-birds-sing-at-night-221455');
  });

  it('"Read more" to several outlets under cut-short items is a page of press clippings (WCXB 0175)', () => {
    const item = (host: string, slug: string) =>
      `<div class="item"><h3>Program in the news</h3><p>${P1.slice(0, 90)}…</p><a href="https://www.${host}/stories/${slug}">Read more</a></div>`;
    const p = provenance(
      `<body><h1>Our Programs in the News</h1>${item('gopresstimes.example', 'high-impact-tutoring-program-281199')}${item('wbay.example', 'reading-proficiency-rates-rise')}</body>`,
      'https://readingandmath.example/about/in-the-news/',
    );
    expect(p.state).not.toBe('republished');
    expect(p.evidence).toContain('read-more:2');
  });

  it('a canonical to another site’s home or section is a site that moved, not an origin (WCXB 2900)', () => {
    const p = provenance(
      `<head><link rel="canonical" href="https://go.dev/blog/"></head><body><h1>The Go Blog</h1><p>${P1}</p><p>${P2}</p></body>`,
      'https://blog.golang.org/',
    );
    expect(p.state).toBe('original');
  });

  it('the note that says the page summarized the news links the story with "Read more:" (agg-topicwire-br-list)', () => {
    const p = provenance(
      `<body><h1>Hegseth signals shift</h1><p>${P1}</p><p>${P2}</p><div>We have summarized this news so that you can read it quickly. If you are interested, you can read the full text here. <a href="https://www.swissinfo.ch/eng/politics/hegseth-shift/88412">Read more:</a> swissinfo</div></body>`,
    );
    expect(p.state).toBe('republished');
    expect(p.source).toMatchObject({
      url: 'https://www.swissinfo.ch/eng/politics/hegseth-shift/88412',
      name: 'swissinfo',
    });
  });

  it('"Source: <a>Reuters</a>" on a line between <br>s under a story written without paragraphs (agg-blogger-source-br)', () => {
    const p = provenance(
      `<body><h3 class="post-title">Chipmaker unveils cheaper AI accelerator</h3><div class="post-body">${P1}<br><br>${P2}<br><br>${P3}<br><br>${P1}<br><br>Source: <a href="https://www.reuters.com/technology/chipmaker-unveils-cheaper-ai-accelerator-2026-11-18/">Reuters</a><div style="clear: both;"></div></div></body>`,
      'https://worldtechdigest.blogspot.com/2026/11/chipmaker-unveils.html',
    );
    expect(p.source).toMatchObject({
      url: 'https://www.reuters.com/technology/chipmaker-unveils-cheaper-ai-accelerator-2026-11-18/',
      name: 'Reuters',
    });
  });

  it('the outlet’s name: a link’s arrow is not part of it, and a link to its home page names it (agg-keypoints-summary, agg-newsmatic-autoblog)', () => {
    const arrow = provenance(
      `<body><h1>Board rejects a four-day week</h1><ul><li>${P1}</li><li>${P2}</li></ul><a href="https://www.lakesidetribune.example/education/2025/03/06/board-rejects-four-day-week">Read the full story at The Lakeside Tribune →</a></body>`,
    );
    expect(arrow.source?.name).toBe('The Lakeside Tribune');
    // An aggregator's button under its copy names the outlet in its own words.
    const button = provenance(
      `<body><h1>Board rejects a four-day week</h1><p>${P1}</p><p>${P2}</p><a class="cta" href="https://www.theguardian.com/education/2025/mar/06/board-rejects-four-day-week">Continue reading on The Guardian</a></body>`,
    );
    expect(button.source).toMatchObject({
      url: 'https://www.theguardian.com/education/2025/mar/06/board-rejects-four-day-week',
      name: 'The Guardian',
    });
    const home = provenance(
      `<body><article><h1>Volunteer divers clear two tons of tires</h1><p>${P1}</p><p>The article <a href="https://millbrookobserver.example/news/divers-clear-tires-reservoir/">Volunteer divers clear two tons of tires</a> was first published on <a href="https://millbrookobserver.example/">The Millbrook Observer</a>.</p></article></body>`,
    );
    expect(home.source).toMatchObject({
      url: 'https://millbrookobserver.example/news/divers-clear-tires-reservoir/',
      name: 'The Millbrook Observer',
    });
  });

  it('a table that lays out the whole page is not a data table: its links can be origins', () => {
    const body = `<h1>Hegseth signals shift</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>Source: <a href="https://news.sky.com/story/hegseth-signals-shift-13370001">Sky News</a></p>`;
    const laidOut = provenance(`<body><table><tr><td>${body}</td></tr></table></body>`);
    expect(laidOut.source).toMatchObject({
      url: 'https://news.sky.com/story/hegseth-signals-shift-13370001',
      name: 'Sky News',
    });
    // A data table's source line is the source of its figures.
    const data = provenance(
      `<body><h1>Hegseth signals shift</h1><p>${P1}</p><p>${P2}</p><table><tr><td>Budget</td><td>$4bn</td></tr><tr><td colspan="2">Source: <a href="https://news.sky.com/story/hegseth-signals-shift-13370001">Sky News</a></td></tr></table></body>`,
    );
    expect(data.state).not.toBe('republished');
  });

  it('"Continue reading" to the provider the portal names beside the headline (agg-portal-provider-continue)', () => {
    const p = provenance(
      `<body><div class="provider"><img src="/p/indy.png" alt=""><span>The Independent</span></div><h1>Airline to charge for carry-on bags</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p><div><a href="https://www.independent.co.uk/travel/carry-on-bag-fee-b2671234.html">Continue reading</a></div></body>`,
      'https://portalnow.example/en-us/news/airline-carry-on-fee/ar-AA1x2y3',
    );
    expect(p.source).toMatchObject({
      url: 'https://www.independent.co.uk/travel/carry-on-bag-fee-b2671234.html',
      name: 'The Independent',
    });
  });

  it('a "Read More" under a complete story is not an origin', () => {
    const p = provenance(
      `<body><article><h1>Council extends the programme</h1><p>${P1}</p><p>${P2}</p><p><a href="https://www.townherald.example/news/2025/06/other-story">Read more</a></p></article></body>`,
    );
    expect(p.state).not.toBe('republished');
  });
});

describe('republished, origin not stated', () => {
  it('a page’s own history is not republication ("originally published in March 2022", WCXB 0127)', () => {
    const p = provenance(
      `<body><h1>Cleaning industry trends</h1><p>${P1}</p><p>${P2}</p><p><em>Originally published in March 2022. Last updated on December 20, 2024.</em></p></body>`,
    );
    expect(p.state).toBe('original');
  });

  it('a page that says it summarized the news, without a link', () => {
    const p = provenance(
      `<body><h1>Hegseth signals shift</h1><p>${P1}</p><p>${P2}</p><p><small>We have summarized this news so that you can read it quickly.</small></p></body>`,
    );
    expect(p).toEqual({ state: 'unknown', source: null, evidence: ['says:republished'] });
    // The same statement on a line between <br>s of a story written without paragraphs (agg-feed-br-summary).
    const lines = provenance(
      `<body><h1>Monsoon rains lash Mumbai</h1><div class="summary">${P1}<br><br>${P2}<br><br>(This story has not been edited by NewsFlash Live staff and is auto-generated from a syndicated feed.)<br><br><b>Top Stories</b><br><a href="/india/gold-88120">Gold prices rise for third day</a><br></div></body>`,
    );
    expect(lines).toEqual({ state: 'unknown', source: null, evidence: ['says:republished'] });
  });

  it('a forum reply quoting a post ("Originally Posted by HOSTLAR") is no republication (WCXB 0533)', () => {
    const quote =
      '<blockquote class="postcontent"><div class="bbcode_quote"><div class="bbcode_postedby">Originally Posted by <strong>HOSTLAR</strong></div><div class="message">What do you pay attention to when you buy hosting?</div></div>I look at the uptime record first.</blockquote>';
    const p = provenance(
      `<body><h1>What do you pay attention to when you buy hosting?</h1><div class="postbody"><p>${P1}</p></div><div class="postbody"><div class="content">${quote}</div></div></body>`,
      'https://forum.example/showthread.php?t=1930933',
    );
    expect(p.state).toBe('original');
    // The same words as the page's own line, outside any quote, still say it.
    const own = provenance(
      `<body><h1>Hosting prices rise</h1><p>${P1}</p><p>${P2}</p><div class="note"><p>Originally posted by Hosting Weekly.</p></div></body>`,
    );
    expect(own.evidence).toContain('says:republished');
  });

  it('a page that names its origin without linking it ("Source: Reuters", "Bron: ANP"): republished from it, no link', () => {
    for (const [line, name] of [
      ['Source: Reuters', 'Reuters'],
      ['<em>Bron: ANP</em>', 'ANP'],
      ['Źródło: PAP', 'PAP'],
    ]) {
      const p = provenance(
        `<body><h1>Hegseth signals shift</h1><p>${P1}</p><p>${P2}</p><p>${line}</p></body>`,
      );
      expect(p).toMatchObject({ state: 'republished', source: null, named: name });
      expect(p.evidence).toContain(`stated:${name}`);
    }
  });

  it('"Source:" in the languages aggregators republish in, around a link to the story (agg-ru-istochnik, agg-pl-zrodlo)', () => {
    for (const [label, name] of [
      ['Источник:', 'ТАСС'],
      ['Źródło:', 'PAP'],
      ['Zdroj:', 'ČTK'],
      ['Källa:', 'TT'],
      ['Nguồn:', 'VnExpress'],
    ]) {
      const p = provenance(
        `<body><h1>Hegseth signals shift</h1><div class="text"><p>${P1}</p><p>${P2}</p><p class="src">${label} <a href="https://wire.example/news/2025/06/01/hegseth-signals-shift">${name}</a></p></div></body>`,
      );
      expect(p.state, label).toBe('republished');
      expect(p.source).toMatchObject({
        url: 'https://wire.example/news/2025/06/01/hegseth-signals-shift',
        name,
      });
    }
  });

  it('a source labelled in the line under the headline that also gives the date and the writer (agg-zh-laiyuan)', () => {
    const html = `<head><title>西湖区加装电梯审批提速_华东在线</title></head><body><h1>西湖区加装电梯审批提速</h1><div class="info">2025-11-12 09:41:07 来源：<a href="https://www.chinanews.example/sh/2025/11-12/10512345.shtml">中国新闻网</a> 作者：王静怡</div><div class="text"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></body>`;
    const p = provenance(html);
    expect(p.state).toBe('republished');
    expect(p.source).toMatchObject({
      url: 'https://www.chinanews.example/sh/2025/11-12/10512345.shtml',
      name: '中国新闻网',
    });
    // The same label before a link inside the story is a citation of a figure, not the origin.
    const cited = provenance(
      `<head><title>西湖区加装电梯审批提速_华东在线</title></head><body><h1>西湖区加装电梯审批提速</h1><div class="text"><p>${P1} 数据来源：<a href="https://stats.example/report/2025/11/lifts">统计局</a></p><p>${P2}</p><p>${P3}</p></div></body>`,
    );
    expect(cited.state).toBe('original');
  });

  it('a wire service’s copyright closing the story a local site carries names the origin (agg-localtv-ap-wire)', () => {
    const story = (closing: string) =>
      `<body><h1>Rural districts try four-day weeks</h1><div class="article-body"><p>${P1}</p><p>${P2}</p><p>${P3}</p>${closing}</div><footer><p>Copyright 2025 Gray Media Group, Inc. All rights reserved.</p></footer></body>`;
    const wire = provenance(story('<p>Copyright 2025 The Associated Press. All rights reserved.</p>'));
    expect(wire).toMatchObject({ state: 'republished', source: null, named: 'The Associated Press' });
    // The site's owner in its footer, and a writer's own notice under the post, are no other outlet's.
    expect(provenance(story('')).state).toBe('original');
    const own = provenance(
      `<head><meta name="author" content="Jane Doe"></head>${story('<p>© 2025 Jane Doe. All rights reserved.</p>')}`,
    );
    expect(own.state).toBe('original');
  });

  it('a "Source:" note inside a list item is the source of a figure, not the story’s origin (WCXB 0157)', () => {
    const p = provenance(
      `<body><h1>The best states for mental health</h1><p>${P1}</p><ul><li>Unemployment Rate – Percentage of population ages 16 and older unemployed but seeking work. <em>Source: U.S. Bureau of Labor Statistics (BLS).</em></li><li>Poor mental health days – Average number reported in the past 30 days. <em>Source: Centers for Disease Control and Prevention.</em></li></ul><p>${P2}</p></body>`,
    );
    expect(p.state).toBe('original');
  });

  it('"Source:" lines naming several sources are data sources, not an origin', () => {
    const p = provenance(
      `<body><h1>The best states for mental health</h1><p>${P1}</p><p>Source: Mental Health America</p><p>${P2}</p><p>Source: Census Bureau</p><p>${P3}</p></body>`,
    );
    expect(p.state).toBe('original');
  });

  it('an auto-blog that names an origin without a link and links out to many other outlets’ stories', () => {
    const p = provenance(
      `<body><h1>Hegseth signals shift</h1><p>${P1}</p><p>${P2}</p><p>Via: Associated Press</p><ul>${teasers}</ul></body>`,
    );
    expect(p).toMatchObject({ state: 'republished', source: null, named: 'Associated Press' });
    expect(p.evidence).toEqual(['stated:Associated Press', 'links-out:7']);
  });

  it('links out to many outlets alone is a newsletter or a list, not republication', () => {
    const p = provenance(
      `<body><h1>Ten stories worth your time</h1><p>${P1}</p><ul>${teasers}</ul><p>${P2}</p></body>`,
    );
    expect(p.state).toBe('original');
  });
});

describe('held-out portals: the button to the original, and the provider named beside the headline', () => {
  const ORIGINAL = 'https://www.hokuriku-nichinichi.example/articles/-/184507';

  it('"元記事を読む" leads to the story at its outlet; the outlet\'s name is the one its logo and its line beside the headline give (agg-ja-haishin)', () => {
    const p = provenance(
      `<head><title>旧路面電車の車庫跡地に子ども図書館（北陸日日新聞） - ミライ!ニュース</title><meta property="og:title" content="旧路面電車の車庫跡地に子ども図書館"></head><body><div class="head"><h1>旧路面電車の車庫跡地に子ども図書館</h1><div class="provider"><a href="/media/hokunichi"><img src="/logo.png" alt="北陸日日新聞"></a><span>北陸日日新聞</span> <time>11/20(木) 18:45配信</time></div></div><p>${P1}</p><p>${P2}</p><p><a href="${ORIGINAL}">元記事を読む</a></p></body>`,
      'https://news.mirai.example/articles/7c3e9a1f',
    );
    expect(p.state).toBe('republished');
    expect(p.source).toMatchObject({
      url: ORIGINAL,
      name: '北陸日日新聞',
      foundBy: 'anchor:read the original',
    });
  });

  it("beside a canonical to another site, the picture and name by the headline are the writer's, not an outlet's (Readability's nytimes-3)", () => {
    const story = 'https://www.nytimes.example/2019/02/21/nyregion/winter-weather-manholes-pipes.html';
    const p = provenance(
      `<head><link rel="canonical" href="${story}"><meta property="og:title" content="Why manholes explode in the winter"></head><body><div class="head"><h1>Why manholes explode in the winter</h1><div class="meta"><img src="/kilgannon.jpg" alt="Corey Kilgannon"><span>Corey Kilgannon</span></div></div><p>${P1}</p><p>${P2}</p></body>`,
    );
    expect(p.source).toMatchObject({ url: story, name: 'nytimes.example', foundBy: 'canonical' });
  });

  it('the same button in Korean and Hindi; without a provider row, the outlet is named by its address', () => {
    for (const words of ['원문보기', '기사원문', 'पूरी खबर पढ़ें']) {
      const p = provenance(
        `<body><h1>세종 BRT 간선버스</h1><p>${P1}</p><p>${P2}</p><p><a href="${ORIGINAL}">${words}</a></p></body>`,
      );
      expect(p.source).toMatchObject({ url: ORIGINAL, name: 'hokuriku-nichinichi.example' });
    }
  });

  it('a newswire\'s "View original content: <address>" under a release, after the wire\'s icon (agg-finance-press-release)', () => {
    const release =
      'https://www.globewire.example/news-releases/acme-robotics-unveils-fieldhand-302614877.html';
    const p = provenance(
      `<body><h1>Acme Robotics Unveils Fieldhand</h1><a href="https://www.globewire.example/" title="GlobeWire Newsroom"><img src="/wire.png" alt=""></a><p>${P1}</p><p>${P2}</p><p><img src="/mark.png" alt="GlobeWire" width="12"> View original content to download multimedia: <a href="${release}">${release}</a></p></body>`,
    );
    expect(p.source).toMatchObject({ url: release, name: 'GlobeWire Newsroom' });
  });

  it('"Originally published at <a>The Harbor Ledger</a> on November 10, 2026.": the link\'s words name the outlet (agg-crosspost-originally-published)', () => {
    const column = 'https://www.harborledger.example/opinion/columns/2026/11/10/the-last-winter/';
    const p = provenance(
      `<body><h1>The last winter of the Margaret Dunn</h1><p>${P1}</p><p>${P2}</p><p><em>Originally published at <a href="${column}">The Harbor Ledger</a> on November 10, 2026.</em></p></body>`,
    );
    expect(p.source).toMatchObject({ url: column, name: 'The Harbor Ledger' });
  });
});

describe('every aggregator fixture: republished, with the link to its original', () => {
  it.each(fixtures())('$slug', ({ html, expected }) => {
    const dom = load(html, expected.url);
    const result = extract(dom.window.document);
    if (!result.ok) throw new Error(result.reason);
    const { provenance: p } = result.article;
    expect(p.state).toBe(expected.provenance ?? (expected.source ? 'republished' : 'original'));
    expect(p.source?.url ?? null).toBe(expected.source?.url ?? null);
    expect(result.article.source).toEqual(p.source);
  });
});
