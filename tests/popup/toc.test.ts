// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { buildToc, toggleToc } from '../../src/popup/toc';

function body(html: string): HTMLElement {
  document.body.innerHTML = `<div id="article-body">${html}</div>`;
  return document.getElementById('article-body') as HTMLElement;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('table of contents', () => {
  it('is not offered for fewer than three subheadings', () => {
    expect(buildToc(body('<h2>One</h2><p>x</p><h3>Two</h3><p>y</p>'))).toBeNull();
    // An empty heading is not a subheading a reader can jump to.
    expect(buildToc(body('<h2>One</h2><h3>Two</h3><h4> </h4>'))).toBeNull();
  });

  it('lists h2–h4 in order, nested by level, each entry jumping to (and focusing) its heading', () => {
    const b = body(
      '<h2 id="own">The vote</h2><p>a</p><h3>In the  committee</h3><p>b</p><h4>Amendments</h4><h5>not listed</h5><h2>What next</h2>',
    );
    const toc = buildToc(b);
    expect(toc).not.toBeNull();
    if (!toc) return;
    b.before(toc);
    expect(toc.open).toBe(true);
    expect(toc.querySelector('summary')?.textContent).toBe('Contents');
    const entries = [...toc.querySelectorAll('li')];
    expect(entries.map((li) => li.textContent)).toEqual([
      'The vote',
      'In the committee',
      'Amendments',
      'What next',
    ]);
    expect(entries.map((li) => li.className)).toEqual(['toc-h2', 'toc-h3', 'toc-h4', 'toc-h2']);
    // The page's own id is kept; the others get one, and each link points at its heading.
    const links = [...toc.querySelectorAll('a')];
    expect(links[0]?.getAttribute('href')).toBe('#own');
    for (const link of links) expect(b.querySelector(link.getAttribute('href') ?? '')).not.toBeNull();
    links[2]?.click();
    expect(document.activeElement?.textContent).toBe('Amendments');
  });

  it("leaves out a summary line set as a heading before the article's first paragraph", () => {
    const toc = buildToc(
      body(
        '<h2>After two years of work, ferries return to the north pier in spring.</h2><p>a</p><h2>What changes</h2><p>b</p><h3>The timetable</h3><p>c</p><h2>The old fish market</h2><p>d</p>',
      ),
    );
    expect([...(toc?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      'What changes',
      'The timetable',
      'The old fish market',
    ]);
  });

  it('collapses and opens again', () => {
    const toc = buildToc(body('<h2>A</h2><h2>B</h2><h2>C</h2>'));
    if (!toc) throw new Error('no toc');
    document.body.prepend(toc);
    toggleToc(toc);
    expect(toc.open).toBe(false);
    toggleToc(toc);
    expect(toc.open).toBe(true);
    expect(document.activeElement?.tagName).toBe('SUMMARY');
  });
});
