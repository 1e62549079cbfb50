import { describe, expect, it } from 'vitest';
import { context, PROSE, PROSE_2, type TestPage } from '../../../tests/helpers/context';
import { markCtaBoxes } from './mark-cta-boxes';
import { CTA_MARK, removeCtaBoxes } from './remove-cta-boxes';

const STORY = `<p>${PROSE}</p><p>${PROSE_2}</p><p>${PROSE}</p><p>${PROSE_2}</p>`;
const TOLD = `${PROSE} ${PROSE_2} ${PROSE} ${PROSE_2}`;

/**
 * Fires on WCXB dev pages: 0111 (heading, email field, "Start Free Trial", pitch), 0233 ("Dedicated
 * Development Team" box with "Contact us"), 0113 ("Book a demo" under the box's heading), 4091 ("Check it
 * Out"), 4114 (a club's sign-up form under its heading), 0390 (a newsletter box whose form a script fills).
 */
/** Marks the boxes, then removes them, as the pipeline does on each side of Readability. */
function removeBoxes(ctx: TestPage): number {
  ctx.apply(markCtaBoxes);
  const marked = ctx.doc.querySelectorAll(`[${CTA_MARK}]`).length;
  ctx.apply(removeCtaBoxes);
  return marked;
}

describe('mark-cta-boxes', () => {
  it('removes a sign-up form with its heading and pitch', () => {
    const ctx = context(
      `<div>${STORY}<div><div><h4>Want to win more jobs with less effort?</h4><form><input type="email" placeholder="Enter your email"><button type="submit">Start Free Trial</button></form><p><strong>Grow your business</strong> with our software.</p></div></div>${STORY}</div>`,
    );
    removeBoxes(ctx);
    expect(ctx.text()).toBe(`${TOLD} ${TOLD}`);
  });

  it('removes a box around a call to action standing on its own line', () => {
    const boxes = [
      '<div><h3>Dedicated Development Team</h3><p>We have helped numerous companies build apps.</p><div><span>150+ team members</span></div><p><a href="/calc">Contact us</a></p></div>',
      '<section><div><h2>Centralize and scale your training!</h2><a href="/demo"> Book a demo </a></div><div><h3>Save time on admin</h3><p>Our academy automates invites.</p></div></section>',
      '<section aria-label="Join"><h2>Explore other wellness topics.</h2><a href="/w">Check it Out →</a></section>',
      '<div id="signup"><h3>🚀 Sign up for The Weekly newsletter</h3><p>A weekly newsletter for engineering leaders.</p><div role="form"><div class="spinner"></div></div></div>',
    ];
    for (const box of boxes) {
      const ctx = context(`<div>${STORY}${box}${STORY}</div>`);
      removeBoxes(ctx);
      expect(ctx.text(), box).toBe(`${TOLD} ${TOLD}`);
    }
  });

  it('keeps calls to action inside sentences, search and comment forms, and long boxes', () => {
    const pages = [
      `<div>${STORY}<p>If you have questions about the programme, <a href="/c">contact us</a>.</p>${STORY}</div>`,
      `<div>${STORY}<div><h3>Search</h3><form action="/search"><input type="email"></form></div>${STORY}</div>`,
      `<div>${STORY}<div><h3>Leave a reply</h3><form><input type="email"><textarea></textarea></form></div>${STORY}</div>`,
      // A row of alike cards, each with its button: the page's own items (WCXB service pages 0696, 4900).
      `<div>${STORY}<div class="grid"><div class="card"><h3>Projects</h3><p>Stay on schedule.</p><a href="/s">Get started</a></div><div class="card"><h3>Goals</h3><p>Align teams.</p><a href="/s">Get started</a></div><div class="card"><h3>Resources</h3><p>Plan work.</p><a href="/s">Get started</a></div></div>${STORY}</div>`,
      // The button is most of what the page has.
      `<div><p>Short note.</p><p><a href="/s">Subscribe</a></p></div>`,
    ];
    for (const body of pages) {
      const ctx = context(body);
      expect(removeBoxes(ctx), body.slice(0, 120)).toBe(0);
    }
  });

  it('leaves no mark on what stays', () => {
    const ctx = context(
      `<div>${STORY}<section><h2>Explore more topics.</h2><a href="/w">Check it Out</a></section></div>`,
    );
    ctx.apply(markCtaBoxes);
    // Readability dropped the box's section and kept its heading in another block.
    const h2 = ctx.doc.querySelector('h2') as Element;
    ctx.doc.querySelector('div')?.append(h2);
    ctx.doc.querySelector('section')?.remove();
    ctx.apply(removeCtaBoxes);
    expect(ctx.text()).toBe(TOLD);
    expect(ctx.doc.querySelectorAll(`[${CTA_MARK}]`).length).toBe(0);
  });

  it('takes only the button when the box around it holds a paragraph of the story', () => {
    const ctx = context(
      `<div>${STORY}<div><p>${PROSE} ${PROSE_2}</p><p><a href="/q">Get a quote</a></p></div>${STORY}</div>`,
    );
    removeBoxes(ctx);
    expect(ctx.text()).toBe(`${TOLD} ${PROSE} ${PROSE_2} ${TOLD}`);
  });
});
