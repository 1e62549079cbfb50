import { describe, expect, it } from 'vitest';
import { context, PROSE, PROSE_2 } from '../../../tests/helpers/context';
import { removeLinkBlocks } from './remove-link-blocks';

const links = (n: number) =>
  Array.from({ length: n }, (_, i) => `<li><a href="/section-${i}">Section ${i}</a></li>`).join('');

describe('remove-link-blocks', () => {
  it('removes a site menu and a footer of links (seed 000, WCXB site footers)', () => {
    const page = context(
      `<nav><ul>${links(10)}</ul></nav><article><p>${PROSE}</p></article><footer><ul>${links(12)}</ul><p>© 2025</p></footer>`,
    );
    const removed = page.apply(removeLinkBlocks);
    expect(page.text()).toBe(PROSE);
    expect(removed.map((r) => r.rule)).toEqual(['link-block', 'link-block']);
  });

  it('keeps a landmark with prose in it, and a short list of links', () => {
    const page = context(
      `<aside><p>${PROSE} ${PROSE_2}</p><ul>${links(9)}</ul></aside><nav><ul>${links(4)}</ul></nav>`,
    );
    expect(page.apply(removeLinkBlocks)).toEqual([]);
  });

  it('leaves link lists outside landmarks to the other filters (citylab-1 lost half its story)', () => {
    const page = context(`<p>${PROSE}</p><div><ul>${links(10)}</ul></div><p>${PROSE_2}</p>`);
    expect(page.apply(removeLinkBlocks)).toEqual([]);
  });
});
