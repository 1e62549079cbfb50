import { describe, expect, it } from 'vitest';
import { page } from '../../tests/helpers/dom';
import { articleOf } from '../../tests/helpers/extract';
import { dropRepeatedTitle } from './repeated-title';
import type { Article, ExtractOptions } from './types';

/**
 * The headline is shown once, above the article: the body does not start with it again, whichever way
 * the page was read (the quick reading of a long page keeps the page's <h1>; issue 12's 270,000-element
 * page showed "The harbour reopens its north quay" twice).
 */
const TITLE = 'The harbour reopens its north quay';
const paragraph = (i: number) =>
  `<p>Paragraph ${i} of the harbour story: the port authority said on Tuesday that the new quay would open in spring.</p>`;
const HTML = `<html lang="en"><head><title>${TITLE}</title></head><body><nav><a href="/">Home</a></nav><main><article><h1>${TITLE}</h1>${Array.from({ length: 12 }, (_, i) => paragraph(i + 1)).join('')}</article></main></body></html>`;

function read(options: ExtractOptions, html = HTML): Article {
  return articleOf(html, 'https://port.example/quay', options);
}

/** A clock that moves 50 ms on every reading: the quick reading, whatever the machine. */
function slowClock() {
  let t = 0;
  return () => (t += 50);
}

const body = (div: string) => {
  const dom = page(`<body><div id="a">${div}</div></body>`);
  return dom.window.document.getElementById('a') as Element;
};

describe('drop-repeated-title', () => {
  it('the quick reading of a long page does not start with the headline again', () => {
    const quick = read({ timeBudgetMs: 10_000, now: slowClock() });
    expect(quick.notes.map((n) => n.code)).toContain('long-page');
    expect(quick.title).toBe(TITLE);
    expect(quick.text.startsWith('Paragraph 1 of the harbour story')).toBe(true);
    expect(quick.text).not.toContain(TITLE);
    // Switched off, the repeat is back: this step is what removes it.
    const off = read({ timeBudgetMs: 10_000, now: slowClock(), disable: ['drop-repeated-title'] });
    expect(off.text.startsWith(TITLE)).toBe(true);
  });

  it('the full reading starts with the story too', () => {
    const full = read({});
    expect(full.text.startsWith('Paragraph 1 of the harbour story')).toBe(true);
  });

  it('removes a first block that is the title, or a heading that is the title without the site name', () => {
    const a = body(`<div><p>  The Harbour reopens its north quay! </p></div><p>${paragraph(1)}</p>`);
    expect(dropRepeatedTitle(a, TITLE)).toBe(true);
    expect(a.textContent?.trim().startsWith('Paragraph 1')).toBe(true);
    const b = body(`<h2>${TITLE}</h2>${paragraph(1)}`);
    expect(dropRepeatedTitle(b, `${TITLE} | Port News`)).toBe(true);
    expect(b.querySelector('h2')).toBeNull();
  });

  it('keeps the title elsewhere than first, a paragraph that only starts like it, and an article that is only its title', () => {
    const later = body(`${paragraph(1)}<h2>${TITLE}</h2>`);
    expect(dropRepeatedTitle(later, TITLE)).toBe(false);
    const starts = body(`<p>The harbour reopens</p>${paragraph(1)}`);
    expect(dropRepeatedTitle(starts, TITLE)).toBe(false);
    const only = body(`<h1>${TITLE}</h1>`);
    expect(dropRepeatedTitle(only, TITLE)).toBe(false);
    expect(only.textContent).toBe(TITLE);
    const noTitle = body(`<h1>${TITLE}</h1>${paragraph(1)}`);
    expect(dropRepeatedTitle(noTitle, '')).toBe(false);
  });
});
