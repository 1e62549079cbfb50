import { describe, expect, it } from 'vitest';
import { read } from '../../../tests/helpers/metadata';

/** A story of paragraphs long enough that its end is far from the headline. */
const STORY =
  '<p>The council voted on Tuesday to extend the programme for another year, after a review found that it had cut waiting times by a third and brought more families into the scheme.</p>'.repeat(
    4,
  );

describe('closing byline', () => {
  it('reads "Written by" under the story when nothing near the headline names the writer (WCXB 0222, 4095)', () => {
    const m = read(
      '',
      `<article><h1>Why cheap SEO doesn’t work</h1>${STORY}<div class="post-footer"><p>Written by John Crenshaw</p><h5>More from John Crenshaw</h5></div></article>`,
    );
    expect(m.byline).toBe('John Crenshaw');
    // Read from the page, not removed from it: the line stays in the story.
    expect(m.bylineBlock).toBeNull();
  });

  it('takes the name out of "This post was written by …, MD, gastroenterologist" (WCXB 4574, 2381)', () => {
    const m = read(
      '',
      `<article><h1>Transitioning to a plant-based diet</h1>${STORY}<p><em>This post was written by Vanessa Mendez, MD, gastroenterologist, Parkview Health.</em></p></article>`,
    );
    expect(m.byline).toBe('Vanessa Mendez');
  });

  it('reads the author’s box: a name, then the bio that opens with it (WCXB 0306)', () => {
    const m = read(
      '',
      `<article><h1>SEO tips for mental health professionals</h1>${STORY}<div class="blog_author-box"><div class="blog_author-text"><div>Lauren Vetter</div><p>Lauren Vetter is a growth-focused marketing professional.</p></div></div></article>`,
    );
    expect(m.byline).toBe('Lauren Vetter');
  });

  it('reads no commenter, no footer and no bio outside an author’s box', () => {
    const byline = (after: string) =>
      read('', `<article><h1>Vibe coding</h1>${STORY}</article>${after}`).byline;
    expect(byline('<div class="comments"><span>Posted by Gabriel at 9:15 AM</span></div>')).toBeNull();
    expect(byline('<footer><p>Written by the Acme web team</p></footer>')).toBeNull();
    expect(
      byline('<div class="team"><h3>Jane Doe</h3><p>Jane Doe is our chief engineer.</p></div>'),
    ).toBeNull();
  });

  it('reads a link marked rel=author under a standfirst and a captioned image, and none in the page’s navigation (WCXB 4370)', () => {
    const standfirst =
      '<p class="standfirst">An eco-masterpiece, icy intrigue, cyberpunkish cyborgs, memory-eating aliens and super-fast travel that sends the world spinning out of control: the year’s best novels, chosen by a novelist and critic who has read them all, from the space operas to the quiet stories of a village after the flood.</p>';
    const m = read(
      '',
      `<nav><a rel="author" href="/profile/editor">Site Editor</a></nav><article><h1>Five of the best science fiction books of 2025</h1>${standfirst}<figure><img src="/cover.jpg" alt=""><figcaption><p>Illustration: a city of glass towers under a frozen sea, where the cyborgs of this year’s finest novels keep their memories in jars that the aliens come to steal at night.</p></figcaption></figure><address><a rel="author" href="/profile/adam-roberts">Adam Roberts</a></address>${STORY}</article>`,
    );
    expect(m.byline).toBe('Adam Roberts');
  });

  it('reads the name under a heading "Author" beside the story (WCXB 4079)', () => {
    const m = read(
      '',
      `<article><h1>The benefits of the latest AI technologies for patients</h1>${STORY}<div class="content-item"><h3>Date</h3><p>August 30, 2024</p></div><div class="content-item"><h3>Author</h3><p> Lisa D. Ellis</p></div></article>`,
    );
    expect(m.byline).toBe('Lisa D. Ellis');
  });

  it('reads "By" alone before a link to the author’s page, printed past the texts read next to the headline (WCXB 4267, 4599, 0327)', () => {
    const m = read(
      '',
      `<main><h1>Best cheap home security cameras</h1>${STORY}<div class="post-meta"><div>Posted On: January 14 2026</div><div>By: <a href="/author/ray/">Ray Ansari</a></div></div></main>`,
    );
    expect(m.byline).toBe('Ray Ansari');
    // Not a "by" in a sentence, nor before a link to another kind of page.
    const none = read(
      '',
      `<main><h1>Best cheap home security cameras</h1>${STORY}<p>Sold by <a href="/shop/">our shop</a></p><p>by <a href="/tag/cameras">Cameras</a></p></main>`,
    );
    expect(none.byline).toBeNull();
  });

  it('reads a header, footer or aside inside the story’s <article> or the page’s <main> as the story’s, not the page’s (WCXB 0137, 0306, 4682, 4174)', () => {
    const byline = (html: string) => read('', html).byline;
    expect(
      byline(
        `<article><header><h1>What tutoring is and what it is not</h1></header>${STORY}<footer class="meta"><p class="name"><a rel="author" href="/author/hgoetz/">Halina Goetz</a></p></footer></article>`,
      ),
    ).toBe('Halina Goetz');
    expect(
      byline(
        `<main><h2>The best strategy games of 2025 so far</h2>${STORY}<aside><p>Written by</p><p><a href="/author/nuno/">Sir Nuno</a></p></aside></main>`,
      ),
    ).toBe('Sir Nuno');
    // The page's own header and side column, outside <main>, name nobody.
    expect(
      byline(
        `<header><p>Written by Jane Doe</p></header><main><h1>A story</h1>${STORY}</main><aside><p>Written by John Roe</p></aside>`,
      ),
    ).toBeNull();
  });

  it('reads the names under a label alone, over avatars’ initials, roles and credentials (WCXB 0444, 0065)', () => {
    const byline = (box: string) =>
      read('', `<main><h1>Token-count-based batching</h1>${STORY}<aside>${box}</aside></main>`).byline;
    expect(
      byline(
        '<div><p>Author</p><div><span>CP</span><span>Chengcheng Pei</span><span>Staff Software Engineer</span></div><div><span>YL</span><span>Yuan Lin</span><span>Senior Engineer</span></div></div><div><p>MongoDB Resources</p><a href="/docs">Documentation</a></div>',
      ),
    ).toBe('Chengcheng Pei, Yuan Lin');
    expect(
      byline('<h2>Article written by:</h2><div><h3>Doris Munoz-Mantilla, MD, FOMA, DABOM</h3></div>'),
    ).toBe('Doris Munoz-Mantilla');
  });

  it('reads a name beside its portrait and a bio that opens with it, the site declared as the author (WCXB 4665)', () => {
    const head = `<meta name="author" content="Buzzsprout">`;
    const box = (alt: string) =>
      `<div class="callout"><div><img src="/alban.jpg" alt="${alt}"></div><div class="callout__content"><h3>Alban Brooke</h3><p>Alban Brooke is the Head of Marketing at Buzzsprout and the co-host of Buzzcast.</p></div></div>`;
    const url = 'https://www.buzzsprout.example/blog/podcast-equipment-guide';
    const byline = (alt: string) =>
      read(head, `<main><h1>Podcast equipment guide</h1>${STORY}${box(alt)}</main>`, url).byline;
    expect(byline('alban Brooke')).toBe('Alban Brooke');
    // A picture of something else: no portrait, and the declared site stands.
    expect(byline('A microphone on a desk')).toBe('Buzzsprout');
  });

  it('reads no product of a shop’s list as a writer: its name links to its page (WCXB 4544)', () => {
    const product = (name: string) =>
      `<li class="product"><a href="/product/${name}/"><img src="/bag.jpg" alt="${name}"></a><h3><a href="/product/${name}/">${name}</a></h3><div>${name} is the perfect travel companion.</div></li>`;
    const m = read(
      '',
      `<main><h1>Outdoor gear</h1>${STORY}<ul>${product('Deluxe Travel Bag')}${product('Travel Pouch')}</ul></main>`,
    );
    expect(m.byline).toBeNull();
  });

  it('reads a republished story’s credit, a link to the writer’s page and an affiliation, past the site’s own byline (WCXB 0345)', () => {
    const m = read(
      '<meta property="og:site_name" content="Clemson News">',
      `<main><h1>How to maintain healthy smartphone habits</h1><div class="meta"><span>by</span> <a class="author-link" href="/author/news/">Clemson News</a></div><p><a href="https://theconversation.example/profiles/shelia-r-cotten-309429">Shelia R. Cotten</a>, <em>Clemson University</em></p>${STORY}</main>`,
    );
    expect(m.byline).toBe('Shelia R. Cotten');
  });

  it('reads the writer’s portrait, then a bio opening with the name it shows; not a caption (WCXB 0141)', () => {
    const byline = (after: string) =>
      read('', `<main><h1>Make the most of your stay with these travel hacks</h1>${STORY}${after}</main>`)
        .byline;
    expect(
      byline(
        '<p><a href="/julia.jpg"><img src="/julia.jpg" alt="Julia Gralberg"></a></p><p>Julia Gralberg is a freelance travel writer and editor of a hotel guide.</p>',
      ),
    ).toBe('Julia Gralberg');
    expect(
      byline(
        '<figure><img src="/mayor.jpg" alt="Jane Doe"><figcaption>Jane Doe is the mayor of the town.</figcaption></figure>',
      ),
    ).toBeNull();
  });

  it('reads no "By" of another story’s teaser, nor a tab "Recent Posts" after a tab "Author" (WCXB 4340, 0196)', () => {
    const teaser = (title: string, name: string) =>
      `<article class="teaser"><h4><a href="/${name}">${title}</a></h4><p>By <a href="/author/${name}/" rel="author">${name}</a></p></article>`;
    const teasers = `<div class="more">${teaser('Inside Yamada', 'Ben Hon')}${teaser('A night at Tatiana', 'Jane Doe')}</div>`;
    const site = read(
      '<meta property="og:site_name" content="Resy"><meta name="author" content="Resy Staff">',
      `<main><h1>The Resy guide to the Michelin winners</h1>${STORY}${teasers}</main>`,
      'https://blog.resy.example/2025/11/michelin',
    );
    expect(site.byline).toBe('Resy Staff');
    const none = read(
      '',
      `<main><article><h1>The guide to the Michelin winners</h1>${STORY}</article>${teasers}</main>`,
    );
    expect(none.byline).toBeNull();
    const tabs = read(
      '',
      `<main><h1>How to start a meditation practice</h1>${STORY}<div class="box"><ul><li><a href="#about">Author</a></li><li><a href="#posts">Recent Posts</a></li></ul></div></main>`,
    );
    expect(tabs.byline).toBeNull();
  });
});
