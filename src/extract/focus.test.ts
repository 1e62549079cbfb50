import { describe, expect, it } from 'vitest';
import { page } from '../../tests/helpers/dom';
import { keepOnly, storyRegion } from './focus';
import { buildIndex } from './page-index';

const para = (n: number) =>
  `<p>Paragraph ${n}: the council voted on Tuesday to extend the programme for another year, after a review found that it had cut waiting times by a third across the county.</p>`;

function layout(paragraphs: number) {
  return `<header><nav><a href="/">Home</a></nav></header><div id="wrap"><aside id="side"><ul><li><a href="/a">Other story</a></li></ul></aside><main id="main"><h1>Headline</h1><figure><img src="/lead.jpg" alt="lead"></figure><div id="story">${Array.from({ length: paragraphs }, (_, i) => para(i + 1)).join('')}</div></main></div><footer><p>© 2025 The Paper</p></footer>`;
}

describe('story region', () => {
  it('is the parent of the block that holds nearly all the paragraph text (the story with its neighbours)', () => {
    const doc = page(`<body>${layout(20)}</body>`).window.document;
    const region = storyRegion(buildIndex(doc.body), doc.body);
    expect(region?.id).toBe('main');
  });

  it('keeps only the path down to it: no header, side column or footer; the head untouched', () => {
    const doc = page(`<head><title>T</title></head><body>${layout(20)}</body>`).window.document;
    const region = storyRegion(buildIndex(doc.body), doc.body) as Element;
    expect(keepOnly(region, doc.body)).toBe(3);
    expect(doc.querySelector('header, aside, footer')).toBeNull();
    expect(doc.querySelectorAll('#story p')).toHaveLength(20);
    expect(doc.querySelector('h1')?.textContent).toBe('Headline');
    expect(doc.title).toBe('T');
  });

  it('goes with the headline: a story in <div>s and <br>s beside comments in <p>s is kept (WCXB 0396)', () => {
    const story = `Elite degrees are no longer a guaranteed on-ramp to tech jobs.<br><br>${'The graduates say the market has changed in a year. '.repeat(12)}`;
    const doc = page(
      `<body><div id="page"><div id="firehose"><article><header><h1>Grads find their degrees no longer guarantee jobs</h1></header><div class="body"><div class="p">${story}</div></div></article></div><div id="comments"><ul>${Array.from({ length: 20 }, (_, i) => `<li>${para(i + 1)}</li>`).join('')}</ul></div></div></body>`,
    ).window.document;
    const headline = doc.querySelector('h1');
    // Without the headline, the comments' list would be the region, and the story cut off.
    expect(storyRegion(buildIndex(doc.body), doc.body)?.id).toBe('comments');
    expect(storyRegion(buildIndex(doc.body), doc.body, headline)?.id).toBe('page');
  });

  it('stops above comments in <p>s when the post before them is written in <div>s and <br>s (WCXB 4456)', () => {
    // Blogger: the post body is text, <br>s and lists; each comment is a <p>. The page's <h1> is the
    // blog's name in the site header, so the headline cannot lead to the post.
    const post = `${'Lean in the sense of low-burn: startups that take advantage of open source and agile development. '.repeat(6)}<br><br><ol><li>${'The use of platforms enabled by open source and free software. '.repeat(4)}</li></ol>${'My belief is that lean startups will achieve lower development costs. '.repeat(4)}`;
    const comments = Array.from(
      { length: 16 },
      (_, i) => `<li class="comment"><p>${para(i + 1)}</p></li>`,
    ).join('');
    const doc = page(
      `<body><header><h1>Lessons Learned</h1></header><div id="main"><div id="posts"><div id="post" class="post"><h3>The lean startup</h3><div class="post-body">${post}</div></div><div id="comments"><ol>${comments}</ol></div></div></div><aside><a href="/archive">Blog archive</a></aside></body>`,
    ).window.document;
    const region = storyRegion(buildIndex(doc.body), doc.body, doc.querySelector('h1'));
    expect(region?.contains(doc.querySelector('#post'))).toBe(true);
    expect(region?.id).toBe('main');
  });

  it('does not stop for text before the story that a reader does not read as its prose: a menu of key takeaways (WCXB 4666)', () => {
    const takeaways = `<nav class="dropdown"><ul>${Array.from({ length: 6 }, () => '<li>You probably already own the essential tools to start recording quality audio at home.</li>').join('')}</ul></nav>`;
    const doc = page(
      `<body><section id="body"><div id="highlights">${takeaways}</div><div id="copy">${Array.from({ length: 20 }, (_, i) => para(i + 1)).join('')}</div></section></body>`,
    ).window.document;
    expect(storyRegion(buildIndex(doc.body), doc.body)?.id).toBe('body');
  });

  it("takes in the story's lead paragraph printed beside the box that holds the rest (WCXB 4537)", () => {
    const lead =
      '<p class="large-text">Shopping for your dream house? There are many things to weigh when you look at a house, like property taxes, school districts and the commute to work.</p>';
    const doc = page(
      `<body><div id="wrap"><div id="grid">${lead}<div class="field"><div class="items"><div class="item">${Array.from({ length: 20 }, (_, i) => para(i + 1)).join('')}</div></div></div></div><aside><a href="/a">Other story</a></aside></div></body>`,
    ).window.document;
    expect(storyRegion(buildIndex(doc.body), doc.body)?.id).toBe('grid');
  });

  it("takes in the story's introduction printed as a <div> of text between the date and the body (WCXB 4249)", () => {
    const intro =
      '<div class="intro">Before buying a robotic mower, the question always arises which model suits your own garden best. It should cut the effort of lawn care and stay out of your way.</div>';
    const doc = page(
      `<body><div id="wrap"><section id="post"><h1>Which mower suits which lawn?</h1><span class="date">17.05.2021</span>${intro}<img src="/mower.jpg"><div class="body"><div class="text">${Array.from({ length: 20 }, (_, i) => para(i + 1)).join('')}</div></div></section><aside><a href="/a">Other story</a></aside></div></body>`,
    ).window.document;
    expect(storyRegion(buildIndex(doc.body), doc.body)?.id).toBe('post');
    // A box of blocks before the body is not an introduction: the region stays the body.
    const boxed = page(
      doc.body.innerHTML.replace(intro, `<div class="intro"><ul><li>${intro}</li></ul></div>`),
    ).window.document;
    expect(storyRegion(buildIndex(boxed.body), boxed.body)?.className).toBe('body');
  });

  it("takes in the page builder's section before the story's that holds its opening paragraphs, not one of product cards (WCXB 4182, 4430)", () => {
    const opening = `<section class="cmp-section"><div class="title"><h2>The car maintenance checklist</h2></div><div class="text"><p>To get the most from your car, here is a list of what to check and when. Some parts need a look every month, others only once a year.</p><p>None of it asks for a mechanic's skills, only for knowing what to look at.</p></div></section>`;
    const cards = `<section class="cmp-section"><div class="cards">${[
      'Acer Nitro 16',
      'Chromebook 516',
      'Katana 15',
    ]
      .map(
        (name, i) =>
          `<div class="card"><span>${i + 1}</span><h3>Best pick</h3><h4>${name}</h4><a href="/buy">Check price at the shop</a><p>A bright screen and a long battery life. <a href="/r">Read more</a></p><h5>Pros</h5><h5>Cons</h5></div>`,
      )
      .join('')}</div></section>`;
    const story = `<section class="cmp-section" id="story"><div class="section" id="body"><div class="text">${Array.from({ length: 20 }, (_, i) => para(i + 1)).join('')}</div></div></section>`;
    const region = (before: string) => {
      const doc = page(
        `<body><div id="root"><div id="grid">${before}${story}</div></div><aside><a href="/a">Other story</a></aside></body>`,
      ).window.document;
      return storyRegion(buildIndex(doc.body), doc.body)?.id;
    };
    expect(region(opening)).toBe('grid');
    expect(region(cards)).toBe('body');
  });

  it('leaves out a headline in a page header with little text under it', () => {
    const doc = page(
      `<body><header id="hero"><h1>Headline</h1><p>By Jane Doe</p></header><aside><a href="/a">Other story</a></aside><div id="wrap"><div id="story">${Array.from({ length: 20 }, (_, i) => para(i + 1)).join('')}</div></div></body>`,
    ).window.document;
    expect(storyRegion(buildIndex(doc.body), doc.body, doc.querySelector('h1'))?.id).toBe('wrap');
  });

  it('is not chosen on a short page, nor when the paragraph text is spread over the page', () => {
    const short = page(`<body>${layout(3)}</body>`).window.document;
    expect(storyRegion(buildIndex(short.body), short.body)).toBeNull();
    const spread = page(
      `<body><div><div>${para(1)}${para(2)}${para(3)}${para(4)}${para(5)}${para(6)}${para(7)}${para(8)}</div></div><div><div>${para(9)}${para(10)}${para(11)}${para(12)}${para(13)}${para(14)}</div></div></body>`,
    ).window.document;
    expect(storyRegion(buildIndex(spread.body), spread.body)).toBeNull();
  });
});
