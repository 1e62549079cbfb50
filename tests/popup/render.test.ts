// @vitest-environment jsdom
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/extract/types';
import {
  describeFailure,
  renderArticle,
  renderError,
  renderLoading,
  renderPageText,
} from '../../src/popup/render';
import { type Catalog, useCatalog } from '../../src/shared/i18n';
import { ROOT } from '../helpers/corpus';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const arabic = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'src/_locales/ar/messages.json'), 'utf8'),
) as Catalog;

const article: Article = {
  title: 'Pete Hegseth sets out hard line on European defence and Nato',
  byline: 'Frank Gardner',
  standfirst: 'The US defence secretary says Europe must lead its own security.',
  published: '2025-02-13T01:12:09.000Z',
  site: 'newsroomtoday.net',
  siteName: 'Newsroom Today',
  url: 'https://newsroomtoday.net/2025/02/13/story/',
  lang: 'en',
  dir: 'ltr',
  source: {
    url: 'https://www.bbc.com/news/articles/c4gmv7dj1k4o',
    name: 'bbc.com',
    foundBy: 'anchor:source link',
  },
  provenance: {
    state: 'republished',
    source: {
      url: 'https://www.bbc.com/news/articles/c4gmv7dj1k4o',
      name: 'bbc.com',
      foundBy: 'anchor:source link',
    },
    evidence: ['anchor:source link'],
  },
  html: '<p>European nations must provide the share.</p><p>Second <a href="https://example.org/x">paragraph</a>.</p>',
  text: 'European nations must provide the share.\n\nSecond paragraph.',
  wordCount: 1200,
  readingMinutes: 5,
  removals: [
    {
      step: 'remove-related-lists',
      rule: 'related-heading',
      reason: 'other-stories',
      data: { heading: 'Related Article' },
      preview: 'Related Article',
      key: '14:1:1',
      after: null,
    },
    {
      step: 'remove-related-lists',
      rule: 'related-heading',
      reason: 'other-stories',
      data: { heading: 'Related Article' },
      preview: 'Ukraine war: what next for the talks · Read more',
      key: '30:2:2',
      after: 'Related Article',
    },
    // The same teaser printed again elsewhere on the page is one block to a reader.
    {
      step: 'remove-repeated-blocks',
      rule: 'text-repeated',
      reason: 'printed-again',
      data: { times: 2 },
      preview: 'Ukraine war: what next for the talks · Read more',
      key: '30:2:2',
      after: null,
    },
    {
      step: 'remove-share-widgets',
      rule: 'share-label',
      reason: 'share-buttons',
      data: {},
      preview: '74 SHARES',
      key: '8:3:3',
      after: null,
    },
  ],
  notes: [],
};

let main: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<main id="main"></main>';
  main = document.getElementById('main') as HTMLElement;
});

describe('the article view', () => {
  it('shows the headline once, byline, date, reading time, the site and the original', () => {
    renderArticle(main, article);
    expect(document.body.dataset.state).toBe('rendered');
    expect([...main.querySelectorAll('h1')].map((h) => h.textContent)).toEqual([article.title]);
    const meta = main.querySelector('.meta')?.textContent ?? '';
    expect(meta).toContain('By Frank Gardner');
    expect(meta).toContain('2025');
    expect(meta).toContain('5 min read');
    // The page's summary under the headline, in the header, not in the body.
    const standfirst = main.querySelector('.article-head .standfirst');
    expect(standfirst?.textContent).toBe(article.standfirst);
    expect(standfirst?.compareDocumentPosition(main.querySelector('.meta') as Node)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(main.querySelector('#article-body')?.textContent).not.toContain('Europe must lead');
    expect(main.querySelector('.provenance')?.textContent).toBe(
      'From bbc.com ↗ · republished by Newsroom Today',
    );
    const original = main.querySelector<HTMLAnchorElement>('#source-link');
    expect(original?.textContent).toBe('From bbc.com ↗');
    expect(original?.href).toBe(article.source?.url);
    expect(original?.target).toBe('_blank');
    expect(original?.rel).toBe('noopener noreferrer');
  });

  it('says "Published by" the site when the page is the publisher’s own, with no link', () => {
    renderArticle(main, {
      ...article,
      site: 'vox.com',
      siteName: 'Vox',
      source: null,
      provenance: { state: 'original', source: null, evidence: ['canonical:same-site'] },
    });
    expect(main.querySelector('.provenance')?.textContent).toBe('Published by Vox');
    expect(main.querySelector('#source-link')).toBeNull();
    expect(main.textContent).not.toContain('not stated');
  });

  it('shows the date the page gives, whatever the reader’s time zone', () => {
    renderArticle(main, { ...article, published: '2025-06-25T23:57:54.000-04:00' });
    const time = main.querySelector('.meta time');
    expect(time?.getAttribute('datetime')).toBe('2025-06-25T23:57:54.000-04:00');
    expect(time?.textContent).toContain('25');
    // A page that prints only the month (WCXB 4498, "2015-11"): the month in words, not the code.
    renderArticle(main, { ...article, published: '2015-11' });
    expect(main.querySelector('.meta time')?.textContent).toBe('November 2015');
  });

  it('keeps the way to the rest of a story the page cut short', () => {
    const source = { url: 'https://news.sky.com/story/x', name: 'Sky News', foundBy: 'anchor:read more' };
    renderArticle(main, {
      ...article,
      source,
      provenance: { state: 'republished', source, evidence: ['truncated', 'anchor:read more'] },
    });
    const rest = main.querySelector<HTMLAnchorElement>('#continue a');
    expect(rest?.textContent).toBe('Continue reading at Sky News ↗');
    expect(rest?.href).toBe(source.url);
    expect(main.querySelector('#continue')?.previousElementSibling?.id).toBe('article-body');
  });

  it('renders the body and opens its links in a new tab without a referrer', () => {
    renderArticle(main, article);
    expect(main.querySelectorAll('#article-body p')).toHaveLength(2);
    const link = main.querySelector<HTMLAnchorElement>('#article-body a');
    expect(link?.target).toBe('_blank');
    expect(link?.rel).toBe('noopener noreferrer');
  });

  it('lists each hidden block once, grouped by a reason a reader understands, largest group first', () => {
    renderArticle(main, article);
    expect(main.querySelector('#removals summary')?.textContent).toBe('3 blocks hidden');
    const groups = [...main.querySelectorAll('#removals .groups > li > strong')].map((g) => g.textContent);
    expect(groups).toEqual(['Links to other stories · 2', 'Share buttons · 1']);
    expect(main.querySelector('#removals .preview')?.textContent).toBe('Related Article');
  });

  it('says when Sift fell back to a plain reading', () => {
    renderArticle(main, { ...article, notes: [{ step: 'safety-net', code: 'plain-reading' }] });
    expect(main.querySelector('#notes')?.textContent).toContain('plain reader');
  });

  it('gives no notice for the standfirst: the reader sees it under the headline', () => {
    renderArticle(main, {
      ...article,
      notes: [
        { step: 'restore-standfirst', code: 'standfirst-restored' },
        { step: 'sanitize', code: 'cut-short' },
      ],
    });
    expect(main.querySelector('#notes')?.textContent).not.toMatch(/summary/i);
    expect(main.querySelector('#notes')?.textContent).toContain('first part');
    renderArticle(main, { ...article, notes: [{ step: 'restore-standfirst', code: 'standfirst-restored' }] });
    expect(main.querySelector('#notes')).toBeNull();
  });

  it('says when a republished story’s original source is not stated, and shows no link', () => {
    renderArticle(main, {
      ...article,
      siteName: 'World Daily Wire',
      source: null,
      provenance: { state: 'unknown', source: null, evidence: ['says:republished'] },
    });
    expect(main.querySelector('#source-link')).toBeNull();
    expect(main.querySelector('.provenance')?.textContent).toBe(
      'Republished by World Daily Wire — original source not stated',
    );
  });

  it('names an origin the page states without a link, and links nothing (agg-nl-bron: "Bron: ANP")', () => {
    renderArticle(main, {
      ...article,
      siteName: 'Gelders Nieuws',
      source: null,
      provenance: { state: 'republished', source: null, named: 'ANP', evidence: ['stated:ANP'] },
    });
    expect(main.querySelector('#source-link')).toBeNull();
    expect(main.querySelector('.provenance a')).toBeNull();
    expect(main.querySelector('.provenance')?.textContent).toBe('From ANP · republished by Gelders Nieuws');
  });

  it('never links a source URL that is not http(s)', () => {
    const source = { url: 'javascript:alert(1)', name: 'x', foundBy: 'anchor' };
    renderArticle(main, { ...article, source, provenance: { state: 'republished', source, evidence: [] } });
    expect(main.querySelector('#source-link')).toBeNull();
    expect(main.querySelector('a[href^="javascript"]')).toBeNull();
    expect(main.querySelector('.provenance')?.textContent).toBe('Republished by Newsroom Today');
  });

  it('renders right-to-left articles right to left', () => {
    renderArticle(main, { ...article, dir: 'rtl', lang: 'ar' });
    expect(main.querySelector('article')?.getAttribute('dir')).toBe('rtl');
    expect(main.querySelector('article')?.getAttribute('lang')).toBe('ar');
  });

  it('keeps the interface’s lines in the interface’s direction inside an Arabic article, names isolated', () => {
    renderArticle(main, {
      ...article,
      dir: 'rtl',
      lang: 'ar',
      byline: 'فرانك غاردنر',
      siteName: 'أخبار اليوم',
    });
    const meta = main.querySelector('.meta') as HTMLElement;
    expect([meta.getAttribute('lang'), meta.getAttribute('dir')]).toEqual(['en', 'ltr']);
    expect(meta.querySelector('.byline bdi')?.textContent).toBe('فرانك غاردنر');
    expect([...main.querySelectorAll('.provenance bdi')].map((b) => b.textContent)).toEqual([
      'bbc.com',
      'أخبار اليوم',
    ]);
    expect(main.querySelector('#title')?.getAttribute('dir')).toBe('auto');
    // "3 blocks hidden": the number is its own run, in the interface's direction.
    const summary = main.querySelector('#removals summary') as HTMLElement;
    expect(main.querySelector('#removals')?.getAttribute('dir')).toBe('ltr');
    expect(summary.querySelector('bdi')?.textContent).toBe('3');
  });

  it('lays the Arabic interface out right to left around an English article', () => {
    useCatalog(arabic);
    try {
      renderArticle(main, article);
      const meta = main.querySelector('.meta') as HTMLElement;
      expect([meta.getAttribute('lang'), meta.getAttribute('dir')]).toEqual(['ar', 'rtl']);
      expect(meta.querySelector('.byline')?.textContent).toBe('بقلم Frank Gardner');
      expect(meta.querySelector('.byline bdi')?.textContent).toBe('Frank Gardner');
      expect(main.querySelector('article')?.getAttribute('dir')).toBe('ltr');
      // Three takes the plural of three to ten (Western or Arabic-Indic digits, as the engine's ICU has it).
      expect(main.querySelector('#removals summary')?.textContent).toMatch(/^[3٣] عناصر مخفية$/);
    } finally {
      useCatalog(null);
    }
  });

  it('sanitizes the body again: no script, handler or javascript: link reaches the page', () => {
    renderArticle(main, {
      ...article,
      html: '<p onclick="alert(1)">x<script>alert(2)</script><a href="javascript:alert(3)">y</a><img src=x onerror="alert(4)"></p><iframe srcdoc="<script>alert(5)</script>"></iframe><style>body{display:none}</style>',
    });
    const body = main.querySelector('#article-body') as HTMLElement;
    expect(body.querySelectorAll('script, iframe, style')).toHaveLength(0);
    expect(body.innerHTML).not.toMatch(/onclick|onerror|javascript:/);
  });
});

describe('the states that are not an article', () => {
  it('shows progress while reading, and says when it is taking long', () => {
    renderLoading(main, false);
    expect(document.body.dataset.state).toBe('loading');
    expect(main.textContent).toBe('Reading the page…');
    renderLoading(main, true);
    expect(main.textContent).toContain('large page');
  });

  it.each([
    [{ kind: 'restricted', url: 'chrome://settings' } as const, 'restricted', 'can’t read this page'],
    [
      { kind: 'restricted', url: 'file:///home/ana/story.html', file: 'chromium' } as const,
      'file-access',
      'turn on “Allow access to file URLs”',
    ],
    [
      { kind: 'restricted', url: 'file:///home/ana/story.html', file: 'firefox' } as const,
      'file-access',
      'Firefox does not let Sift read files',
    ],
    [
      { kind: 'restricted', url: null, file: 'chromium' } as const,
      'restricted-or-file',
      'If this page is a file on your computer',
    ],
    [{ kind: 'no-answer', detail: 'no answer after 20 s' } as const, 'no-answer', 'did not answer'],
    [{ kind: 'no-tab' } as const, 'no-tab', 'No page'],
    [
      {
        kind: 'result',
        result: {
          ok: false,
          reason: 'no-article',
          data: {},
          pageText: 'Home',
          timings: [],
        },
      } as const,
      'no-article',
      'No article found',
    ],
  ])('%j gives a clear message, never a blank popup', (outcome, code, words) => {
    const view = describeFailure(outcome);
    expect(view).not.toBeNull();
    if (!view) return;
    renderError(main, view);
    expect(document.body.dataset.state).toBe('error');
    expect(document.body.dataset.error).toBe(code);
    expect(main.textContent).toContain(words);
    expect(main.querySelector('[role="alert"] p')?.textContent?.length).toBeGreaterThan(20);
  });

  it('offers the page text anyway when there is no article, as plain text', () => {
    renderError(main, {
      code: 'no-article',
      title: 'No article found',
      detail: 'Nothing long enough.',
      action: {
        label: 'Show the page’s text anyway',
        run: () => renderPageText(main, 'First line. Second <b>line</b>.'),
      },
    });
    main.querySelector('button')?.click();
    expect(document.body.dataset.state).toBe('rendered');
    expect(main.querySelectorAll('#article-body p')).toHaveLength(2);
    expect(main.querySelector('b')).toBeNull();
    expect(main.textContent).toContain('Second <b>line</b>.');
  });
});
