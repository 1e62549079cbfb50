import { describe, expect, it } from 'vitest';
import { context, PROSE, PROSE_2 } from '../../../tests/helpers/context';
import { articleOf } from '../../../tests/helpers/extract';
import { unwrapCollapsedSections } from './unwrap-collapsed-sections';

/**
 * Fires on WCXB dev articles whose sections or answers are folded behind buttons: 1821 (a running-shoe
 * guide, 0.836 -> 0.918: its buying advice in `hidden` panels under `<h3><button>` headings) and 4497
 * (FAQ answers in collapsed panels, 0.973 -> 0.992) and 4193 (0.978 -> 0.989); on no other of the 793
 * WCXB articles does it change the output. The markup below reproduces those shapes; it is
 * not copied from the pages.
 */
const guide = (section: (n: number, title: string, body: string) => string) =>
  `<html><head><title>How to choose a running shoe</title></head><body><article><h1>How to choose a running shoe</h1>
  <p>${PROSE}</p><p>${PROSE_2}</p>
  ${section(1, 'Cushioning', `<p>Cushioning decides how a shoe feels on the tenth mile rather than the first, and most runners buy too much of it for the pace they actually run.</p>`)}
  ${section(2, 'Weight', `<p>Weight matters less than the shop says: a hundred grams on each foot is felt on race day and forgotten on every other run of the week.</p>`)}
  </article></body></html>`;

describe('unwrap-collapsed-sections', () => {
  it('shows the sections a guide folds behind buttons that name them (aria-controls)', () => {
    const article = articleOf(
      guide(
        (n, title, body) =>
          `<h3><button aria-expanded="false" aria-controls="panel-${n}">${title}</button></h3><div id="panel-${n}" hidden aria-hidden="true">${body}</div>`,
      ),
      'https://runners.example/guide/shoes',
    );
    expect(article.text).toContain('most runners buy too much of it');
    expect(article.text).toContain('forgotten on every other run');
  });

  it('shows an answer folded under the button just before it', () => {
    const article = articleOf(
      guide(
        (_n, title, body) =>
          `<div class="faq-question"><button type="button">${title}?</button></div><div class="faq-answer" style="display: none;">${body}</div>`,
      ),
      'https://runners.example/guide/shoes',
    );
    expect(article.text).toContain('most runners buy too much of it');
  });

  it('leaves hidden what no button opens, and a hidden menu or dialog of links and labels', () => {
    const links = Array.from(
      { length: 8 },
      (_, i) => `<li><a href="/section-${i}">Section ${i}</a></li>`,
    ).join('');
    const page = context(
      `<button aria-controls="menu">Menu</button><nav id="menu" hidden><ul>${links}</ul></nav>
      <button aria-controls="signup">Subscribe</button><div id="signup" hidden><p>Get the newsletter</p><input type="email"><button>Sign up</button></div>
      <div id="desktop-copy" hidden><p>${PROSE}</p></div>
      <div class="row"><button aria-label="Close">×</button></div><div id="dialog" class="modal" role="dialog" style="display: none;"><h3>Let us stay in touch</h3><p>${PROSE}</p></div>
      <button aria-controls="more">More</button><div id="more" hidden><p><a href="/a">${PROSE}</a></p></div>`,
    );
    page.apply(unwrapCollapsedSections);
    expect([...page.doc.querySelectorAll('[hidden], [style*="none"]')].map((el) => el.id)).toEqual([
      'menu',
      'signup',
      'desktop-copy',
      'dialog',
      'more',
    ]);
  });
});
