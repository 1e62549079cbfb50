import { describe, expect, it } from 'vitest';
import { context, PROSE, PROSE_2 } from '../../../tests/helpers/context';
import { isRelatedHeading, removeRelatedLists } from './remove-related-lists';

const teaser = (n: number) =>
  `<div class="item"><a href="/news/other-story-${n}"><h3>Another story about something else number ${n}</h3></a><p>A short summary of the other story.</p><a href="/news/other-story-${n}">Read more »</a></div>`;

describe('remove-related-lists', () => {
  it('removes a "Similar News:" heading and the teasers under it', () => {
    const ctx = context(
      `<article><p>${PROSE}</p></article><section><div><strong>Similar News:</strong>You can also read news stories similar to this one.</div>${teaser(1)}${teaser(2)}${teaser(3)}</section>`,
    );
    ctx.apply(removeRelatedLists);
    expect(ctx.text()).toBe(PROSE);
  });

  it('recognizes the heading in other languages', () => {
    for (const h of [
      'Noticias relacionadas',
      'أخبار ذات صلة',
      'Lire aussi',
      'Baca juga',
      'Related News',
      'You might also like',
      // WCXB 4095: "Read more:" over a list of the blog's posts
      'Read more:',
    ])
      expect(isRelatedHeading(h), h).toBe(true);
    expect(isRelatedHeading('Related research on the vaccine shows a clear effect')).toBe(false);
    expect(isRelatedHeading('Read more')).toBe(false);
  });

  it('keeps a section titled "Related" when what follows is prose, not teasers', () => {
    const ctx = context(`<article><h2>Related</h2><p>${PROSE}</p><p>${PROSE_2}</p></article>`);
    expect(ctx.apply(removeRelatedLists)).toEqual([]);
  });

  it('stops at the first block printed unlike the teasers: a "Related" section citing papers (WCXB 0406)', () => {
    const cite = (who: string) =>
      `<p>${who} briefly describes the results in an article, "<a href="https://news.example/fold-${who.length}">Folding magic</a>", which appears in a science magazine, volume 162, November 2002.</p>`;
    const ctx = context(
      `<article><p>${PROSE}</p><h2>Related</h2><div class="float"><a href="/fonts/fold/"><img src="/font.png"></a> Try our new <a href="/fonts/fold/">folding font</a>!</div>${cite('Ivars Peterson')}${cite("Joseph O'Rourke")}</article>`,
    );
    ctx.apply(removeRelatedLists);
    expect(ctx.text()).toContain('Ivars Peterson briefly describes');
    expect(ctx.text()).toContain("Joseph O'Rourke briefly describes");
    expect(ctx.text()).not.toContain('Try our new');
  });

  it('a link of a few words before the teasers sets no shape: "View all" (WCXB 4331)', () => {
    const ctx = context(
      `<article><p>${PROSE}</p></article><section><h3>Recommended articles</h3><div class="more"><a href="/news">View all</a></div>${teaser(1)}${teaser(2)}${teaser(3)}</section>`,
    );
    ctx.apply(removeRelatedLists);
    expect(ctx.text()).toBe(PROSE);
  });

  it('removes an unlabelled block of headline links to other pages', () => {
    const links = [1, 2, 3]
      .map((n) => `<a href="/story-${n}">A headline about the story number ${n} today</a><br>`)
      .join('');
    const ctx = context(`<p>${PROSE}</p><p>${links}</p>`);
    ctx.apply(removeRelatedLists);
    expect(ctx.text()).toBe(PROSE);
  });

  it('removes the short label over a block of headline links with it (tests/fixtures/agg-yonder-syndication)', () => {
    const slides = [1, 2, 3]
      .map(
        (n) =>
          `<li><a href="/video/${n}"><span>1:4${n}</span>A video about the story number ${n} today</a></li>`,
      )
      .join('');
    const ctx = context(
      `<p>${PROSE}</p><p>${PROSE_2}</p><div><div>Watch more</div><ul>${slides}</ul></div><p>${PROSE}</p><p>${PROSE_2}</p>`,
    );
    ctx.apply(removeRelatedLists);
    expect(ctx.text()).toBe(`${PROSE} ${PROSE_2} ${PROSE} ${PROSE_2}`);
  });

  it('keeps a paragraph with a few links in its prose', () => {
    const ctx = context(
      `<p>${PROSE} <a href="/a">The review</a> and <a href="/b">the minutes</a> and <a href="/c">the vote</a> are online.</p>`,
    );
    expect(ctx.apply(removeRelatedLists)).toEqual([]);
  });

  it('keeps a list of references under a "More from …" heading: items open with words before their link (WCXB 0275)', () => {
    const refs = `<ul><li>Cerra, J., Wien, H. C., &amp; Skelly, S. (2015). <a href="https://press.example/making-change.pdf">Making change: designing a new model for interpretation</a>. p. 23-36.</li><li>Cornell Botanic Gardens – <a href="https://gardens.example/demo">Climate Change Demonstration Garden</a></li><li><a href="https://gardening.example/youth">Gardening in Our Warming World: Youth Grow!</a> is a model of youth action.</li></ul>`;
    const ctx = context(`<p>${PROSE}</p><p>More from Cornell on climate change and gardening:</p>${refs}`);
    expect(ctx.apply(removeRelatedLists)).toEqual([]);
  });

  it('still removes teasers under "More from …" that lead with a date or a section', () => {
    const items = [1, 2, 3]
      .map((n) => `<li>Sports <a href="/story-${n}">A headline about the story number ${n} today</a></li>`)
      .join('');
    const ctx = context(`<p>${PROSE}</p><h3>More from our newsroom</h3><ul>${items}</ul>`);
    ctx.apply(removeRelatedLists);
    expect(ctx.text()).toBe(PROSE);
  });

  it('keeps a sentence whose links are joined by commas and "and" (WCXB 0189)', () => {
    const list = `<ul><li>This resort also features in my top 10 lists of the <a href="/best-hotels-world">best hotels in the world</a>, the <a href="/best-hotels-oman">best luxury hotels in Oman</a>, the <a href="/best-spas">best hotel spas in the world</a>, and the <a href="/beach-hotels">most amazing beach hotels anywhere</a>.</li></ul>`;
    const ctx = context(`<p>${PROSE}</p>${list}`);
    expect(ctx.apply(removeRelatedLists)).toEqual([]);
    expect(ctx.text()).toContain('most amazing beach hotels anywhere');
  });

  it('still removes headline links after a label or a date', () => {
    const links = [1, 2, 3]
      .map(
        (n) =>
          `<li>[ December ${n}, 2025 ] <a href="/story-${n}">A headline about the story number ${n} today</a></li>`,
      )
      .join('');
    const ctx = context(`<p>${PROSE}</p><ul>${links}</ul>`);
    ctx.apply(removeRelatedLists);
    expect(ctx.text()).toBe(PROSE);
  });

  it("keeps a listicle's own list of links standing among its prose (WCXB 0215)", () => {
    const courses = [1, 2, 3, 4]
      .map(
        (n) =>
          `<li><a href="https://courses.example/c${n}">Introduction to the course number ${n} online</a></li>`,
      )
      .join('');
    const ctx = context(
      `<article><h2>Computer science</h2><p>${PROSE}</p><p>${PROSE_2}</p><ul>${courses}</ul><p>${PROSE}</p><p>${PROSE_2}</p></article>`,
    );
    expect(ctx.apply(removeRelatedLists)).toEqual([]);
  });

  it('keeps a list the story announces in its own sentence ending with a colon (WCXB 0057)', () => {
    const movers = [
      'Al and Sons Moving and Storage',
      'Great City Movers of New York',
      'Sheridan Brothers Moving Company',
      'Big Apple Moving and Storage',
    ]
      .map((m, i) => `<li><a href="/movers/ny/mover-${i}/">${m}</a></li>`)
      .join('');
    const lead = 'While these local movers did not make our top list, they are still worth looking into:';
    const drawer = `<div class="drawer"><h3>Other local movers</h3><p>${lead}</p><ul>${movers}</ul></div>`;
    const ctx = context(`<article><p>${PROSE}</p><p>${PROSE_2}</p>${drawer}</article>`);
    expect(ctx.apply(removeRelatedLists)).toEqual([]);
    expect(ctx.text()).toContain('Big Apple Moving and Storage');
    // A label is not a sentence: the same list under "More movers:" goes.
    const labelled = context(
      `<article><p>${PROSE}</p><p>${PROSE_2}</p><div><h3>Other local movers</h3><p>More movers:</p><ul>${movers}</ul></div></article>`,
    );
    labelled.apply(removeRelatedLists);
    expect(labelled.text()).not.toContain('Big Apple Moving and Storage');
  });
});
