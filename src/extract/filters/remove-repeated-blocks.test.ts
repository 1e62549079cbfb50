import { describe, expect, it } from 'vitest';
import { context, PROSE, PROSE_2 } from '../../../tests/helpers/context';
import { removeRepeatedBlocks } from './remove-repeated-blocks';

const menu =
  '<ul><li><a href="/">Home</a></li><li><a href="/uk">UK News</a></li><li><a href="/world">World</a></li><li><a href="/tech">Technology</a></li></ul>';

describe('remove-repeated-blocks', () => {
  it('removes every copy of a menu printed three times', () => {
    const ctx = context(
      `<header>${menu}</header><div class="sticky">${menu}</div><article><p>${PROSE}</p></article><footer>${menu}</footer>`,
    );
    ctx.apply(removeRepeatedBlocks);
    expect(ctx.doc.querySelectorAll('ul')).toHaveLength(0);
    expect(ctx.text()).toBe(PROSE);
  });

  it('keeps one copy of a headline printed in several places, the one in the article', () => {
    const h = 'Hegseth rules out NATO membership for Ukraine';
    const ctx = context(
      `<div class="hero"><h2>${h}</h2></div><article><h1>${h}</h1><p>${PROSE}</p><p>${PROSE_2}</p></article><nav><p>${h}</p></nav>`,
    );
    ctx.apply(removeRepeatedBlocks);
    expect(ctx.doc.querySelectorAll('article h1')).toHaveLength(1);
    expect(ctx.text().split(h).length - 1).toBe(1);
  });

  it('keeps a section’s heading over its entry in a table of contents (WCXB 4253)', () => {
    const h = 'QuickBooks Online: Best overall accounting software';
    // The entry stands beside a paragraph, the heading beside none: the entry would win on that alone.
    const toc = `<div class="toc"><p>In this review: the picks we tested, and how we scored each of them.</p><div class="toc-item"><a href="#quickbooks">${h}</a></div><div class="toc-item"><a href="#zoho">Zoho Books</a></div></div>`;
    const ctx = context(
      `<div class="sidebar">${toc}</div><article><div class="wp-block-column"><p>${PROSE}</p></div><div class="wp-block-column"><h3 id="quickbooks">${h}</h3></div><div class="wp-block-column"><p>${PROSE_2}</p></div></article>`,
    );
    ctx.apply(removeRepeatedBlocks);
    expect(ctx.doc.querySelectorAll('article h3')).toHaveLength(1);
    expect(ctx.text().split(h).length - 1).toBe(1);
  });

  it('leaves a paragraph the author repeated in one place, and long prose repeated elsewhere', () => {
    const ctx = context(
      `<article><p>${PROSE}</p><p>${PROSE}</p></article><aside><p>${PROSE_2}</p></aside><div><p>${PROSE_2}</p></div>`,
    );
    ctx.apply(removeRepeatedBlocks);
    expect(ctx.doc.querySelectorAll('p')).toHaveLength(4);
  });

  it('keeps a line the author writes under each section, linking to a different page each time (WCXB 0189)', () => {
    const line = (n: number) =>
      `<ul><li>Read my review of this property <a href="/review-${n}">here</a>.</li></ul>`;
    const sections = [1, 2, 3].map((n) => `<h2>Hotel ${n}</h2><p>${PROSE} ${PROSE_2}</p>${line(n)}`).join('');
    const ctx = context(`<article>${sections}</article>`);
    expect(ctx.apply(removeRepeatedBlocks)).toEqual([]);
    expect(ctx.text().split('Read my review').length - 1).toBe(3);
  });

  it('still removes a promo line printed between paragraphs, linking to one place', () => {
    const promo = '<div><p>Sign up for our newsletter to read more <a href="/newsletter">here</a>.</p></div>';
    const ctx = context(
      `<article><section><p>${PROSE} ${PROSE_2}</p>${promo}</section><section><p>${PROSE_2} ${PROSE}</p>${promo}</section></article>`,
    );
    ctx.apply(removeRepeatedBlocks);
    expect(ctx.text().split('Sign up').length - 1).toBe(1);
  });

  it('leaves short repeated words and table cells alone', () => {
    const ctx = context(
      '<p>Yes</p><p>Yes</p><table><tr><td>Score of the first half</td></tr><tr><td>Score of the first half</td></tr></table>',
    );
    expect(ctx.apply(removeRepeatedBlocks)).toEqual([]);
  });
});
