import { describe, expect, it } from 'vitest';
import { articleOf } from '../../tests/helpers/extract';

/**
 * restore-standfirst gives back the summary shown over the story (the page's description) when
 * Readability left it out, to be shown with the headline, not in the body; but not a description cut
 * from the story's own first paragraph: that is a teaser of the story, and its words are already there
 * (WCXB 0487, a Ghost blog's "post-excerpt").
 */
const STORY = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: the previous owner left behind a rack of network gear, a doorbell camera and a thermostat that nobody could explain, and each of them had to be found, named and tested.</p>`,
).join('');

function pageWith(description: string, first: string): string {
  return `<html><head><title>The chaos begins</title><meta name="description" content="${description}"></head><body><main><article><div class="post-header"><h1>The chaos begins</h1><div class="post-excerpt">${description}</div></div><div class="post-content"><p>${first}</p>${STORY}</div></article></main></body></html>`;
}

const read = (html: string) => articleOf(html, 'https://blog.example/the-chaos-begins');
const count = (text: string, part: string) => text.split(part).length - 1;

describe('restore-standfirst', () => {
  it('gives back a summary of its own shown over the story, for the header, not the body', () => {
    const summary =
      'A new house, a pile of boxes and a smart home nobody has set up yet: the first video of a series.';
    const article = read(pageWith(summary, 'We got the keys two days ago and the house is full of boxes.'));
    expect(article.standfirst).toBe(summary);
    expect(count(article.text, summary)).toBe(0);
    expect(article.html).not.toContain('a smart home nobody has set up yet');
    expect(article.notes.map((n) => n.code)).toContain('standfirst-restored');
  });

  it("leaves out a description that opens like the story's first paragraph (WCXB 0487)", () => {
    const excerpt =
      'We got the keys 48 hours ago. The house is full of boxes, chaos, and smart home equipment I do not know how to control yet.';
    const first =
      'We got the keys 48 hours ago. The house is full of boxes, our stuff is everywhere, and I have no idea how half the equipment works.';
    const article = read(pageWith(excerpt, first));
    expect(article.text).toContain(first);
    expect(article.text).not.toContain('chaos, and smart home equipment');
    expect(article.standfirst).toBeNull();
  });
});
