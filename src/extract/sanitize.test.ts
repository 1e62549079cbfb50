import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { READABILITY_PAGES } from '../../tests/helpers/corpus';
import { page } from '../../tests/helpers/dom';
import { FIRST_PIECE_ELEMENTS, PIECE_ELEMENTS, sanitizedCopy, sanitizeInPieces } from './sanitize';

/**
 * Sanitizing piece by piece (a page read plainly for want of time) is the same policy as sanitizing in
 * one call, and it stops between pieces when told to.
 */
const never = { skip: () => false, prepare: () => {}, outOfTime: () => false };

function bothWays(html: string): { whole: string; pieces: string; complete: boolean } {
  const a = page(html, 'https://news.example/story');
  const b = page(html, 'https://news.example/story');
  try {
    const win = a.window as unknown as Window & typeof globalThis;
    const whole = sanitizedCopy(a.window.document.body, win);
    const got = sanitizeInPieces(
      b.window.document.body,
      b.window as unknown as Window & typeof globalThis,
      never,
    );
    // The pieces stay as plain <div>s; every <div> is attribute-less after sanitizing, on both sides.
    const plain = (s: string) => s.replace(/<\/?div>/g, '');
    return {
      whole: plain(whole?.innerHTML ?? ''),
      pieces: plain(got.content.innerHTML),
      complete: got.whole,
    };
  } finally {
    a.window.close();
    b.window.close();
  }
}

const sentence = 'The council met again on Thursday and agreed the budget for the coming year. ';

describe('sanitizing piece by piece', () => {
  it.each(['wikipedia', 'guardian-1', 'mathjax', 'embedded-videos'])(
    'gives the markup one call gives on Readability test page %s',
    (name) => {
      const html = fs.readFileSync(path.join(READABILITY_PAGES, name, 'source.html'), 'utf8');
      const { whole, pieces, complete } = bothWays(html);
      expect(complete).toBe(true);
      expect(pieces).toBe(whole);
    },
  );

  it('a large form around the story keeps the story without the form; a large template is left out whole', () => {
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1}. ${sentence}</p>`).join('');
    const html = `<body><form action="/post"><article>${many(PIECE_ELEMENTS + 50)}</article></form><template>${many(PIECE_ELEMENTS + 10)}</template><p onclick="alert(1)">End.</p></body>`;
    const { whole, pieces } = bothWays(html);
    expect(pieces).toBe(whole);
    expect(pieces).toContain(`Paragraph ${PIECE_ELEMENTS + 50}.`);
    expect(pieces).not.toMatch(/<form|<template|onclick/);
  });

  it('stops between pieces once out of time: the first part, in order, and says it is not whole', () => {
    const n = PIECE_ELEMENTS * 4;
    const dom = page(
      `<body><article>${Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1}. ${sentence}</p>`).join('')}</article></body>`,
    );
    try {
      let asked = 0;
      const got = sanitizeInPieces(
        dom.window.document.body,
        dom.window as unknown as Window & typeof globalThis,
        {
          ...never,
          outOfTime: () => ++asked >= 2,
        },
      );
      expect(got.whole).toBe(false);
      const text = got.content.textContent ?? '';
      expect(text).toContain('Paragraph 1. ');
      // Two pieces, the second twice the first.
      expect(text).toContain(`Paragraph ${FIRST_PIECE_ELEMENTS * 3}. `);
      expect(text).not.toContain(`Paragraph ${FIRST_PIECE_ELEMENTS * 3 + 1}. `);
      expect(text).not.toContain(`Paragraph ${n}. `);
    } finally {
      dom.window.close();
    }
  });

  it("copying from the page itself, the copies live in an inert document: an <img onerror> is never the page's", () => {
    const html = `<body><article><p>Paragraph 1. ${sentence}</p><img src="/x.png" onerror="document.title='ran'"><p>Paragraph 2. ${sentence}</p></article></body>`;
    const dom = page(html, 'https://news.example/story');
    try {
      const doc = dom.window.document;
      const before = doc.documentElement.outerHTML;
      const got = sanitizeInPieces(doc.body, dom.window as unknown as Window & typeof globalThis, {
        ...never,
        copy: true,
      });
      expect(got.content.ownerDocument).not.toBe(doc);
      expect(got.content.ownerDocument.defaultView).toBeNull();
      expect(got.content.innerHTML).not.toContain('onerror');
      expect(got.content.textContent).toContain('Paragraph 2. ');
      expect(doc.documentElement.outerHTML).toBe(before);
    } finally {
      dom.window.close();
    }
  });
});
