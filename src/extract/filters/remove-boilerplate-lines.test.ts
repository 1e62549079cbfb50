import { describe, expect, it } from 'vitest';
import { context, PROSE } from '../../../tests/helpers/context';
import { removeBoilerplateLines } from './remove-boilerplate-lines';

describe('remove-boilerplate-lines', () => {
  it('removes hashtag lines, app and follow promos, tags and reply prompts', () => {
    const lines = [
      '#Hegseth #rules #NATO #membership #Ukraine',
      'Be the first to get Breaking News',
      'Install the Sky News app for free',
      'Follow our channel and never miss an update',
      'Tags: Breaking NewsSkynewsWorld',
      'Leave a Reply',
      'Read Entire Article',
    ];
    const ctx = context(`<p>${PROSE}</p>${lines.map((l) => `<p>${l}</p>`).join('')}`);
    ctx.apply(removeBoilerplateLines);
    expect(ctx.text()).toBe(PROSE);
  });

  it('keeps prose that mentions the same words', () => {
    const ctx = context(
      '<p>He said he would install the app for free at every school.</p><p>The #MeToo movement began in 2017.</p><p>Source: official figures.</p>',
    );
    expect(ctx.apply(removeBoilerplateLines)).toEqual([]);
  });

  it('removes tags printed as chips that run together as text (WCXB 4339, 4584)', () => {
    const ctx = context(
      `<p>${PROSE}</p><ul><li><span>Digital Organization</span><span>Office</span><span>Organizing</span></li></ul><div><p><span>wedding budget</span><span>12 month timeline</span><span>gratuity guide</span></p></div>`,
    );
    const removed = ctx.apply(removeBoilerplateLines);
    expect(removed.map((r) => r.rule)).toEqual(['chip-line', 'chip-line']);
    expect(ctx.text()).toBe(PROSE);
  });

  it('keeps list items, spaced or separated words, and a sentence styled word by word', () => {
    const ctx = context(
      `<ul><li>Pens</li><li>Pencils</li><li>Markers</li></ul><p><span>Pens</span> <span>Pencils</span> <span>Markers</span></p><p><a href="/a">Pens</a>, <a href="/b">pencils</a>, <a href="/c">markers</a></p><p><span>It </span><span>was </span><span>raining.</span></p>`,
    );
    expect(ctx.apply(removeBoilerplateLines)).toEqual([]);
  });
});
