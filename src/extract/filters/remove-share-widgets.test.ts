import { describe, expect, it } from 'vitest';
import { context, PROSE } from '../../../tests/helpers/context';
import { removeShareWidgets } from './remove-share-widgets';

describe('remove-share-widgets', () => {
  it('removes counters and share-button labels (seeds 000 and 004)', () => {
    const ctx = context(
      `<div><div>74</div><span>SHARES</span></div><div>1.2k <span>VIEWS</span></div><div><a href="#">Share</a><span>30</span><a href="#">Tweet</a><span>19</span></div><p>${PROSE}</p><div>Visited 1 times, 1 visit(s) today</div>`,
    );
    ctx.apply(removeShareWidgets);
    expect(ctx.text()).toBe(PROSE);
  });

  it('removes a group of links to share endpoints whatever their text', () => {
    const ctx = context(
      `<p>${PROSE}</p><div><a href="https://www.facebook.com/sharer/sharer.php?u=x">f</a><a href="https://twitter.com/intent/tweet?url=x">t</a></div>`,
    );
    ctx.apply(removeShareWidgets);
    expect(ctx.doc.querySelectorAll('a')).toHaveLength(0);
  });

  it('keeps a sentence that mentions shares', () => {
    const ctx = context(
      '<p>Shares in the company rose 12% after the announcement.</p><p><a href="https://facebook.com/company">Facebook page</a></p>',
    );
    expect(ctx.apply(removeShareWidgets)).toEqual([]);
  });
});
