import { describe, expect, it } from 'vitest';
import { page } from '../../tests/helpers/dom';
import {
  collapsedLength,
  countWords,
  fingerprintText,
  hasText,
  isPlainText,
  textOf,
  textWithin,
} from './text';

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

describe('shortcuts that give the same answer as the full computation', () => {
  it('fingerprints plain text as NFKC would: typography holds no letter and combines with nothing', () => {
    const full = (t: string) =>
      t
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '');
    const plain = 'aZ09 .,-\t\u00a0\u00ab\u00b7\u00bb\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026';
    const other = '\u0301\u00e9\u00bd\u2122\u00b2\uff21\u0130\u00df';
    let seed = 7;
    const pick = (s: string) => {
      seed = (seed * 48271) % 2147483647;
      return s[seed % s.length] as string;
    };
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: 1 + (n % 12) }, () => pick(n % 3 ? plain : plain + other)).join('');
      expect(fingerprintText(text), JSON.stringify(text)).toBe(full(text));
    }
    expect(isPlainText('It\u2019s \u201cfine\u201d \u2014 really\u2026')).toBe(true);
    expect(isPlainText('caf\u00e9')).toBe(false);
  });

  it('gives a text only when it is short enough, as collapsing all of it would', () => {
    const doc = page('<body><div id="x">  one   two <b>three</b>\n\n four  </div></body>').window.document;
    const el = doc.getElementById('x') as Element;
    expect(textWithin(el, 18)).toBe('one two three four');
    expect(textWithin(el, 17)).toBeNull();
  });
});
