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

  it('keeps short lines every entry of a schedule repeats (WCXB 4116, 4277)', () => {
    const day = (name: string, minutes: string) =>
      `<h3>${name}</h3><p>${name}. Intense run (${minutes} minutes):</p><p>Warm up. 10-20 minutes of easy jogging in zone 2.</p><p>Cool down. 10-20 minutes of easy jogging in zone 2.</p>`;
    const ctx = context(
      `<p>${PROSE}</p>${day('Tuesday', '55-75')}${day('Thursday', '60-80')}${day('Saturday', '70-90')}`,
    );
    expect(ctx.apply(dedupeParagraphs)).toEqual([]);
    expect(ctx.text().split('Warm up.').length - 1).toBe(3);
  });
});
