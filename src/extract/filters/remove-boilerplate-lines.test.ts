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
});
