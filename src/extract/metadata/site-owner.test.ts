import { describe, expect, it } from 'vitest';
import { read, STORY } from '../../../tests/helpers/metadata';

describe('site owner', () => {
  it('names a personal site’s owner when the story names no writer (WCXB 0419, 0436, 2498)', () => {
    const byline = (body: string, url: string) =>
      read('', `${body}<article><h1>The seven habits of ineffective agents</h1>${STORY}</article>`, url)
        .owner;
    // The home link at the top, on an address made of the name.
    expect(
      byline(
        '<nav><a href="/">Pierce Freeman</a><a href="/notes">Notes</a></nav>',
        'https://pierce.dev/notes/x',
      ),
    ).toBe('Pierce Freeman');
    // The copyright line at the foot.
    expect(
      read(
        '',
        `<article><h1>The seven habits of ineffective agents</h1>${STORY}</article><footer>© 2025 Toby Hede. All rights reserved.</footer>`,
        'https://tobyhede.com/blog/x',
      ).owner,
    ).toBe('Toby Hede');
  });

  it('names no company, no site named after something else, and no name the address does not spell', () => {
    const byline = (home: string, url: string) =>
      read('', `<nav><a href="/">${home}</a></nav><article><h1>A story</h1>${STORY}</article>`, url).owner;
    expect(byline('Engora Data Blog', 'https://blog.engora.com/2025/12/x.html')).toBeNull();
    expect(byline('Jane Doe', 'https://news.example/2025/06/story')).toBeNull();
    expect(byline('Playful', 'https://playful.com/x')).toBeNull();
  });
});
