import { describe, expect, it } from 'vitest';
import { page } from '../../tests/helpers/dom';
import { extract, fullReadingFits, REST_PER_ELAPSED } from './pipeline';
import type { ExtractOptions, ExtractResult } from './types';

/**
 * The time budget's decision before Readability, proved with an injected clock (no wall-clock): what the
 * first steps took predicts the rest; when the rest cannot fit, the page is read plainly and whole.
 */
const sentence =
  'The committee met again on Thursday to discuss the budget, and several members asked for more time. ';
const PARAGRAPHS = 40;
const html = `<html lang="en"><head><title>Budget talks</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav><article><h1>Budget talks</h1>${Array.from({ length: PARAGRAPHS }, (_, i) => `<p>Paragraph ${i + 1}. ${sentence}</p>`).join('')}</article><aside><h2>Most read</h2><ul><li><a href="/a">Another story entirely</a></li></ul></aside></body></html>`;

function read(options: ExtractOptions): ExtractResult {
  const dom = page(html, 'https://news.example/budget');
  try {
    return extract(dom.window.document, options);
  } finally {
    dom.window.close();
  }
}

/** A clock that moves `ms` on every reading: the steps take that long each, whatever the machine. */
function clock(ms: number) {
  let t = 0;
  return () => (t += ms);
}

describe('the time budget before Readability', () => {
  it('predicts the rest from the time spent so far', () => {
    expect(fullReadingFits(1_000, 9_000)).toBe(1_000 * REST_PER_ELAPSED <= 9_000);
    expect(fullReadingFits(100, 9_900)).toBe(true);
    expect(fullReadingFits(2_000, 8_000)).toBe(false);
    expect(fullReadingFits(5, Number.POSITIVE_INFINITY)).toBe(true);
  });

  it('a page read quickly within the budget gets the full reading', () => {
    const r = read({ timeBudgetMs: 10_000, now: clock(1) });
    const plain = read({});
    if (!r.ok || !plain.ok) throw new Error('expected an article');
    expect(r.article.notes.map((n) => n.code)).not.toContain('long-page');
    expect(r.article.html).toBe(plain.article.html);
  });

  it('when the first steps took a fifth of the budget, the page is read plainly, whole, and the reader is told', () => {
    // About 50 clock readings before Readability at 50 ms each: 2.5 s of 10 s spent, more than the
    // rest can take at REST_PER_ELAPSED times that.
    const r = read({ timeBudgetMs: 10_000, now: clock(50) });
    if (!r.ok) throw new Error(`expected an article, got ${r.reason}`);
    expect(r.article.notes).toContainEqual({ step: 'readability', code: 'long-page' });
    for (let i = 1; i <= PARAGRAPHS; i++) expect(r.article.text).toContain(`Paragraph ${i}. The committee`);
    expect(r.article.text).not.toContain('Most read');
    expect(r.article.text).not.toContain('Sport');
    expect(r.article.html).not.toMatch(/<nav|<aside|<script/);
  });

  it('a page read plainly keeps its links and images, made absolute as Readability would', () => {
    const dom = page(
      `<html><head><title>Ferry fares</title></head><body><article><h1>Ferry fares</h1>${Array.from({ length: 12 }, (_, i) => `<p>Paragraph ${i + 1}. ${sentence}</p>`).join('')}<p>See <a href="/more">the full timetable</a>.</p><img src="/photo.jpg" alt="The new pier"></article></body></html>`,
      'https://news.example/ferries',
    );
    try {
      const r = extract(dom.window.document, { timeBudgetMs: 10_000, now: clock(50) });
      if (!r.ok) throw new Error(`expected an article, got ${r.reason}`);
      expect(r.article.notes).toContainEqual({ step: 'readability', code: 'long-page' });
      expect(r.article.html).toContain('href="https://news.example/more"');
      expect(r.article.html).toContain('src="https://news.example/photo.jpg"');
    } finally {
      dom.window.close();
    }
  });

  it('without a budget the same slow clock never changes the reading', () => {
    const r = read({ now: clock(50) });
    if (!r.ok) throw new Error('expected an article');
    expect(r.article.notes.map((n) => n.code)).not.toContain('long-page');
  });
});
