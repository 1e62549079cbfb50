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

  it('removes "出典：共同通信" closing a story shorter than a line of English (agg-ja-matome-shutten)', () => {
    const story =
      '<p>気象庁は20日、東京都心で初雪を観測したと発表した。平年より10日早く、昨年より28日早い観測となった。</p><p>上空に強い寒気が流れ込んだ影響で、都心では午前7時ごろから雨に雪が混じり始めた。</p>';
    const ctx = context(
      `<div>${story}<p class="source">出典：<a href="${source.url}">共同通信</a></p></div>`,
      {
        source,
      },
    );
    ctx.apply(removeSourceLine);
    expect(ctx.text()).toContain('初雪を観測');
    expect(ctx.text()).not.toContain('出典');
  });

  it('removes the line naming an origin the page does not link, once the header names it (agg-nl-bron)', () => {
    const ctx = context(`<p>${PROSE}</p><p class="bron"><em>Bron: ANP</em></p>`, { named: 'ANP' });
    expect(ctx.apply(removeSourceLine).map((r) => r.rule)).toEqual(['named-line']);
    expect(ctx.text()).toBe(PROSE);
    // Another name, or a sentence that mentions the agency, stays.
    const other = context(`<p>${PROSE} Source: ANP.</p><p>Bron: Reuters</p>`, { named: 'ANP' });
    expect(other.apply(removeSourceLine)).toEqual([]);
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
  it('removes the origin named alone in brackets and a newswire\'s "SOURCE" line (agg-ja-haishin, agg-finance-press-release)', () => {
    const named = { ...source, name: '北陸日日新聞' };
    const ctx = context(`<p>${PROSE}</p><p class="credit">（北陸日日新聞）</p>`, { source: named });
    expect(ctx.apply(removeSourceLine).map((r) => r.rule)).toEqual(['credit-line']);
    expect(ctx.text()).toBe(PROSE);
    const wire = context(`<p>${PROSE}</p><p>SOURCE Acme Robotics Inc.</p>`, { source });
    expect(wire.apply(removeSourceLine).map((r) => r.rule)).toEqual(['wire-source-line']);
    // A dateline's "(Reuters)" inside a paragraph, another name in brackets, a sentence: they stay.
    const kept = context(
      `<p>LONDON <span>(Reuters)</span> - ${PROSE}</p><p>(Associated Press)</p><p>Source code is on the site.</p>`,
      { source: { ...source, name: 'Reuters' } },
    );
    expect(kept.apply(removeSourceLine)).toEqual([]);
  });
});
