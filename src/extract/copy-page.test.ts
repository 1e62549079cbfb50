import { describe, expect, it } from 'vitest';
import { page } from '../../tests/helpers/dom';
import { copyPage } from './copy-page';

const HTML = `<!doctype html><html lang="de"><head><title>Der Titel</title><base href="/news/">
<style>p { color: red }</style><link rel="canonical" href="https://example.org/story">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Der Titel"}</script></head>
<body><style>.ad { display: none }</style><article><p>Erster Absatz <a href="next">weiter</a>.</p>
<svg><style>circle { fill: red }</style></svg></article></body></html>`;

describe('the copy of the page', () => {
  it('keeps the address, the base, the head and the story, without the style sheets', () => {
    const dom = page(HTML, 'https://example.org/2024/story.html');
    const doc = dom.window.document;
    const copy = copyPage(doc);
    expect(copy).not.toBe(doc);
    expect(copy.URL).toBe(doc.URL);
    // Links of the story resolve as on the page (its <base>).
    expect(copy.baseURI).toBe('https://example.org/news/');
    expect(copy.title).toBe('Der Titel');
    expect(copy.documentElement.getAttribute('lang')).toBe('de');
    expect(copy.compatMode).toBe(doc.compatMode);
    expect(copy.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://example.org/story',
    );
    expect(copy.querySelector('script[type="application/ld+json"]')?.textContent).toContain('NewsArticle');
    expect(copy.querySelector('article p')?.textContent).toBe('Erster Absatz weiter.');
    expect(copy.querySelectorAll('style')).toHaveLength(0);
    dom.window.close();
  });

  it('leaves the page as it was', () => {
    const dom = page(HTML, 'https://example.org/2024/story.html');
    const doc = dom.window.document;
    const before = doc.documentElement.outerHTML;
    const copy = copyPage(doc);
    copy.body.querySelector('article')?.remove();
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.querySelectorAll('style')).toHaveLength(3);
    dom.window.close();
  });
});
