import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/pipeline';
import { fixtures, readabilityPages } from './helpers/corpus';
import { page } from './helpers/dom';
import { tokenScore } from './helpers/score';

/**
 * Sift's filters must not eat ordinary articles. On Mozilla Readability's own test pages, Sift's output
 * is scored against each expected.html (token F1) beside plain Readability's, twice: the article HTML
 * the popup shows, and the plain text the command line, the word count and the reading time use. The
 * average may be at most 0.005 lower, and no page more than 0.05 lower.
 */
const URL = 'http://fakehost/test/page.html';

function text(html: string): string {
  const dom = new JSDOM(`<body>${html}</body>`);
  const t = dom.window.document.body.textContent ?? '';
  dom.window.close();
  return t;
}

/** Letters and digits only: the same words, however they are spaced or broken into lines. */
function letters(t: string): string {
  return t
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const pages = readabilityPages();
const rows = pages.map(({ slug, source, expected }) => {
  const want = text(expected);
  const a = page(source, URL);
  const plain = new Readability(a.window.document).parse();
  a.window.close();
  const b = page(source, URL);
  const sift = extract(b.window.document);
  b.window.close();
  return {
    slug,
    plain: tokenScore(plain?.content ? text(plain.content) : '', want).f1,
    html: tokenScore(sift.ok ? text(sift.article.html) : '', want).f1,
    text: tokenScore(sift.ok ? sift.article.text : '', want).f1,
    sameWords: sift.ok ? letters(sift.article.text) === letters(text(sift.article.html)) : true,
  };
});
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('Readability test pages: Sift does no damage', () => {
  it('reads every page in the corpus', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  it.each(['html', 'text'] as const)('%s: averages no lower than plain Readability minus 0.005', (field) => {
    const plain = mean(rows.map((r) => r.plain));
    const sift = mean(rows.map((r) => r[field]));
    expect(sift, `Sift ${sift.toFixed(4)} vs Readability ${plain.toFixed(4)}`).toBeGreaterThanOrEqual(
      plain - 0.005,
    );
  });

  it.each(['html', 'text'] as const)('%s: loses no more than 0.05 on any page', (field) => {
    const hurt = rows
      .filter((r) => r[field] < r.plain - 0.05)
      .map((r) => `${r.slug}: ${r[field].toFixed(3)} < ${r.plain.toFixed(3)}`);
    expect(hurt).toEqual([]);
  });
});

describe('the text field holds the same words as the article HTML', () => {
  it('on every Readability test page', () => {
    expect(rows.filter((r) => !r.sameWords).map((r) => r.slug)).toEqual([]);
  });

  it('on every fixture', () => {
    const wrong = fixtures().filter(({ html, expected }) => {
      const dom = page(html, expected.url);
      const r = extract(dom.window.document);
      dom.window.close();
      return !r.ok || letters(r.article.text) !== letters(text(r.article.html));
    });
    expect(wrong.map((f) => f.slug)).toEqual([]);
  });
});
