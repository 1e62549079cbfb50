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
});
