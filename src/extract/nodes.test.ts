import { describe, expect, it } from 'vitest';
import { page } from '../../tests/helpers/dom';
import {
  childElements,
  hasMoreChildElements,
  listOf,
  moveChildren,
  replaceWithChildren,
  unwrap,
} from './nodes';

/**
 * The helpers that read a node's children by sibling links (src/extract/nodes.ts). They must give what
 * `children`, `childElementCount`, a spread of a collection and `replaceWith(...childNodes)` gave,
 * in the same order, text nodes included where those moved them.
 */
const doc = (body: string) => page(`<html><body>${body}</body></html>`).window.document;
const tags = (els: Element[]) => els.map((e) => e.tagName.toLowerCase()).join(' ');

describe('nodes', () => {
  it('childElements lists the element children in order, skipping text', () => {
    const d = doc('<div id="x">a<p>1</p> b <span>2</span><!-- c --><em>3</em></div>');
    expect(tags(childElements(d.getElementById('x') as Element))).toBe('p span em');
    expect(childElements(d.createElement('div'))).toEqual([]);
  });

  it('hasMoreChildElements counts element children only', () => {
    const x = doc('<div id="x">text <b>1</b> more <i>2</i><u>3</u></div>').getElementById('x') as Element;
    expect(hasMoreChildElements(x, 2)).toBe(true);
    expect(hasMoreChildElements(x, 3)).toBe(false);
    expect(hasMoreChildElements(doc('<div id="y">only text</div>').getElementById('y') as Element, 0)).toBe(
      false,
    );
  });

  it('listOf is a copy: removing items from the page does not shift it', () => {
    const d = doc('<p>1</p><p>2</p><p>3</p>');
    const ps = listOf(d.getElementsByTagName('p'));
    for (const p of ps) p.remove();
    expect(ps.map((p) => p.textContent)).toEqual(['1', '2', '3']);
    expect(d.body.innerHTML).toBe('');
  });

  it('moveChildren moves text and elements to the end of the target, in order', () => {
    const d = doc('<div id="from">a <b>b</b> c</div><p id="to">start </p>');
    const from = d.getElementById('from') as Element;
    const to = d.getElementById('to') as Element;
    moveChildren(from, to);
    expect(to.innerHTML).toBe('start a <b>b</b> c');
    expect(from.childNodes.length).toBe(0);
  });

  it('unwrap puts the children in the element’s place, between its neighbours', () => {
    const d = doc('<p>before</p><noscript-like id="x">one <b>two</b> three</noscript-like><p>after</p>');
    unwrap(d.getElementById('x') as Element);
    expect(d.body.innerHTML).toBe('<p>before</p>one <b>two</b> three<p>after</p>');
  });

  it('replaceWithChildren puts another node’s children where the element stood', () => {
    const d = doc(
      '<div id="slot">Loading…</div><p>tail</p><template-like id="h"><p>streamed</p> text</template-like>',
    );
    const holder = d.getElementById('h') as Element;
    replaceWithChildren(d.getElementById('slot') as Element, holder);
    expect(d.body.innerHTML).toBe('<p>streamed</p> text<p>tail</p><template-like id="h"></template-like>');
  });
});
