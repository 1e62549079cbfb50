import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Page as PptrPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus';
import { screenshotPath } from './helpers/browsers';
import { type ChromiumSession, launchChromium, sleep } from './helpers/chromium';
import { type FirefoxSession, gotoExtensionPage, launchFirefox } from './helpers/firefox';

/**
 * The full-tab reader's tools in Chromium and Firefox (reader.html?tabId=N, as "Open in tab" and the
 * context menu open it): print and save as PDF, the table of contents, the reading progress, the keys
 * and their help, read aloud (by the speech events, the voice replaced).
 */
const EXT = path.join(ROOT, 'dist/test-chrome');
const SOURCE = 'https://www.bbc.com/news/articles/c0council';

const paragraph = (i: number) =>
  `<p>Paragraph ${i} of the council story: members debated the budget line by line on Tuesday evening, and the chair asked every committee to explain how its spending would change the services that residents rely on, from libraries and buses to the parks that were closed last winter for repairs.</p>`;
const paragraphs = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => paragraph(from + i)).join('');

/** A republished story long enough to scroll, with three subheadings, a photo and a stated source. */
const STORY = `<!doctype html><html lang="en"><head><title>The council passes its budget | Daily Relay</title>
<meta property="og:site_name" content="Daily Relay"></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>The council passes its budget</h1><p class="byline">By Ana Ruiz</p>${paragraphs(1, 6)}
<h2>What the committee said</h2>${paragraphs(7, 12)}
<figure><img src="/photo.png" alt="The council chamber" width="128" height="128"><figcaption>The council chamber on Tuesday.</figcaption></figure>
<h2>The vote</h2>${paragraphs(13, 18)}<h3>Amendments</h3>${paragraphs(19, 24)}
<p>Source: <a href="${SOURCE}">BBC News</a></p></article></body></html>`;

let session: ChromiumSession;
let server: http.Server;
let base: string;

beforeAll(async () => {
  if (!fs.existsSync(EXT))
    throw new Error('dist/test-chrome is missing: run `SIFT_TEST_HOST=1 node build.mjs`');
  const photo = fs.readFileSync(path.join(ROOT, 'icons/icon-128.png'));
  server = http.createServer((req, res) => {
    if (req.url === '/story.html')
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(STORY);
    else if (req.url === '/photo.png') res.writeHead(200, { 'content-type': 'image/png' }).end(photo);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  session = await launchChromium(EXT);
});
afterAll(async () => {
  await session?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Opens the story in a tab and Sift's reader for that tab in another; waits for the article. */
async function openReader(): Promise<{ reader: Page; errors: string[] }> {
  const url = `${base}story.html`;
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const tabId = await session.worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, url);
  expect(tabId).toBeTypeOf('number');
  const reader = await session.context.newPage();
  const errors: string[] = [];
  reader.on('pageerror', (e) => errors.push(String(e)));
  reader.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await reader.goto(`chrome-extension://${session.extensionId}/reader.html?tabId=${tabId}`);
  await reader.waitForFunction(() => document.body.dataset.state !== 'loading', null, { timeout: 30_000 });
  expect(await reader.evaluate(() => document.body.dataset.state)).toBe('rendered');
  return { reader, errors };
}

/** Whether a reader sees the element: rendered, with every ancestor rendered. */
const shown = (reader: Page, selector: string) =>
  reader.evaluate((s) => document.querySelector(s)?.checkVisibility() ?? false, selector);

describe('the reader tab in Chromium', () => {
  it('prints the article, its header, photo and source address, and none of the tools', async () => {
    const { reader, errors } = await openReader();
    // The Print button is in the toolbar and opens the browser's print dialog.
    expect(await shown(reader, '#print')).toBe(true);
    await reader.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await reader.click('#print');
    await reader.keyboard.press('p');
    expect(await reader.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(2);

    await reader.emulateMedia({ media: 'print' });
    for (const tool of ['header.bar', '#toc', '#removals', '#progress'])
      expect(await shown(reader, tool), tool).toBe(false);
    expect(await shown(reader, 'article')).toBe(true);
    expect(await shown(reader, '#article-body img')).toBe(true);
    const after = await reader.evaluate(
      () => getComputedStyle(document.querySelector('#source-link') as Element, '::after').content,
    );
    expect(after).toContain(SOURCE);

    // The same page as a PDF, as "Save as PDF" writes it; its first page as a picture to look at.
    const cdp = await session.context.newCDPSession(reader);
    const { data } = (await cdp.send('Page.printToPDF', { printBackground: true })) as { data: string };
    const pdf = screenshotPath('reader-print').replace(/\.png$/, '.pdf');
    fs.writeFileSync(pdf, Buffer.from(data, 'base64'));
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    if (hasTool('pdftoppm'))
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '70',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        pdf,
        pdf.replace(/\.pdf$/, '-page1'),
      ]);
    if (hasTool('pdftotext')) {
      const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().replace(/\s+/g, ' ');
      expect(text).toContain('The council passes its budget');
      expect(text).toContain('By Ana Ruiz');
      expect(text).toContain(SOURCE);
      expect(text).toContain('Paragraph 24 of the council story');
      for (const tool of ['Open in tab', 'blocks hidden', 'Contents', 'min left', 'Print'])
        expect(text).not.toContain(tool);
    }
    await reader.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
    await reader.close();
  });

  it('offers a table of contents that jumps to each heading, and shows progress and time left', async () => {
    const { reader, errors } = await openReader();
    const entries = await reader.$$eval('#toc li', (li) => li.map((l) => l.textContent));
    expect(entries).toEqual(['What the committee said', 'The vote', 'Amendments']);
    const progress = () =>
      reader.evaluate(() => ({
        value: Number(document.querySelector('#progress')?.getAttribute('aria-valuenow')),
        left: document.querySelector('#time-left')?.textContent,
      }));
    const start = await progress();
    expect(start.value).toBeLessThan(50);
    expect(start.left).toMatch(/^\d+ min left$/);

    await reader.click('#toc a >> text=Amendments');
    await reader.waitForFunction(() => {
      const top = [...document.querySelectorAll('#article-body h3')][0]?.getBoundingClientRect().top ?? -1;
      return top >= 0 && top < 200;
    });
    expect(await reader.evaluate(() => document.activeElement?.textContent)).toBe('Amendments');
    await reader.waitForFunction(
      (v) => Number(document.querySelector('#progress')?.getAttribute('aria-valuenow')) > v,
      start.value,
    );

    await reader.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await reader.waitForFunction(
      () => document.querySelector('#progress')?.getAttribute('aria-valuenow') === '100',
    );
    expect((await progress()).left).toBe('Finished');
    await reader.evaluate(() => window.scrollTo(0, 0));
    fs.writeFileSync(screenshotPath('reader-tab-tools'), await reader.screenshot());
    expect(errors).toEqual([]);
    await reader.close();
  });

  it('answers its keys: text size, theme, contents, help with Escape, visible focus', async () => {
    const { reader, errors } = await openReader();
    const size = () => reader.$eval('article', (a) => Number.parseFloat(getComputedStyle(a).fontSize));
    const before = await size();
    await reader.keyboard.press('+');
    expect(await size()).toBe(before + 1);
    await reader.keyboard.press('-');
    await reader.keyboard.press('-');
    expect(await size()).toBe(before - 1);
    // The settings form follows.
    expect(await reader.$eval('#setting-size', (i) => Number((i as HTMLInputElement).value))).toBe(
      before - 1,
    );

    const theme = () => reader.evaluate(() => document.documentElement.dataset.theme);
    expect(await theme()).toBe('system');
    await reader.keyboard.press('t');
    expect(await theme()).toBe('light');
    await reader.keyboard.press('t');
    expect(await theme()).toBe('sepia');

    await reader.keyboard.press('c');
    expect(await reader.$eval('#toc', (d) => (d as HTMLDetailsElement).open)).toBe(false);
    await reader.keyboard.press('c');
    expect(await reader.$eval('#toc', (d) => (d as HTMLDetailsElement).open)).toBe(true);

    await reader.keyboard.press('?');
    expect(await shown(reader, '#help')).toBe(true);
    const help = await reader.$eval('#help', (el) => (el as HTMLElement).innerText);
    for (const line of ['Bigger text', 'Next theme', 'table of contents', 'Print or save as PDF', 'Esc'])
      expect(help).toContain(line);
    // The reader tab has no "Open in tab".
    expect(help).not.toContain('Open in a full tab');
    fs.writeFileSync(screenshotPath('reader-tab-keys'), await reader.screenshot());
    await reader.keyboard.press('Escape');
    expect(await shown(reader, '#help')).toBe(false);

    // Focus moved with the keyboard is drawn.
    await reader.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await reader.keyboard.press('Tab');
    await reader.keyboard.press('Tab');
    const focus = await reader.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { visible: el.matches(':focus-visible'), outline: getComputedStyle(el).outlineStyle };
    });
    expect(focus).toEqual({ visible: true, outline: 'solid' });
    expect(errors).toEqual([]);
    await reader.close();
  });

  it('offers read aloud and its speed where the browser can speak', async () => {
    const { reader } = await openReader();
    const canSpeak = await reader.evaluate(() => 'speechSynthesis' in window);
    expect(await shown(reader, '#speech')).toBe(canSpeak);
    expect(await reader.$('#setting-speechRate').then(Boolean)).toBe(canSpeak);
    await reader.close();
  });

  it('reads aloud paragraph by paragraph, driven by the speech events', async () => {
    const { reader, errors } = await openReader();
    await checkSpeech(
      (e) => reader.evaluate(e),
      (k) => reader.keyboard.press(k),
    );
    expect(errors).toEqual([]);
    await reader.close();
  });
});

describe('the reader tab in Firefox', () => {
  let firefox: FirefoxSession;
  let reader: PptrPage;
  beforeAll(async () => {
    const ext = path.join(ROOT, 'dist/test-firefox');
    if (!fs.existsSync(ext))
      throw new Error('dist/test-firefox is missing: run `SIFT_TEST_HOST=1 node build.mjs`');
    firefox = await launchFirefox(ext);
    const page = await firefox.browser.newPage();
    await page.goto(`${base}story.html`, { waitUntil: 'domcontentloaded' });
    reader = await firefox.browser.newPage();
    await gotoExtensionPage(reader, `${firefox.base}reader.html?probe=1`);
    const tabId = await reader.evaluate(async (u) => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      return (await api.tabs.query({})).find((t) => t.url === u)?.id ?? null;
    }, `${base}story.html`);
    await gotoExtensionPage(reader, `${firefox.base}reader.html?tabId=${tabId}`);
    for (let i = 0; i < 300; i++) {
      if ((await reader.evaluate(() => document.body.dataset.state)) !== 'loading') break;
      await sleep(50);
    }
  });
  afterAll(async () => {
    await firefox?.close();
  });
  const ffShown = (s: string) =>
    reader.evaluate((sel) => document.querySelector(sel)?.checkVisibility() ?? false, s);

  it('prints the article, its header and source address, and none of the tools', async () => {
    expect(await reader.evaluate(() => document.body.dataset.state)).toBe('rendered');
    expect(await ffShown('#print')).toBe(true);
    const pdf = screenshotPath('reader-print-firefox').replace(/\.png$/, '.pdf');
    fs.writeFileSync(pdf, await reader.pdf({ printBackground: true, format: 'A4' }));
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    if (hasTool('pdftoppm'))
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '70',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        pdf,
        pdf.replace(/\.pdf$/, '-page1'),
      ]);
    if (hasTool('pdftotext')) {
      const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().replace(/\s+/g, ' ');
      expect(text).toContain('The council passes its budget');
      expect(text).toContain('By Ana Ruiz');
      // The address may break across lines on paper.
      expect(text.replace(/\s+/g, '')).toContain(SOURCE);
      expect(text).toContain('Paragraph 24 of the council story');
      for (const tool of ['Open in tab', 'blocks hidden', 'Contents', 'min left', 'Print', 'Markdown'])
        expect(text).not.toContain(tool);
    }
  });

  it('has contents that jump to each heading, progress to the end, and its keys', async () => {
    const entries = await reader.$$eval('#toc li', (li) => li.map((l) => l.textContent));
    expect(entries).toEqual(['What the committee said', 'The vote', 'Amendments']);
    await reader.click('#toc li:last-child a');
    await reader.waitForFunction(() => document.activeElement?.textContent === 'Amendments');
    await reader.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await reader.waitForFunction(
      () => document.querySelector('#progress')?.getAttribute('aria-valuenow') === '100',
    );
    expect(await reader.$eval('#time-left', (el) => el.textContent)).toBe('Finished');
    await reader.evaluate(() => window.scrollTo(0, 0));

    const size = () => reader.$eval('article', (a) => Number.parseFloat(getComputedStyle(a).fontSize));
    const before = await size();
    await reader.keyboard.press('+');
    expect(await size()).toBe(before + 1);
    await reader.keyboard.press('-');
    expect(await size()).toBe(before);
    await reader.keyboard.press('t');
    expect(await reader.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await reader.keyboard.press('c');
    expect(await reader.$eval('#toc', (d) => (d as HTMLDetailsElement).open)).toBe(false);
    await reader.keyboard.press('c');
    await reader.keyboard.press('?');
    expect(await ffShown('#help')).toBe(true);
    await reader.keyboard.press('Escape');
    expect(await ffShown('#help')).toBe(false);
  });

  it('reads aloud paragraph by paragraph, driven by the speech events', async () => {
    expect(await reader.evaluate(() => 'speechSynthesis' in window)).toBe(true);
    await checkSpeech(
      <T>(e: string) => reader.evaluate(e) as Promise<T>,
      (k) => reader.keyboard.press(k as never),
    );
  });
});

/**
 * Read aloud in a real browser with the engine's voice replaced (no sound in a test): the browser's
 * speechSynthesis object keeps everything but speak and cancel, which record the utterances; each
 * paragraph ends by the utterance's own "end" event, as a voice would end it.
 */
const STUB_SPEECH = `(() => {
  window.spoken = [];
  speechSynthesis.speak = (u) => { window.spoken.push(u); };
  speechSynthesis.cancel = () => {};
})()`;
const SPEECH_STATE = `({
  said: window.spoken.map((u) => u.text.slice(0, 40)),
  marked: [...document.querySelectorAll('.speaking')].map((el) => el.textContent.slice(0, 40)),
  pressed: document.getElementById('speak').getAttribute('aria-pressed'),
})`;
const END_UTTERANCE = `window.spoken.at(-1).dispatchEvent(new Event('end'))`;

async function checkSpeech(evaluate: <T>(e: string) => Promise<T>, press: (key: string) => Promise<void>) {
  await evaluate(STUB_SPEECH);
  type State = { said: string[]; marked: string[]; pressed: string };
  await evaluate(`document.getElementById('speak').click()`);
  let state = await evaluate<State>(SPEECH_STATE);
  expect(state).toEqual({
    said: ['The council passes its budget'],
    marked: ['The council passes its budget'],
    pressed: 'true',
  });
  // The title's utterance ends: the first paragraph is read and marked.
  await evaluate(END_UTTERANCE);
  state = await evaluate<State>(SPEECH_STATE);
  expect(state.said[1]).toMatch(/^Paragraph 1 of the council story/);
  expect(state.marked).toEqual([state.said[1]]);
  // "." skips to the next paragraph; "R" pauses; the mark stays where the reader was.
  await press('.');
  state = await evaluate<State>(SPEECH_STATE);
  expect(state.said[2]).toMatch(/^Paragraph 2 of the council story/);
  await press('r');
  state = await evaluate<State>(SPEECH_STATE);
  expect(state.pressed).toBe('false');
  expect(state.marked[0]).toMatch(/^Paragraph 2 of the council story/);
}

function hasTool(name: string): boolean {
  try {
    execFileSync('which', [name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
