import { describe, expect, it } from 'vitest';
import { context, PROSE } from '../../../tests/helpers/context';
import { CTA_MARK, removeCtaBoxes } from './remove-cta-boxes';

/**
 * Fires on WCXB dev pages where mark-cta-boxes marks a box Readability keeps: 0111, 0233, 0113, 4091, 4114,
 * 0390, 0468 (see mark-cta-boxes.test.ts for the boxes).
 */
describe('remove-cta-boxes', () => {
  it('removes the marked boxes once each, and clears the marks', () => {
    const ctx = context(
      `<p>${PROSE}</p><div ${CTA_MARK}=""><h3 ${CTA_MARK}="">Dedicated Team</h3><p ${CTA_MARK}="">We build apps.</p></div><p ${CTA_MARK}="">Book a demo</p>`,
    );
    expect(ctx.apply(removeCtaBoxes).map((r) => r.preview)).toEqual([
      'Dedicated Team · We build apps.',
      'Book a demo',
    ]);
    expect(ctx.text()).toBe(PROSE);
  });
});
