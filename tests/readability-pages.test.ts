import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/pipeline';
import { readabilityPages } from './helpers/corpus';
import { tokenScore } from './helpers/score';

/**
 * Sift's filters must not eat ordinary articles. On Mozilla Readability's own test pages, Sift's text
 * is scored against each expected.html (token F1) beside plain Readability's: the average may be at
 * most 0.005 lower, and no page more than 0.05 lower.
 */
const URL = 'http://fakehost/test/page.html';

function text(html: string): string {
  const dom = new JSDOM(`<body>${html}</body>`);
  const t = dom.window.document.body.textContent ?? '';
  dom.window.close();
  return t;
}

describe('Readability test pages: Sift does no damage', () => {
  const pages = readabilityPages();
  const rows = pages.map(({ slug, source, expected }) => {
    const want = text(expected);
    const a = new JSDOM(source, { url: URL });
    const plain = new Readability(a.window.document).parse();
    a.window.close();
    const b = new JSDOM(source, { url: URL });
    const sift = extract(b.window.document);
    b.window.close();
    return {
      slug,
      plain: tokenScore(plain?.content ? text(plain.content) : '', want).f1,
      sift: tokenScore(sift.ok ? text(sift.article.html) : '', want).f1,
    };
  });

  it('reads every page in the corpus', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  it('averages no lower than plain Readability minus 0.005', () => {
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const plain = mean(rows.map((r) => r.plain));
    const sift = mean(rows.map((r) => r.sift));
    expect(sift, `Sift ${sift.toFixed(4)} vs Readability ${plain.toFixed(4)}`).toBeGreaterThanOrEqual(
      plain - 0.005,
    );
  });

  it('loses no more than 0.05 on any page', () => {
    const hurt = rows
      .filter((r) => r.sift < r.plain - 0.05)
      .map((r) => `${r.slug}: ${r.sift.toFixed(3)} < ${r.plain.toFixed(3)}`);
    expect(hurt).toEqual([]);
  });
});
