import { describe, expect, it } from 'vitest';
import { page } from '../../tests/helpers/dom';
import { collapsedLength, countWords, hasText, textOf } from './text';

describe('text measures that build no copy of the text', () => {
  const markup = [
    '<div id="x">  Hello <b>big</b>\u00a0\u3000world \n\t<script> var  a </script><p></p>  </div>',
    '<div id="x"><p>   </p>\u2009<span>\ufeff</span></div>',
    '<div id="x">One<p>two</p>three <a href="/">four</a>  five</div>',
    '<div id="x"><svg><text>In an SVG</text></svg> and out</div>',
  ];

  it.each(markup)('collapsedLength is the length of the collapsed text: %s', (html) => {
    const el = page(`<body>${html}</body>`).window.document.getElementById('x') as Element;
    const length = textOf(el).length;
    expect(collapsedLength(el)).toBe(length);
    // Walking the text nodes and stopping early agrees with reading all the text at once.
    expect(collapsedLength(el, 1_000)).toBe(length);
    expect(Math.min(collapsedLength(el, 3), 3)).toBe(Math.min(length, 3));
    expect(hasText(el)).toBe(length > 0);
  });

  it('counts words between whitespace and CJK characters at two to a word', () => {
    expect(countWords('  Hello, world!  — 42 ')).toBe(3);
    expect(countWords('中文文本很好')).toBe(3);
    expect(countWords('Tokyo東京 is big')).toBe(4);
    expect(countWords('naïve\u00a0café\u3000straße')).toBe(3);
    expect(countWords('')).toBe(0);
  });
});
