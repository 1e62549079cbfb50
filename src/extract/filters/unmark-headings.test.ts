import { describe, expect, it } from 'vitest';
import { context, PROSE, PROSE_2 } from '../../../tests/helpers/context';
import { articleOf } from '../../../tests/helpers/extract';
import { unmarkHeadings } from './unmark-headings';

/**
 * Fires on WCXB dev articles whose section headings Readability cut by their class or id: fifteen
 * Substack posts (`class="header-anchor-post"`: 0383 0.965 -> 0.996, 0434 0.952 -> 0.992, 4440 0.958 ->
 * 1.000, 0425, 0460, 0472, 2414, 2453, 4439, 4441-4446) and pages whose heading ids are slugs of their
 * words (0038 "what-is-social-media-marketing", 0166, 0293 "tocHeader", 0345, 0440, 0453). A "header"
 * region holding the story's opening paragraphs: 0133 (0.875 -> 0.990), 4265, 4452. On the 793 WCXB
 * articles: +0.39 word F1 summed over 36 pages, the largest loss -0.008 (4444, 4589: a newsletter's own
 * section headings and a standfirst the truths leave out). The markup below reproduces those shapes; it
 * is not copied from the pages.
 */
const para = (n: number) => `<p>${n % 2 ? PROSE : PROSE_2} (${n})</p>`;

const post = (heading: (text: string, slug: string) => string) =>
  `<html><head><title>Notes from the council</title></head><body><article><h1>Notes from the council</h1>
  ${para(1)}${para(2)}${heading('Why the review mattered', 'why-the-review-mattered')}${para(3)}${para(4)}
  ${heading('What social media said about it', 'what-social-media-said-about-it')}${para(5)}${para(6)}</article></body></html>`;

describe('unmark-headings', () => {
  it('keeps the section headings of a post whose headings are all marked "header-anchor-post"', () => {
    const article = articleOf(
      post(
        (text) =>
          `<h2 class="header-anchor-post">${text}<div class="header-anchor-parent"><button>Link</button></div></h2>`,
      ),
      'https://notes.example/p/council',
    );
    expect(article.text).toContain('Why the review mattered');
    expect(article.text).toContain('What social media said about it');
  });

  it('keeps a heading whose id spells its own words, clutter words among them ("social", "media")', () => {
    const article = articleOf(
      post((text, slug) => `<h2 id="${slug}" class="wp-block-heading">${text}</h2>`),
      'https://blog.example/council-notes',
    );
    expect(article.text).toContain('What social media said about it');
  });

  it('keeps the opening of a story printed in a "header" region: paragraphs of prose, not a masthead', () => {
    const intro = `<p>${PROSE} It was the third extension since the programme began, and the first without a vote against it.</p><p>${PROSE_2}</p>`;
    const article = articleOf(
      `<html><head><title>Ten ways to cut waiting times</title></head><body><main><section class="listicle-header"><h1>Ten ways to cut waiting times</h1>${intro}</section>
      <section class="listicle-body">${[1, 2, 3, 4, 5, 6].map((n) => `<h2>${n}. A change</h2>${para(n)}`).join('')}</section></main></body></html>`,
      'https://guides.example/waiting-times',
    );
    expect(article.text).toContain('the first without a vote against it');
  });

  it('leaves a masthead alone when a line about the site stands beside its menu', () => {
    const menu = Array.from(
      { length: 12 },
      (_, i) => `<li>Programme ${i + 1}: degree, certificate and evening courses</li>`,
    ).join('');
    const page = context(
      `<header class="page-header"><ul>${menu}</ul><p>${PROSE} ${PROSE_2}</p></header><section class="story-header"><p>${PROSE} ${PROSE_2}</p><p>${PROSE}</p></section>`,
    );
    page.apply(unmarkHeadings);
    expect(page.doc.querySelector('header')?.getAttribute('class')).toBe('page-header');
    expect(page.doc.querySelector('section')?.hasAttribute('class')).toBe(false);
  });

  it('leaves a heading whose class or id says more than that to Readability', () => {
    const page = context(
      `<h3 class="comment-reply-title">Leave a reply</h3><h2 id="comments">3 Comments</h2><h2 id="related-posts">Related posts</h2><h4 class="sidebar-header">Popular this week</h4><h2 class="section-header">Why the review mattered</h2>`,
    );
    page.apply(unmarkHeadings);
    const marked = [...page.doc.querySelectorAll('h2, h3, h4')].map((h) => h.getAttribute('class') ?? h.id);
    expect(marked).toEqual(['comment-reply-title', 'comments', 'related-posts', 'sidebar-header', '']);
  });
});
