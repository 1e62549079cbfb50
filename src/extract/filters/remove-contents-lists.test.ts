import { describe, expect, it } from 'vitest';
import { context, PROSE, PROSE_2 } from '../../../tests/helpers/context';
import { removeContentsLists } from './remove-contents-lists';

const STORY = `<h2 id="why">Why it matters</h2><p>${PROSE}</p><h2 id="what">What next</h2><p>${PROSE_2}</p>`;
const TOLD = `Why it matters ${PROSE} What next ${PROSE_2}`;

/** Fires on WCXB dev pages: 4659 (a contents list in a <details>), 0233 ("Contents:" over its list). */
describe('remove-contents-lists', () => {
  it('removes a list of links to places on the page, with its label and wrapper', () => {
    const ctx = context(
      `<div><details><summary>Contents</summary><ul><li><a href="#why">Why it matters</a><ul><li><a href="#sub">A detail</a></li></ul></li><li><a href="#what">What next</a></li><li><a href="#other-posts">Other Posts You May Enjoy</a></li></ul></details></div>${STORY}`,
    );
    ctx.apply(removeContentsLists);
    expect(ctx.text()).toBe(TOLD);
  });

  it('removes the label before a bare list, and reads full addresses of this page', () => {
    const url = 'https://blog.example/guide';
    const ctx = context(
      `<p>Contents:</p><ol><li><a href="${url}#why">Why it matters</a></li><li><a href="${url}#what">What next</a></li><li><a href="${url}#faq">FAQ</a></li></ol>${STORY}`,
      { url },
    );
    ctx.apply(removeContentsLists);
    expect(ctx.text()).toBe(TOLD);
  });

  it('keeps footnotes, lists of other pages, and lists with words of their own', () => {
    const ctx = context(
      `${STORY}<ol><li>A long note on the first source, with words. <a href="#r1">↩</a></li><li>Another note on a second source. <a href="#r2">↩</a></li><li>A third note. <a href="#r3">↩</a></li></ol><ul><li><a href="/a">One</a></li><li><a href="/b">Two</a></li><li><a href="/c">Three</a></li></ul><ul><li><a href="#why">Why</a>: the reasons the council gave for its vote</li><li><a href="#what">What</a>: the steps it plans to take next year</li><li><a href="#who">Who</a>: the people it will affect most</li></ul>`,
    );
    expect(ctx.apply(removeContentsLists)).toEqual([]);
  });
});
