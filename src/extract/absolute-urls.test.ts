import { describe, expect, it } from 'vitest';
import { page } from '../../tests/helpers/dom';
import { absolutize } from './absolute-urls';

describe('absolutize', () => {
  it('resolves links, images and srcset against the page, keeps fragments and drops what cannot resolve', () => {
    const dom = page(
      `<body><div id="a"><a href="/news/b">B</a> <a href="#notes">notes</a> <a href="https://other.example/c">C</a><img src="img/p.jpg" srcset="img/p-2x.jpg 2x, //cdn.example/p-3x.jpg 3x"><a href="http://[bad">bad</a></div></body>`,
      'https://site.example/2025/story.html',
    );
    const root = dom.window.document.getElementById('a') as Element;
    absolutize(root, dom.window.document.baseURI);
    const attr = (sel: string, name: string) => root.querySelector(sel)?.getAttribute(name);
    expect(attr('a', 'href')).toBe('https://site.example/news/b');
    expect(attr('a[href^="#"]', 'href')).toBe('#notes');
    expect(attr('a:nth-of-type(3)', 'href')).toBe('https://other.example/c');
    expect(attr('img', 'src')).toBe('https://site.example/2025/img/p.jpg');
    expect(attr('img', 'srcset')).toBe(
      'https://site.example/2025/img/p-2x.jpg 2x, https://cdn.example/p-3x.jpg 3x',
    );
    expect(root.querySelectorAll('a')[3]?.hasAttribute('href')).toBe(false);
    dom.window.close();
  });
});
