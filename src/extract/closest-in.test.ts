import { describe, expect, it } from 'vitest';
import { page } from '../../tests/helpers/dom';
import { closestIn } from './closest-in';

describe('closestIn', () => {
  it('answers as closest() does, for every element of a page, in any order of asking', () => {
    const doc = page(
      `<body><nav id="n"><ul><li><a id="a1" href="/">Home</a></li></ul></nav><main><article class="story"><p id="p1">Text <a id="a2" href="/x">link</a></p><aside class="related-box"><div><p id="p2">More</p></div></aside></article><div class="comments"><div class="comment"><p id="p3">Hi</p></div></div></main><footer><small id="s">©</small></footer></body>`,
    ).window.document;
    const selector = 'nav, aside, footer, [class*="comment" i], [class*="related" i]';
    const all = [...doc.querySelectorAll('*')];
    for (const order of [all, [...all].reverse()]) {
      const near = closestIn(doc, selector);
      for (const el of order) expect(near(el), el.outerHTML.slice(0, 40)).toBe(el.closest(selector));
    }
    expect(closestIn(doc, selector)(doc.getElementById('p3') as Element)?.className).toBe('comment');
    expect(closestIn(doc, selector)(doc.getElementById('p1') as Element)).toBeNull();
  });
});
