import { describe, expect, it } from 'vitest';
import { context, PROSE } from '../../../tests/helpers/context';
import { removeSourceLine } from './remove-source-line';

const source = {
  url: 'https://www.bbc.com/news/articles/abc',
  name: 'bbc.com',
  foundBy: 'anchor:source link',
};

describe('remove-source-line', () => {
  it('removes the "Source link" line once its URL is the source', () => {
    const ctx = context(`<p>${PROSE}</p><p><a href="${source.url}">Source link</a></p>`, { source });
    ctx.apply(removeSourceLine);
    expect(ctx.text()).toBe(PROSE);
  });

  it('removes a stated "Fuente: El País" line', () => {
    const ctx = context(`<p>${PROSE}</p><p>Fuente: <a href="${source.url}">El País</a></p>`, { source });
    ctx.apply(removeSourceLine);
    expect(ctx.text()).toBe(PROSE);
  });

  it('keeps a sentence of the story that links the same page', () => {
    const ctx = context(
      `<p>The BBC <a href="${source.url}">first reported</a> the news on Tuesday evening.</p>`,
      { source },
    );
    expect(ctx.apply(removeSourceLine)).toEqual([]);
  });

  it('does nothing when no source was found', () => {
    const ctx = context(`<p><a href="${source.url}">Source link</a></p>`);
    expect(ctx.apply(removeSourceLine)).toEqual([]);
  });
});
