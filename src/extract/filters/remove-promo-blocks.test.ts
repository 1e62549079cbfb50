import { describe, expect, it } from 'vitest';
import { context, PROSE } from '../../../tests/helpers/context';
import { removePromoBlocks } from './remove-promo-blocks';

/**
 * Fires on WCXB dev pages: 0488 (affiliate disclosure), 4373 ("Subscribe to get access"), 0402
 * ("Sign Up", "Subscribe"), 4052 ("You might like"), 0174 ("Newsletters"), 4589 ("See more in:"),
 * 4053 ("© 2025 Recharged. All Rights Reserved."), 4830 ("Credit: Wareable").
 */
describe('remove-promo-blocks', () => {
  it('removes calls to action, notices and labels, each block on its own', () => {
    const lines = [
      'DISCLOSURE: If you buy through affiliate links, I may earn a small commission.',
      'Subscribe to get access',
      'Get a quote',
      'Schedule a call',
      'Join Example Plus to unlock this story',
      'Download the Example app',
      'This story originally appeared in Grist.',
      'We use cookies to improve your experience.',
      '12 Comments',
      'Sponsored',
      'Related video: Ten things to know',
      'Newsletters',
      'Share this article',
      // WCXB 0107, 0097, 0133, 0010
      'Join our mailing list',
      'Join the Facebook group',
      'Stay connected with me!',
      'Advertisement - Continue Reading Below',
      'Products are chosen independently by our editors.',
    ];
    const ctx = context(
      `<p>${PROSE}</p>${lines.map((l) => `<p>${l}</p>`).join('')}<div><span>Sign Up</span> <span>Subscribe</span></div><h3>You might like</h3>`,
    );
    ctx.apply(removePromoBlocks);
    expect(ctx.text()).toBe(PROSE);
  });

  it('keeps prose that mentions the same words', () => {
    const ctx = context(
      '<p>Readers who subscribe to the paper get a quote from the mayor every week.</p><p>We use cookies, she said, only for the login.</p><h2>More</h2><p>Join the club to unlock the garden gate, the sign said.</p>',
    );
    expect(ctx.apply(removePromoBlocks)).toEqual([]);
  });
});
