import { describe, expect, it } from 'vitest';
import { articleOf } from '../../tests/helpers/extract';
import type { Article, ExtractOptions } from './types';

/**
 * Sections of the story that Readability leaves out come back in the page's order.
 *
 * Fires on WCXB pages (Foley, 2026) written in page builders: a row of sibling sections, Readability
 * keeping one (4255 Drupal builder rows, 0164 HubSpot rows, 0138 Divi rows, 0432 layout rows, 4051,
 * 4253, 4430); sections inside Readability's container that it drops for a class that reads as
 * clutter to it (4705 "ck-widget" plant profiles, 0010 "c-product-widget" reviews, 0226).
 * A ranking printed as a list, one item a section, when the list holds most of the page's prose (4052,
 * each car's item also printing the same "Compare deals" line); steps in an accordion whose headings
 * are buttons, not links (4193); a checklist written in <div>s with an icon per item (4184); the
 * story's opening in a block printed like its first section's, which Readability scored apart (4598
 * a puppy-training guide, 0432 a type designer's essay), put back before that section's heading; a
 * ranking's box whose caption repeats a line the article holds, its entries read one by one (0312);
 * points with a check-mark icon each (0312), an accordion's panel listing the products tested (4253);
 * a park's webcam descriptions in an older CMS's layout table, each section ending in the same credit
 * lines full of links (0341).
 * Left out: a block of entries printed alike beside the story, the site's FAQ in a row like the
 * story's (0342) or its customer reviews in a column that shares a class with the story's (4267).
 * The markup below reproduces the two structures; it is not copied from those pages.
 */
const para = (topic: string, n: number) =>
  `<p>${topic}, paragraph ${n}. The gardeners measured the light in every room through the winter, and the plants that did best were the ones left alone for weeks, watered only when the soil was dry.</p>`;
const paras = (topic: string, n: number) => Array.from({ length: n }, (_, i) => para(topic, i + 1)).join('');

/** A page builder's row: the text five levels down, so Readability scores the rows apart. */
const row = (n: number, topic: string, paragraphs: number, extra = '') =>
  `<div class="builder-row row-${n}"><div class="row-inner"><div class="container"><div class="column"><div class="module"><div class="text"><h2>${topic}</h2>${paras(topic, paragraphs)}${extra}</div></div></div></div></div></div>`;

const RELATED_ROW = `<div class="builder-row row-9"><div class="row-inner"><h3>More from the garden</h3><ul>${[
  'How to repot a fern without losing it',
  'Ten herbs that grow on a windowsill',
  'The best compost for a small balcony',
  'Why orchids drop their buds in winter',
]
  .map((t, i) => `<li><a href="/story-${i}">${t}</a></li>`)
  .join('')}</ul></div></div>`;

const COMMENTS = `<div class="comments"><h3>3 comments</h3>${[1, 2, 3]
  .map(
    (i) =>
      `<div class="comment"><p>Reader ${i} wrote: my snake plant has lived in a dark hallway for eleven years and still puts out a new leaf every spring, so I believe every word of this.</p></div>`,
  )
  .join('')}</div>`;

const SECTIONS = `<html><head><title>Plants for dark rooms</title></head><body>
<header><nav><a href="/">Home</a> <a href="/plants">Plants</a> <a href="/about">About</a></nav></header>
<main><article><h1>Plants for dark rooms</h1><div class="body">
${row(1, 'Snake plant', 2)}${row(2, 'ZZ plant', 5)}${row(3, 'Spider plant', 2)}${row(4, 'Cast-iron plant', 3)}
${RELATED_ROW}</div>${COMMENTS}</article></main>
<footer><p>© Garden Society</p></footer></body></html>`;

const widget = (topic: string) =>
  `<div class="product-widget"><div class="product-name">${topic}</div><div class="product-content">${paras(topic, 2)}</div></div>`;
const WIDGETS = `<html><head><title>Best dishwashers</title></head><body><main><article>
<h1>Best dishwashers</h1><div class="content-block">${paras('Introduction', 3)}
${widget('Bosch')}${widget('Miele')}${widget('LG')}${para('In short', 1)}</div></article></main></body></html>`;

/** The site's questions and answers, in a row printed like the story's: entries, not a section. */
const FAQ_ROW = `<div class="builder-row row-8"><div class="row-inner"><div class="heading"><h3>Have any questions?</h3></div><div class="accordion">${[
  'Can you help me grow my followers?',
  'What photos or videos do you use?',
  'How do you match my brand colours?',
  'What results can I expect from posting?',
]
  .map(
    (q) =>
      `<div class="faq-item"><div class="faq-title">${q}</div><div class="faq-answer"><p>By default we use the photos on your website and our library of licensed pictures; if you share a folder with us we use yours, and custom graphics are an add-on to the plan.</p></div></div>`,
  )
  .join('')}</div></div></div>`;

function read(html: string, options: ExtractOptions = {}): Article {
  return articleOf(html, 'https://garden.example/dark-rooms', options);
}
const count = (text: string, part: string) => text.split(part).length - 1;

describe('restore-sections', () => {
  it('brings back the sibling sections Readability left out, once each, in the page order', () => {
    // Readability alone keeps the longest section.
    const without = read(SECTIONS, { disable: ['restore-sections'] }).text;
    expect(without).toContain('ZZ plant, paragraph 5');
    expect(without).not.toContain('Snake plant, paragraph 1');
    expect(without).not.toContain('Cast-iron plant, paragraph 3');

    const t = read(SECTIONS).text;
    const order = ['Snake plant', 'ZZ plant', 'Spider plant', 'Cast-iron plant'].flatMap((topic) => [
      `${topic}\n`,
      `${topic}, paragraph 1`,
      `${topic}, paragraph 2`,
    ]);
    for (const part of order) expect(count(t, part), part).toBe(1);
    const at = order.map((part) => t.indexOf(part));
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it('the filters after it clean the sections it brought back (they measure the article again)', () => {
    const promo = '<p>Subscribe to our garden letter</p>';
    const page = SECTIONS.replace(row(1, 'Snake plant', 2), row(1, 'Snake plant', 2, promo));
    const article = read(page);
    expect(article.text).toContain('Snake plant, paragraph 1');
    expect(article.text).not.toContain('Subscribe to our garden letter');
    expect(
      article.removals.some((r) => r.step === 'remove-promo-blocks' && r.preview.includes('Subscribe')),
    ).toBe(true);
  });

  it('leaves out a row of links printed like the sections, and the comments after the story', () => {
    const t = read(SECTIONS).text;
    expect(t).not.toContain('How to repot a fern');
    expect(t).not.toContain('Reader 1 wrote');
  });

  it("leaves out a row of entries printed alike: the site's FAQ after the story (WCXB 0342, 4267)", () => {
    const html = SECTIONS.replace(RELATED_ROW, FAQ_ROW);
    const t = read(html).text;
    expect(t).toContain('Snake plant, paragraph 1');
    expect(t).toContain('Cast-iron plant, paragraph 3');
    expect(t).not.toContain('Have any questions?');
    expect(t).not.toContain('By default we use the photos');
  });

  it('brings back sections dropped from inside the container Readability chose, where they stood', () => {
    const without = read(WIDGETS, { disable: ['restore-sections'] }).text;
    expect(without).not.toContain('Miele, paragraph 1');

    const t = read(WIDGETS).text;
    const order = [
      'Introduction, paragraph 3',
      'Bosch, paragraph 1',
      'Miele, paragraph 2',
      'LG, paragraph 2',
      'In short',
    ];
    for (const part of order) expect(count(t, part), part).toBe(1);
    const at = order.map((part) => t.indexOf(part));
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it('brings back the rest of a dropped block that opens with a line the article holds (WCXB 0312)', () => {
    // The ranking's box opens with the story's lead-in line, a tooltip's button inside it, then its entries.
    const lead = 'We ran every dishwasher below for a month in a family of five, twice a day';
    const entry = (name: string) =>
      `<div class="entry"><h3>${name}</h3><div class="entry-body">${paras(name, 2)}</div></div>`;
    const html = `<html><head><title>Best dishwashers</title></head><body><main><article>
<h1>Best dishwashers</h1><div class="content-block"><p>${lead}.</p>${paras('Introduction', 3)}
<div class="ranking-widget"><div class="intro">${lead} <div class="tip"><button>Sponsored</button></div> results are marked.</div>${entry('Bosch')}${entry('Miele')}${entry('LG')}</div>
${para('In short', 1)}</div></article></main></body></html>`;
    const without = read(html, { disable: ['restore-sections'] }).text;
    expect(without).not.toContain('Miele, paragraph 1');
    const t = read(html).text;
    for (const part of ['Bosch, paragraph 1', 'Miele, paragraph 2', 'LG, paragraph 2'])
      expect(count(t, part), part).toBe(1);
    expect(count(t, lead)).toBe(1);
    expect(t).not.toContain('Sponsored');
    expect(t.indexOf('Bosch, paragraph 1')).toBeLessThan(t.indexOf('In short'));
  });

  it('brings back a list of sentences with an icon each, and panels holding a short list of names (WCXB 0312, 4253)', () => {
    const check = (text: string) =>
      `<li><span><img src="/icons/check.svg" width="20" height="20" alt="check"></span><span>${text}</span></li>`;
    const points = [
      'Dishwashers use less water than washing by hand, even for a small household.',
      'A quiet model can run at night, when electricity costs less in many places.',
      'Stainless steel tubs dry dishes better than plastic ones, and last longer.',
      'A third rack holds cutlery flat, so nothing nests and everything comes out clean.',
    ];
    const names = ['Bosch', 'Miele', 'LG', 'Beko', 'Smeg', 'Asko'].map((n) => `<li>${n}</li>`).join('');
    const html = `<html><head><title>Best dishwashers</title></head><body><main><article>
<h1>Best dishwashers</h1><div class="content-block">${paras('Introduction', 3)}
<section class="list-widget"><ul>${points.map(check).join('')}</ul></section>
${paras('Buying', 2)}
<div class="accordion-widget"><button>How we tested</button><div class="panel">${para('Method', 1)}<ul>${names}</ul>${para('Method', 2)}</div></div>
${para('In short', 1)}</div></article></main></body></html>`;
    const without = read(html, { disable: ['restore-sections'] }).text;
    expect(without).not.toContain('A quiet model can run at night');
    expect(without).not.toContain('Method, paragraph 1');
    const t = read(html).text;
    for (const part of [...points, 'Method, paragraph 1', 'Method, paragraph 2'])
      expect(count(t, part), part).toBe(1);
  });

  it('leaves out comments dropped from inside the container: entries of several blocks, or declared as comments (WCXB 4309, 1177)', () => {
    const remark = (i: number) =>
      `I tried this on my own machine ${i} times and the loop still blocks; you never await inside the function.`;
    const entries = [1, 2, 3, 4]
      .map(
        (i) =>
          `<li><div class="comment-text">${remark(i)}</div><div class="comment-meta">Reader ${i} · Jan ${i}</div></li>`,
      )
      .join('');
    const declared = [5, 6, 7, 8]
      .map(
        (i) =>
          `<li itemscope itemtype="https://schema.org/Comment"><span itemprop="text">${remark(i)}</span> – Reader ${i}</li>`,
      )
      .join('');
    const html = `<html><head><title>Best dishwashers</title></head><body><main><article>
<h1>Best dishwashers</h1><div class="content-block">${paras('Introduction', 3)}
<div class="comments-widget"><ul>${entries}</ul></div>${paras('Middle', 2)}
<div class="comments-widget"><ul>${declared}</ul></div>${para('In short', 1)}</div></article></main></body></html>`;
    const t = read(html).text;
    expect(t).toContain('Middle, paragraph 2');
    expect(t).not.toContain('the loop still blocks');
  });

  it('brings back the items of a ranking printed as a list, each with a line every item repeats (WCXB 4052)', () => {
    const car = (name: string, n: number) =>
      `<li><h3>${name}</h3><div class="wrap-a"><div class="wrap-b"><div class="copy">${paras(name, n)}</div></div><div class="deal"><div class="deal-box"><p>Compare new car deals with our leasing partner today</p></div></div></div></li>`;
    const html = `<html><head><title>The best electric cars</title></head><body><main><h1>The best electric cars</h1><div class="list"><ol>${car('Kia', 2)}${car('Volvo', 2)}${car('Skoda', 2)}${car('Tesla', 6)}</ol></div></main></body></html>`;
    const without = read(html, { disable: ['restore-sections'] }).text;
    expect(without).toContain('Tesla, paragraph 6');
    expect(without).not.toContain('Kia, paragraph 1');
    const t = read(html).text;
    for (const part of ['Kia, paragraph 2', 'Volvo, paragraph 1', 'Skoda, paragraph 2', 'Tesla, paragraph 6'])
      expect(count(t, part), part).toBe(1);
    expect(t.indexOf('Kia, paragraph 1')).toBeLessThan(t.indexOf('Tesla, paragraph 1'));
  });

  it('brings back the panels of an accordion whose headings are buttons, and a checklist with icons (WCXB 4193, 4184)', () => {
    const panel = (i: number, topic: string) =>
      `<div class="accordion"><div class="accordion-head"><a role="button" aria-controls="step-${i}">${i}. ${topic}</a></div><div id="step-${i}" style="display:none"><div class="accordion-body">${paras(topic, 2)}</div></div></div>`;
    const item = (name: string, i: number) =>
      `<div class="check-item"><div class="icon"><img src="/icons/${name}.png"></div><div class="item-name">${name}</div><div class="interval"><div>Interval: every ${i + 3}0,000 miles</div><div>Price: $${i + 7}5 to $${i + 1}45</div></div><div class="item-text">${name} wears with time and heat; the owner's manual gives the interval, and most shops charge about the same for it whether or not the part is actually worn. Ask for the old part back, and keep the receipt with the car's papers: the next buyer will want to see it, and so will the dealer.</div></div>`;
    const html = `<html><head><title>Before you install</title></head><body><main><article><h1>Before you install</h1><div class="content-block">${paras('Introduction', 4)}
<div class="steps">${panel(1, 'Read your bill')}${panel(2, 'Check your roof')}${panel(3, 'Compare quotes')}</div>
<div class="media-block"><div class="row">${['Coolant', 'Oil', 'Wipers', 'Spark plugs'].map(item).join('')}</div></div>
${paras('In short', 2)}</div></article></main></body></html>`;
    // unwrap-collapsed-sections shows the folded panels before Readability: switched off, they are
    // left to restore-sections. With both on, each panel is printed once.
    const without = read(html, { disable: ['restore-sections', 'unwrap-collapsed-sections'] }).text;
    expect(without).not.toContain('Check your roof, paragraph 1');
    expect(without).not.toContain('Wipers wears with time');
    for (const t of [read(html).text, read(html, { disable: ['unwrap-collapsed-sections'] }).text])
      for (const part of [
        'Read your bill, paragraph 1',
        'Compare quotes, paragraph 2',
        'Wipers wears with time',
      ])
        expect(count(t, part), part).toBe(1);
  });

  it("brings back the story's opening printed in a block like the first section's, before its heading (WCXB 4598, 0432)", () => {
    // Each block of the page builder wraps its text eight levels down; the opening's wrapper has a
    // class Readability reads as a header, and its list of contents repeats the first heading.
    const block = (inner: string) =>
      `<div class="block"><div><section class="story"><div class="story-inner"><div class="content"><div class="column"><div class="texts"><div class="paragraph">${inner}</div></div></div></div></div></section></div></div>`;
    const contents = ['Snake plant', 'ZZ plant', 'Fern']
      .map((t) => `<p><a href="https://garden.example/dark-rooms#${t}">${t}</a></p>`)
      .join('');
    const opening = `<div class="intro-header"><p>Start here: a dark room is not a dead room. <a href="/a">Light meters</a> and <a href="/b">north windows</a> say more than you think.</p><p>Below are the plants that lived through a winter in our darkest hallway, in the order we would buy them again, from the easiest to the one that asks the most of you.</p>${contents}</div>`;
    const html = `<html><head><title>Plants for dark rooms</title></head><body><main><div class="region"><div class="block"><h1>Plants for dark rooms</h1></div>${block(opening)}${block(`<h2>Snake plant</h2>${paras('Snake plant', 3)}`)}${block(`<h2>ZZ plant</h2>${paras('ZZ plant', 4)}`)}${block(`<h2>Fern</h2>${paras('Fern', 3)}`)}</div></main></body></html>`;
    // unmark-headings would hand Readability the opening (a "header" of prose): switched off, the
    // opening is lost to Readability's class test and restore-sections is what brings it back.
    const without = read(html, { disable: ['restore-sections', 'unmark-headings'] }).text;
    expect(without).toContain('Snake plant, paragraph 1');
    expect(without).not.toContain('Start here');
    const t = read(html, { disable: ['unmark-headings'] }).text;
    expect(count(t, 'Start here: a dark room')).toBe(1);
    expect(count(t, 'in the order we would buy them')).toBe(1);
    expect(t.indexOf('Start here')).toBeLessThan(t.indexOf('Snake plant\n'));
    expect(t.indexOf('Snake plant\n')).toBeLessThan(t.indexOf('Snake plant, paragraph 1'));
  });

  it('brings back sections whose only links are in a credit line every section repeats, laid out in a table (WCXB 0341)', () => {
    // An older CMS lays the page out in a table and prints, under each camera's description, the same
    // two lines of credits with three links: over a third of each section's letters are in links.
    const credit =
      '<p>This camera image is provided courtesy of the <a href="https://friends.example/">Friends of the Valley</a>. To feature our cameras elsewhere, <a href="/usage">fill out the usage agreement</a>.</p><p><a href="https://friends.example/give">Support this camera by making a gift to the Friends of the Valley</a>.</p>';
    const camera = (name: string, text: string) =>
      `<div class="control custom"><div class="kicker">Webcam</div><h2 class="title">${name}</h2></div><div class="control custom"><div class="text-group"><p>${text}</p>${credit}</div></div>`;
    // The cameras that other companies run, as cards linking to their pages: what Readability keeps.
    const card = (name: string, text: string) =>
      `<div class="control custom"><div class="preview row"><div class="col"><div class="kicker">Webcam</div><h2><a href="/cam/${name}">${name}</a></h2><p class="description">${text}</p><span><a href="/cam/${name}" class="button">View Webcam</a></span></div></div></div>`;
    const descriptions = [
      'The upper falls drop four hundred metres in one leap. In May the dogwood blooms just below the waterfall, and the spray reaches the trail.',
      'This view from the east end of the valley floor gives a sense of the weather on the valley floor, morning and evening alike.',
      'This camera, at about eight thousand feet, shows the dome and the high country around it, snow from November to June.',
    ];
    const html = `<html><head><title>Webcams</title></head><body><header><nav><a href="/">Home</a></nav></header><div id="main"><h1>Webcams</h1><table class="layout"><tr><td>${camera('Upper Falls', descriptions[0] as string)}${camera('Half Dome', descriptions[1] as string)}${camera('High Country', descriptions[2] as string)}${card('Meadows', 'The store operates a camera at the meadows, giving you a glimpse into the high country during the summer months when the road is open.')}${card('Ski Area', 'The ski area operates a camera so that you can check the current conditions and how busy the slopes are before you drive up.')}${card('River', 'From here you can see the river as it flows past the gauging station that the survey has kept for over a hundred years now.')}</td></tr></table><p>Last updated: November 13, 2025</p></div><footer><p>© Park Service</p></footer></body></html>`;
    const without = read(html, { disable: ['restore-sections'] }).text;
    for (const d of descriptions) expect(without).not.toContain(d);
    const t = read(html).text;
    for (const d of descriptions) expect(count(t, d)).toBe(1);
    const at = descriptions.map((d) => t.indexOf(d));
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it('changes nothing when Readability kept the whole story', () => {
    const html = `<html><head><title>Plain</title></head><body><article><h1>Plain</h1>${paras('Plain', 6)}</article></body></html>`;
    expect(read(html).html).toBe(read(html, { disable: ['restore-sections'] }).html);
  });
});
