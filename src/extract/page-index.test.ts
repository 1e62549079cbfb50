import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildIndex, MOSTLY_LINKS, textKey } from './page-index';

function page(body: string) {
  const doc = new JSDOM(`<body>${body}</body>`).window.document;
  const byId = (id: string) => doc.getElementById(id) as Element;
  return { doc, byId, index: buildIndex(doc.body) };
}

describe('page index', () => {
  it('gives the same fingerprint to the same text however it is spaced, cased or nested', () => {
    const { index, byId } = page(
      '<div id="a"><p>One two</p><p>three.</p></div><div id="b"><span>ONE</span> two  three</div><p id="c">One two four</p>',
    );
    expect(index.key(byId('a'))).toBe(index.key(byId('b')));
    expect(index.key(byId('a'))).toBe(textKey('one, two, three'));
    expect(index.key(byId('a'))).not.toBe(index.key(byId('c')));
    expect(index.withKey(index.key(byId('a')))).toEqual([byId('a'), byId('b')]);
  });

  it('measures text, letters in links and paragraph text in one pass, scripts excluded', () => {
    const { index, byId } = page(
      '<div id="d"><p>Hello world</p><a href="/x">Link text</a><script>var ignored = 1;</script></div>',
    );
    const size = index.size(byId('d'));
    expect(size).toMatchObject({ chars: 20, letters: 18, linkLetters: 8, links: 1, paragraphChars: 11 });
    expect(index.linkShare(byId('d'))).toBeCloseTo(8 / 18);
    expect(index.mostlyLinks(byId('d'))).toBe(8 / 18 >= MOSTLY_LINKS);
  });

  it('calls a menu mostly links and a paragraph with two citations not', () => {
    const { index, byId } = page(
      '<ul id="menu"><li><a href="/">Home</a></li><li><a href="/uk">UK News</a></li></ul><p id="p">The report, <a href="/r">published on Monday</a>, was welcomed by the council and criticised by the <a href="/o">opposition</a> over its cost.</p>',
    );
    expect(index.mostlyLinks(byId('menu'))).toBe(true);
    expect(index.mostlyLinks(byId('p'))).toBe(false);
  });

  it('lists the innermost blocks in document order, not the blocks inside tables', () => {
    const { index } = page(
      '<div><h2>Title</h2><div>Loose text <p>First</p></div><ul><li>Item</li></ul><table><tr><td><p>Cell</p></td></tr></table><pre>code</pre></div>',
    );
    expect(index.leafBlocks().map((el) => el.textContent)).toEqual(['Title', 'First', 'Item', 'code']);
  });

  it("lists the blocks of a table that lays out the page (it holds headings or tables), not a data table's (WCXB 0341)", () => {
    const { index } = page(
      '<table><tr><td><h2>Falls</h2><p>About the falls</p><table><tr><td><p>Cell</p></td></tr></table></td></tr></table>',
    );
    expect(index.leafBlocks().map((el) => el.textContent)).toEqual(['Falls', 'About the falls']);
  });

  it('walks a page 5,000 levels deep without overflowing the stack', () => {
    const doc = new JSDOM(`<body>${'<div>'.repeat(5000)}deep${'</div>'.repeat(5000)}</body>`).window.document;
    expect(buildIndex(doc.body).size(doc.body).letters).toBe(4);
  });

  it('observes the deadline while it walks', () => {
    const { doc } = page(`${'<p>x</p>'.repeat(5000)}`);
    let ticks = 0;
    buildIndex(doc.body, () => {
      ticks++;
    });
    expect(ticks).toBeGreaterThan(1);
  });
});
