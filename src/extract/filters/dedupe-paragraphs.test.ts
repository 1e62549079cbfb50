import { describe, expect, it } from 'vitest';
import { context, PROSE, PROSE_2 } from '../../../tests/helpers/context';
import { dedupeParagraphs } from './dedupe-paragraphs';

describe('dedupe-paragraphs', () => {
  it('removes the headline repeated in the body', () => {
    const ctx = context(`<h2>A headline for the test</h2><p>${PROSE}</p>`, {
      title: 'A headline for the test',
    });
    ctx.apply(dedupeParagraphs);
    expect(ctx.text()).toBe(PROSE);
  });

  it('removes a run of paragraphs printed again', () => {
    const ctx = context(
      `<p>${PROSE}</p><p>${PROSE_2}</p><p>Something else entirely, said the spokesman on Monday.</p><p>${PROSE}</p><p>${PROSE_2}</p>`,
    );
    ctx.apply(dedupeParagraphs);
    expect(ctx.doc.querySelectorAll('p')).toHaveLength(3);
  });

  it('keeps a lone repeated paragraph (a pull quote) and a paragraph repeated in place', () => {
    const other = 'A third paragraph, about the budget for next year, which nobody has seen yet.';
    const fourth = 'A fourth paragraph that the author printed twice in a row for effect, on purpose.';
    const ctx = context(
      `<p>${PROSE}</p><p>${PROSE_2}</p><p>${other}</p><blockquote>${PROSE}</blockquote><p>${fourth}</p><p>${fourth}</p>`,
    );
    expect(ctx.apply(dedupeParagraphs)).toEqual([]);
  });
});
