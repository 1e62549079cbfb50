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

  it('leaves a paragraph the author repeated in one place, and long prose repeated elsewhere', () => {
    const ctx = context(
      `<article><p>${PROSE}</p><p>${PROSE}</p></article><aside><p>${PROSE_2}</p></aside><div><p>${PROSE_2}</p></div>`,
    );
    ctx.apply(removeRepeatedBlocks);
    expect(ctx.doc.querySelectorAll('p')).toHaveLength(4);
  });

  it('leaves short repeated words and table cells alone', () => {
    const ctx = context(
      '<p>Yes</p><p>Yes</p><table><tr><td>Score of the first half</td></tr><tr><td>Score of the first half</td></tr></table>',
    );
    expect(ctx.apply(removeRepeatedBlocks)).toEqual([]);
  });
});
