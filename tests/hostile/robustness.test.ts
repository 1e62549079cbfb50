import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/pipeline';
import type { ExtractResult } from '../../src/extract/types';
import { failureDetail } from '../../src/shared/words';
import { page } from '../helpers/dom';

/**
 * Huge, deep, broken and unusual pages: each gets an article or a clear message, never a crash. The
 * time budget itself is exercised with a tiny budget; how long big pages take is the benchmark's job.
 */
const sentence =
  'The committee met again on Thursday to discuss the budget, and several members asked for more time. ';

function read(html: string, options = {}): ExtractResult {
  const dom = page(html, 'https://news.example/story');
  try {
    return extract(dom.window.document, options);
  } finally {
    // jsdom's own teardown recurses through the tree; on a 5,000-level page that is jsdom's limit, not Sift's.
    try {
      dom.window.close();
    } catch {}
  }
}

function expectArticleOrMessage(r: ExtractResult) {
  if (r.ok) expect(r.article.text.length).toBeGreaterThan(0);
  else expect(failureDetail(r.reason, r.data)).toMatch(/^(Sift|This page)/);
}

describe('huge and deep pages', () => {
  it('50,000 paragraphs (about 10 MB of HTML): an article or a clear message', () => {
    const html = `<html><body><article><h1>Long</h1>${Array.from({ length: 50_000 }, (_, i) => `<p>${i} ${sentence}${sentence}</p>`).join('')}</article></body></html>`;
    expect(html.length).toBeGreaterThan(10_000_000);
    expectArticleOrMessage(read(html));
    // About 30 s alone on a 2-core machine; the limit only catches a hang, never a slow machine.
  }, 900_000);

  it('5,000 levels of nesting: an article or a clear message, never a stack overflow', () => {
    const html = `<html><body>${'<div>'.repeat(5000)}<p>${sentence.repeat(5)}</p>${'</div>'.repeat(5000)}</body></html>`;
    expectArticleOrMessage(read(html));
  });

  it('a page past the element limit is refused with a message, quickly', () => {
    const r = read(`<html><body>${'<p>x</p>'.repeat(2000)}</body></html>`, { maxElements: 1000 });
    expect(r).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('a page that runs past the time budget stops and says so (a clock that jumps, not a slow page)', () => {
    // Every reading of the clock moves it on 1 s: the 10 s budget runs out part-way through.
    let t = 0;
    const r = read(`<html><body><article>${`<p>${sentence}</p>`.repeat(50)}</article></body></html>`, {
      timeBudgetMs: 10_000,
      now: () => (t += 1000),
    });
    expect(r).toMatchObject({ ok: false, reason: 'timeout', data: { budgetMs: 10_000 } });
    if (!r.ok) expect(failureDetail(r.reason, r.data)).toContain('stopped after 10 s');
  });

  it('without a budget, the same clock never stops it', () => {
    let t = 0;
    const r = read(`<html><body><article>${`<p>${sentence}</p>`.repeat(50)}</article></body></html>`, {
      now: () => (t += 1000),
    });
    expect(r.ok).toBe(true);
  });
});

describe('broken and unusual pages', () => {
  it.each([
    ['no body at all', '<html><head><title>Nothing</title></head></html>', 'empty-page'],
    [
      'a frameset',
      '<html><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>',
      'empty-page',
    ],
    ['an empty document', '', 'empty-page'],
    ['only a menu', '<body><nav><a href="/">Home</a> <a href="/news">News</a></nav></body>', 'no-article'],
  ])('%s: a clear message', (_, html, reason) => {
    const r = read(html);
    expect(r).toMatchObject({ ok: false, reason });
    if (!r.ok) expect(failureDetail(r.reason, r.data).length).toBeGreaterThan(15);
  });

  it('malformed HTML still gives the story', () => {
    const r = read(
      `<body><div><p>${sentence}<b>bold <i>both</p><p>${sentence}</b></i><table><tr><td>${sentence}</div><p>${sentence}${sentence}`,
    );
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.article.text).toContain('The committee met again');
  });

  it('a right-to-left article reads right to left', () => {
    const p =
      'قال وزير الدفاع إن على الدول الأوروبية أن تقدم الحصة الأكبر من المساعدات العسكرية وغير العسكرية في المستقبل القريب.';
    const r = read(`<html><body><article><h1>عنوان</h1>${`<p>${p}</p>`.repeat(6)}</article></body></html>`);
    expect(r.ok && r.article.dir).toBe('rtl');
  });

  it('a Chinese article counts its reading time by characters', () => {
    const p =
      '欧洲国家必须为乌克兰提供绝大部分资金，美国新任国防部长在布鲁塞尔的防务峰会上表示，华盛顿在这场战争中的立场发生了重大转变。';
    const r = read(
      `<html lang="zh"><body><article><h1>标题</h1>${`<p>${p}</p>`.repeat(40)}</article></body></html>`,
    );
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.article.lang).toBe('zh');
      expect(r.article.wordCount).toBeGreaterThan(1000);
      expect(r.article.readingMinutes).toBeGreaterThan(3);
    }
  });
});
