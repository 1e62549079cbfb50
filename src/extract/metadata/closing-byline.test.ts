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
});
