import { describe, expect, it } from 'vitest';
import { page } from '../../tests/helpers/dom';
import { articleOf } from '../../tests/helpers/extract';
import { buildIndex, textKey } from './page-index';
import { restoreKept } from './restore-kept';
import type { Article, ExtractOptions } from './types';

/**
 * A block the reader put back comes back where the page had it, even when Readability leaves it out
 * (a list of other stories, a row of share buttons: not prose). Without `keep`, nothing changes.
 */
const P = (n: number) =>
  `<p>Paragraph ${n} of the story. The committee met again on Thursday to discuss the budget, and several members asked for more time before the vote.</p>`;
const SHARE = `<div class="share"><a href="https://facebook.com/sharer?u=x">Facebook</a> <a href="https://twitter.com/intent/tweet?url=x">Twitter</a> <a href="mailto:?body=x">Email</a></div>`;
const RELATED = `<div class="related"><h3>Related stories</h3><ul><li><a href="/a">The budget vote is delayed again this week</a></li><li><a href="/b">Members ask for more time on the spending plan</a></li><li><a href="/c">What the new budget means for schools</a></li></ul></div>`;
const HTML = `<html><head><title>Budget talks</title></head><body><article><h1>Budget talks</h1>${P(1)}${P(2)}${SHARE}${P(3)}${P(4)}${P(5)}${RELATED}</article></body></html>`;

function read(options: ExtractOptions = {}, html = HTML): Article {
  return articleOf(html, 'https://news.example/budget', options);
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe('restore-kept', () => {
  it('puts back a kept share row and a kept list of other stories, once each, where the page had them', () => {
    const first = read();
    // Sift hid them (the share row, the related heading and its list)…
    expect(first.text).not.toContain('Facebook');
    expect(first.text).not.toContain('Related stories');
    const keys = first.removals.map((r) => r.key);
    expect(first.removals.map((r) => r.reason).sort()).toEqual([
      'other-stories',
      'other-stories',
      'share-buttons',
    ]);
    // …and, put back, Readability alone would still leave them out: the step brings them back.
    const withoutStep = read({ keep: keys, disable: ['restore-kept'] });
    expect(withoutStep.text).not.toContain('Facebook');
    expect(withoutStep.text).not.toContain('The budget vote is delayed again');

    const kept = read({ keep: keys });
    expect(kept.removals).toEqual([]);
    const t = kept.text;
    for (const part of ['Facebook', 'Related stories', 'The budget vote is delayed again this week'])
      expect(count(t, part), part).toBe(1);
    // In place: the share row between paragraphs 2 and 3, the heading then its list after paragraph 5.
    expect(t.indexOf('Paragraph 2')).toBeLessThan(t.indexOf('Facebook'));
    expect(t.indexOf('Facebook')).toBeLessThan(t.indexOf('Paragraph 3'));
    expect(t.indexOf('Paragraph 5')).toBeLessThan(t.indexOf('Related stories'));
    expect(t.indexOf('Related stories')).toBeLessThan(t.indexOf('The budget vote is delayed'));
    // The links still lead somewhere: the page's relative addresses are made absolute, then sanitized.
    expect(kept.html).toContain('href="https://news.example/a"');
    expect(kept.html).toContain('href="https://facebook.com/sharer?u=x"');
    expect(kept.html).not.toContain('class=');
    // The row of share links as a paragraph (as Readability turns a div of inline content): spaced like one.
    expect(kept.html).toContain('<p><a href="https://facebook.com/sharer?u=x"');
  });

  it('puts back one block alone: the list without its heading', () => {
    const first = read();
    const list = first.removals.find((r) => r.preview.startsWith('The budget vote'));
    const kept = read({ keep: [list?.key ?? ''] });
    expect(count(kept.text, 'What the new budget means for schools')).toBe(1);
    expect(kept.text).not.toContain('Related stories');
    expect(kept.text).not.toContain('Facebook');
    expect(kept.text.indexOf('Paragraph 5')).toBeLessThan(kept.text.indexOf('The budget vote'));
  });

  it('changes nothing without keep, with a key the page does not hold, or with a block the article has', () => {
    const plain = read();
    expect(read({ disable: ['restore-kept'] }).html).toBe(plain.html);
    expect(read({ keep: ['12:345:678'] }).html).toBe(plain.html);
    const paragraph = textKey(
      'Paragraph 3 of the story. The committee met again on Thursday to discuss the budget, and several members asked for more time before the vote.',
    );
    expect(read({ keep: [paragraph] }).html).toBe(plain.html);
  });

  it('after a quick reading of a long page (which keeps the page as it stands) the kept list is there once', () => {
    const keys = read().removals.map((r) => r.key);
    let t = 0;
    const quick = read({ keep: keys, timeBudgetMs: 10_000, now: () => (t += 50) });
    expect(quick.notes.map((n) => n.code)).toContain('long-page');
    expect(count(quick.text, 'What the new budget means for schools')).toBe(1);
    expect(count(quick.text, 'Facebook')).toBe(1);
  });

  it('a block that stood before every paragraph the article holds goes before the first', () => {
    const dom = page(
      `<body><div id="top"><ul><li><a href="/x">Home</a></li><li><a href="/y">World news</a></li></ul></div><main>${P(1)}${P(2)}</main></body>`,
    );
    const doc = dom.window.document;
    const article = doc.createElement('div');
    article.innerHTML = `<div>${P(1)}${P(2)}</div>`;
    const menu = doc.querySelector('#top ul') as Element;
    const pageIndex = buildIndex(doc.body);
    expect(restoreKept(pageIndex, buildIndex(article), new Set([pageIndex.key(menu)]))).toBe(1);
    expect(article.firstElementChild?.firstElementChild?.tagName).toBe('DIV');
    expect(article.textContent?.startsWith('HomeWorld news')).toBe(true);
    dom.window.close();
  });

  it('stands beside a list, not inside it, when the nearest paragraph held is a list item', () => {
    const item = 'An item of the story that is long enough to place a block by it.';
    const dom = page(
      `<body><ul><li>${item}</li></ul><div class="share"><a href="/s">Share this</a></div></body>`,
    );
    const doc = dom.window.document;
    const article = doc.createElement('div');
    article.innerHTML = `<ul><li>${item}</li></ul>`;
    const share = doc.querySelector('.share') as Element;
    const pageIndex = buildIndex(doc.body);
    restoreKept(pageIndex, buildIndex(article), new Set([pageIndex.key(share)]));
    expect(article.innerHTML).toBe(
      `<ul><li>${item}</li></ul><p><a href="http://localhost/s">Share this</a></p>`,
    );
    dom.window.close();
  });
});
