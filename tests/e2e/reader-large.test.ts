import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ELEMENTS } from '../../src/extract/pipeline';
import { ROOT } from '../helpers/corpus';
import { type ChromiumSession, launchChromium } from './helpers/chromium';
import { openPopup } from './helpers/real-popup';

/**
 * A page of 270,000 elements whose story is 12 paragraphs (issue 12): over the engine's element limit,
 * it is refused at first, with an offer to read it anyway, and that reading shows the story.
 */
const CHROME_EXT = path.join(ROOT, 'dist/test-chrome');
const TITLE = 'The harbour reopens its north quay';
const paragraph = (i: number) =>
  `<p>Paragraph ${i} of the harbour story: the port authority said on Tuesday that the new quay would open in spring, after two years of work that closed the old fish market and moved the ferries to the north pier.</p>`;
// A product grid of 22,500 cards of 12 elements each, beside the story: 270,000 elements in all.
const card =
  '<li><a href="/p"><img alt=""><b>Item</b><i>€</i><s>old</s><em>new</em><u>x</u><small>y</small><sup>1</sup><sub>2</sub><q>z</q></a></li>';
const PAGE = `<!doctype html><html lang="en"><head><title>${TITLE}</title></head><body>
<main><article><h1>${TITLE}</h1>${Array.from({ length: 12 }, (_, i) => paragraph(i + 1)).join('')}</article></main>
<aside><ul>${card.repeat(22_500)}</ul></aside></body></html>`;

let server: http.Server;
let base: string;
let session: ChromiumSession;

beforeAll(async () => {
  server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  session = await launchChromium(CHROME_EXT);
});
afterAll(async () => {
  await session?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('a page over the element limit, in Chromium’s real popup', () => {
  it('is refused with an offer to read it anyway, and reading it anyway shows the 12 paragraphs', async () => {
    const { popup } = await openPopup(session, `${base}large.html`, 'reader-large');
    try {
      const first = await popup.evaluate<{ error: string; text: string; action: string }>(`({
        error: document.body.dataset.error, text: document.querySelector('.message p')?.textContent ?? '',
        action: document.querySelector('.message button.action')?.textContent ?? '' })`);
      expect(first.error).toBe('too-large');
      const elements = Number(/([\d,]+) elements/.exec(first.text)?.[1]?.replace(/,/g, ''));
      expect(elements).toBeGreaterThan(MAX_ELEMENTS);
      expect(first.action).toBe('Read it anyway');
      await popup.screenshot('refused');
      await popup.evaluate(`document.querySelector('.message button.action').click()`);
      let read: { state: string; title: string; paragraphs: number } | null = null;
      for (let i = 0; i < 2400; i++) {
        read = await popup
          .evaluate<{ state: string; title: string; paragraphs: number }>(`({
            state: location.search.includes('large=') ? document.body?.dataset.state : 'old',
            title: document.getElementById('title')?.textContent ?? '',
            paragraphs: document.querySelectorAll('#article-body p').length })`)
          .catch(() => null);
        if (read && (read.state === 'rendered' || read.state === 'error')) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(read).toMatchObject({ state: 'rendered', title: TITLE });
      expect(read?.paragraphs).toBeGreaterThanOrEqual(12);
      // The headline once, above the article: the body starts with the story, not the page's <h1> again.
      const body = await popup.evaluate<string>(`document.getElementById('article-body')?.textContent ?? ''`);
      expect(body).not.toContain(TITLE);
      expect(body).toContain('Paragraph 1 of the harbour story');
      await popup.screenshot('read-anyway');
    } finally {
      await popup.close();
    }
  });
});
