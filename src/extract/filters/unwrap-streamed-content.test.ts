import { describe, expect, it } from 'vitest';
import { context, PROSE, PROSE_2 } from '../../../tests/helpers/context';
import { page } from '../../../tests/helpers/dom';
import { Run } from '../runner';
import { unwrapStreamedContent } from './unwrap-streamed-content';

/**
 * Fires on WCXB dev pages rendered by React's streaming server (33 of 1,497 have a hidden "S:" holder):
 * 0155, 0384, 4053, 4416, 4486 (articles that gave no article or their footer), 2838, 2923, 4168; and,
 * saved without comments and with segments (`P:n`), 4503 (0.071 -> 0.957), 0046 (0.814 -> 0.944), 0625.
 */
describe('unwrap-streamed-content', () => {
  it("moves streamed content over its placeholder and drops the loading skeleton, as React's script does", () => {
    const ctx = context(
      `<header>Site</header><main><!--$?--><template id="B:0"></template><div class="skeleton">Loading…</div><!--/$--></main><footer>Footer</footer><div hidden id="S:0"><article><p>${PROSE}</p><p>${PROSE_2}</p></article></div>`,
    );
    ctx.apply(unwrapStreamedContent);
    expect(ctx.text()).toBe(`Site ${PROSE} ${PROSE_2} Footer`);
    expect(ctx.doc.querySelector('main article')).not.toBeNull();
    expect(ctx.doc.querySelector('[hidden]')).toBeNull();
  });

  it('fills a segment placeholder, and drops a bare loading line when the page lost its end comments', () => {
    // WCXB 4503: the boundary's content holds the segment's placeholder; no <!--$--> comments were saved.
    const ctx = context(
      `<main><template id="B:0"></template><div>Loading paragraph...</div><div class="offer">Open an account</div></main><div hidden id="S:0"><p>${PROSE}</p><template id="P:1"></template></div><div hidden id="S:1"><p>${PROSE_2}</p></div>`,
    );
    ctx.apply(unwrapStreamedContent);
    expect(ctx.text()).toBe(`${PROSE} ${PROSE_2} Open an account`);
    expect(ctx.doc.querySelector('template, [hidden]')).toBeNull();
  });

  it('shows a holder in place when its placeholder is missing', () => {
    const ctx = context(`<main></main><div hidden id="S:1"><p>${PROSE}</p></div>`);
    ctx.apply(unwrapStreamedContent);
    expect(ctx.doc.querySelector('[hidden]')).toBeNull();
    expect(ctx.text()).toBe(PROSE);
  });

  it('leaves other hidden blocks hidden', () => {
    const ctx = context(`<p>${PROSE}</p><div hidden id="menu"><a href="/a">Menu</a></div>`);
    ctx.apply(unwrapStreamedContent);
    expect(ctx.doc.querySelector('#menu')?.hasAttribute('hidden')).toBe(true);
  });

  it('has the stage measure the page again once the content is in place (WCXB 0384)', () => {
    // remove-next-stories measures the page before this filter runs; the filters after it must see the
    // story where it now stands (on 0384, measures taken before the move had the story removed as a copy).
    const dom = page(
      `<html><body><main><template id="B:0"></template><div>Loading…</div></main><div hidden id="S:0"><article><p>${PROSE}</p><p>${PROSE_2}</p></article></div></body></html>`,
      'https://forum.example/posts/1',
    );
    const doc = dom.window.document;
    const main = doc.querySelector('main') as Element;
    const run = new Run(() => 0, undefined, new Set());
    expect(run.index(doc.body).size(main).letters).toBeLessThan(10);
    const known = {
      doc,
      root: doc.body,
      title: '',
      byline: null,
      url: new URL(doc.URL),
      source: null,
      authorBios: [],
    };
    unwrapStreamedContent.apply(run.context(unwrapStreamedContent, known));
    expect(run.index(doc.body).size(main).letters).toBeGreaterThan(150);
  });
});
