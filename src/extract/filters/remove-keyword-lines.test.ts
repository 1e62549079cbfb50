import { describe, expect, it } from 'vitest';
import { context, PROSE, PROSE_2 } from '../../../tests/helpers/context';
import { removeKeywordLines } from './remove-keyword-lines';

/**
 * Fires on the fixture agg-topicwire-br-list ("Valais Glacier Evacuation Switzerland Flood" under the
 * summary) and on the keyword line of seed 002's template. On all 1,497 WCXB dev pages it fires on two,
 * both closing calls that the truth leaves out (1651 "BOOK YOUR FIRST LESSON", 3015 "Learn More About Us").
 */
const GLACIER =
  'Authorities in the canton of Valais ordered the evacuation of about 300 residents after a meltwater lake rose behind the glacier.';

describe('remove-keyword-lines', () => {
  it('removes the keyword line printed under the story', () => {
    const ctx = context(
      `<p>${GLACIER}</p><p>${PROSE}</p><div>Valais Glacier Evacuation Switzerland Flood</div>`,
      { title: 'Glacier lake warning issued for three alpine valleys' },
    );
    const removed = ctx.apply(removeKeywordLines);
    expect(removed.map((r) => r.rule)).toEqual(['keyword-line']);
    expect(ctx.text()).toBe(`${GLACIER} ${PROSE}`);
  });

  it('keeps a capitalized line that is not about the story, or is not at its end', () => {
    const signOff = context(`<p>${GLACIER}</p><p>The Editorial Board Of The Herald</p>`);
    expect(signOff.apply(removeKeywordLines)).toEqual([]);
    const midStory = context(
      `<p>${GLACIER}</p><div>Valais Glacier Evacuation Switzerland Flood</div><p>${PROSE}</p><p>${PROSE_2}</p>`,
    );
    expect(midStory.apply(removeKeywordLines)).toEqual([]);
    // WCXB 0401: the last film's title over the one line about it is a subheading.
    const lastItem = context(
      `<p>${GLACIER}</p><p><strong>On Becoming A Guinea Fowl</strong></p><p>On Becoming A Guinea Fowl has a 100 percent rating based on 103 reviews.</p>`,
    );
    expect(lastItem.apply(removeKeywordLines)).toEqual([]);
  });

  it('keeps headings, list items and sentences', () => {
    const ctx = context(
      `<p>${GLACIER}</p><h3>Valais Glacier Evacuation Switzerland Flood</h3><ul><li>Valais Glacier Evacuation Plan Updated</li></ul><p>Valais Glacier Evacuation Ends, Residents Return.</p>`,
    );
    expect(ctx.apply(removeKeywordLines)).toEqual([]);
  });
});
