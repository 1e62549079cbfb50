import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page as PptrPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus';
import { screenshotPath } from './helpers/browsers';
import { type ChromiumSession, launchChromium, sleep } from './helpers/chromium';
import { type FirefoxSession, gotoExtensionPage, launchFirefox } from './helpers/firefox';

/**
 * "Always open Sift on this site" in Chromium and Firefox (test builds, whose access to 127.0.0.1 is
 * what the browser grants when the reader says yes; the browsers' own permission prompt cannot be
 * answered in headless mode). Ticked in the reader's settings, it makes the next article of the site
 * open in a reader tab by itself; a page without an article opens nothing; a new article in the same
 * tab reloads that reader tab; Stop in the settings' list ends it.
 */
const story = (title: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1><p class="byline">By Ana Ruiz</p>${Array.from(
    { length: 6 },
    (_, i) =>
      `<p>Paragraph ${i + 1} of “${title}”: the committee met on Thursday to discuss the budget, and several members asked for more time to read the report before the vote at the end of the month.</p>`,
  ).join('')}</article></body></html>`;
// An app shell that never fills in: "This page is empty".
const HOME = `<!doctype html><html><head><title>App</title></head><body><div id="app"></div></body></html>`;
const PAGES: Record<string, string> = {
  '/a.html': story('The first story'),
  '/b.html': story('The second story'),
  '/c.html': story('The third story'),
  '/home.html': HOME,
};

let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const page = PAGES[req.url ?? ''];
    if (page) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

const SITE = 'http://127.0.0.1';
const STATE = `document.body.dataset.state`;
const SITES = `[...document.querySelectorAll('#always-open-sites li')].map((li) => li.dataset.site)`;

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const v = await read().catch(() => undefined);
    if (v !== undefined && ok(v)) return v;
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('always open in Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    const ext = path.join(ROOT, 'dist/test-chrome');
    if (!fs.existsSync(ext)) throw new Error('run `SIFT_TEST_HOST=1 node build.mjs`');
    session = await launchChromium(ext);
  });
  afterAll(async () => {
    await session?.close();
  });

  const tabIdOf = (url: string) =>
    session.worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id ?? null, url);
  const handled = (tabId: number) =>
    session.worker.evaluate(
      async (k) => (await chrome.storage.session.get(k))[k] as { url: string; found?: boolean } | undefined,
      `auto:${tabId}`,
    );
  const readers = () =>
    session.context
      .pages()
      .filter((p) => p.url().startsWith(`chrome-extension://${session.extensionId}/reader.html`));

  it('ticked in the settings, opens the reader by itself for articles of the site only, until Stop', async () => {
    // Reading the first story, the reader ticks "Always open Sift on 127.0.0.1".
    const first = await session.context.newPage();
    await first.goto(`${base}/a.html`);
    const reader = await session.context.newPage();
    await reader.goto(
      `chrome-extension://${session.extensionId}/reader.html?tabId=${await tabIdOf(`${base}/a.html`)}`,
    );
    await reader.waitForFunction(() => document.body.dataset.state === 'rendered');
    await reader.click('#settings-toggle');
    expect(await reader.textContent('label[for="always-open"]')).toBe(' Always open Sift on 127.0.0.1');
    expect(await reader.isChecked('#always-open')).toBe(false);
    expect(await reader.textContent('#always-open-sites')).toContain('No site yet.');
    await reader.click('#always-open');
    await until(
      () => reader.evaluate(SITES) as Promise<string[]>,
      (s) => s.length === 1,
      'the site listed',
    );
    expect(await reader.isChecked('#always-open')).toBe(true);
    expect(await reader.evaluate(SITES)).toEqual([SITE]);
    fs.writeFileSync(screenshotPath('always-open-settings'), await reader.screenshot());

    // Another article of the site, in a new tab: its reader opens beside it by itself.
    const page = await session.context.newPage();
    const opened = session.context.waitForEvent('page', (p) => p.url().includes('reader.html?tabId='));
    await page.goto(`${base}/b.html`);
    const auto = await opened;
    await auto.waitForFunction(() => document.body.dataset.state === 'rendered');
    expect(await auto.textContent('#title')).toBe('The second story');
    const tabId = (await tabIdOf(`${base}/b.html`)) as number;
    expect(auto.url()).toContain(`reader.html?tabId=${tabId}`);
    const placed = await session.worker.evaluate(
      async ([page, url]) => {
        const [reader] = await chrome.tabs.query({ url });
        const tab = await chrome.tabs.get(page as number);
        return { opener: reader?.openerTabId, next: reader?.index === tab.index + 1 };
      },
      [tabId, auto.url()] as const,
    );
    expect(placed).toEqual({ opener: tabId, next: true });

    // A page of the site without an article: read, and nothing opens.
    const before = readers().length;
    await page.goto(`${base}/home.html`);
    const home = await until(
      () => handled(tabId),
      (h) => h?.url === `${base}/home.html` && h.found !== undefined,
      'home read',
    );
    expect(home?.found).toBe(false);
    expect(readers().length).toBe(before);

    // The next article in the same tab reloads that reader tab rather than adding one.
    await page.goto(`${base}/c.html`);
    await until(
      () => handled(tabId),
      (h) => h?.url === `${base}/c.html` && h.found === true,
      'c read',
    );
    await auto.waitForFunction(() => document.getElementById('title')?.textContent === 'The third story');
    expect(readers().length).toBe(before);

    // Stop, from the settings' list: the site is off the list and the box unticked.
    await reader.bringToFront();
    await reader.click('#always-open-sites button');
    await until(
      () => reader.evaluate(SITES) as Promise<string[]>,
      (s) => s.length === 0,
      'the list emptied',
    );
    expect(await reader.textContent('#always-open-sites')).toContain('No site yet.');
    expect(await reader.isChecked('#always-open')).toBe(false);
    expect(
      await session.worker.evaluate(async () => (await chrome.storage.local.get('alwaysOpen')).alwaysOpen),
    ).toEqual([]);
    for (const p of [first, reader, page, auto]) await p.close();
  });
});

describe('always open in Firefox', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    const ext = path.join(ROOT, 'dist/test-firefox');
    if (!fs.existsSync(ext)) throw new Error('run `SIFT_TEST_HOST=1 node build.mjs`');
    // Optional permissions granted without the prompt (a real browser asks the person).
    session = await launchFirefox(ext, { 'extensions.webextOptionalPermissionPrompts': false });
  });
  afterAll(async () => {
    await session?.close();
  });

  /** Sift's page for a tab, rendered. */
  async function openSiftPage(page: PptrPage, query: string) {
    await gotoExtensionPage(page, `${session.base}reader.html?${query}`);
    await until(
      () => page.evaluate(STATE),
      (s) => s !== 'loading',
      'the reader',
    );
  }
  const tabIdOf = (ext: PptrPage, url: string) =>
    ext.evaluate(async (u) => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      return (await api.tabs.query({})).find((t) => t.url === u)?.id ?? null;
    }, url);

  it('the manifest lets Sift ask for one site it was not given, and give it back', async () => {
    // localhost is not in the test build's host access: only optional_host_permissions allows asking.
    const page = await session.browser.newPage();
    await openSiftPage(page, 'probe=1');
    const api = `(globalThis.browser.permissions)`;
    const has = () =>
      page.evaluate(`${api}.contains({ origins: ['http://localhost/*'] })`) as Promise<boolean>;
    expect(await has()).toBe(false);
    // The request must come from a click: a button the test adds, clicked as a person would.
    await page.evaluate(`(() => {
      const b = document.createElement('button');
      b.id = 'ask';
      b.textContent = 'ask';
      b.style.cssText = 'position:fixed;top:0;left:0;z-index:9';
      b.addEventListener('click', () => { window.asked = ${api}.request({ origins: ['http://localhost/*'] }); });
      document.body.append(b);
    })()`);
    await page.click('#ask');
    expect(await page.evaluate('window.asked')).toBe(true);
    expect(await has()).toBe(true);
    expect(await page.evaluate(`${api}.remove({ origins: ['http://localhost/*'] })`)).toBe(true);
    expect(await has()).toBe(false);
    await page.close();
  });

  it('ticked in the settings, opens the reader by itself for an article of the site only, until Stop', async () => {
    const first = await session.browser.newPage();
    await first.goto(`${base}/a.html`, { waitUntil: 'domcontentloaded' });
    const reader = await session.browser.newPage();
    await openSiftPage(reader, 'probe=1');
    await openSiftPage(reader, `tabId=${await tabIdOf(reader, `${base}/a.html`)}`);
    expect(await reader.evaluate(STATE)).toBe('rendered');
    await reader.click('#settings-toggle');
    await reader.click('#always-open');
    await until(
      () => reader.evaluate(SITES) as Promise<string[]>,
      (s) => s.length === 1,
      'the site listed',
    );
    expect(await reader.evaluate(SITES)).toEqual([SITE]);
    expect(await reader.$eval('#always-open', (b) => (b as HTMLInputElement).checked)).toBe(true);

    const page = await session.browser.newPage();
    await page.goto(`${base}/b.html`, { waitUntil: 'domcontentloaded' });
    const tabId = (await tabIdOf(reader, `${base}/b.html`)) as number;
    const handled = () =>
      reader.evaluate(async (k) => {
        const api = (globalThis as unknown as { browser: typeof chrome }).browser;
        return (await api.storage.session.get(k))[k] as { url: string; found?: boolean } | undefined;
      }, `auto:${tabId}`);
    const b = await until(handled, (h) => h?.url === `${base}/b.html` && h.found !== undefined, 'b read');
    expect(b?.found).toBe(true);
    // Puppeteer names a moz-extension page about:blank: each page says where it is.
    const readerPages = async (query: string) => {
      const found: PptrPage[] = [];
      for (const p of await session.browser.pages())
        if ((await p.evaluate(() => location.href).catch(() => '')).includes(query)) found.push(p);
      return found;
    };
    const auto = await until(
      async () => (await readerPages(`reader.html?tabId=${tabId}`))[0],
      (p) => p !== undefined,
      'the reader tab',
    );
    if (!auto) throw new Error('no reader tab');
    await until(
      () => auto.evaluate(`document.getElementById('title')?.textContent`),
      (t) => t === 'The second story',
      'the auto reader',
    );

    // No article: nothing new opens (read first, then counted).
    const count = async () => (await readerPages('reader.html?tabId=')).length;
    const before = await count();
    await page.goto(`${base}/home.html`, { waitUntil: 'domcontentloaded' });
    const home = await until(
      handled,
      (h) => h?.url === `${base}/home.html` && h.found !== undefined,
      'home read',
    );
    expect(home?.found).toBe(false);
    expect(await count()).toBe(before);

    await reader.bringToFront();
    await reader.click('#always-open-sites button');
    await until(
      () => reader.evaluate(SITES) as Promise<string[]>,
      (s) => s.length === 0,
      'the list emptied',
    );
    expect(await reader.$eval('#always-open', (b) => (b as HTMLInputElement).checked)).toBe(false);
    for (const p of [first, reader, page, auto]) await p.close();
  });
});
