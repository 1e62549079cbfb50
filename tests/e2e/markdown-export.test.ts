import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus';
import { screenshotPath } from './helpers/browsers';
import { type ChromiumSession, launchChromium, openToolbarPopup, sleep } from './helpers/chromium';
import { type FirefoxSession, gotoExtensionPage, launchFirefox } from './helpers/firefox';

/**
 * "Copy as Markdown" and "Save as Markdown" in real browsers: what lands on the clipboard and in the
 * downloaded file must be the Markdown a person wrote by hand for tests/markdown/source.html (served
 * here from the test server, so its addresses are the server's).
 */
const CHROME_EXT = path.join(ROOT, 'dist/test-chrome');
const FIREFOX_EXT = path.join(ROOT, 'dist/test-firefox');
const DIR = path.join(ROOT, 'tests/markdown');
const ORIGIN = 'https://streets-digest.example/';
const PATH = '2025/06/how-the-city-counts-its-cyclists';
const FILE = 'how-the-city-counts-its-cyclists.md';

let server: http.Server;
let base: string;
/** The hand-written Markdown, with the page's addresses on the test server. */
let expected: string;

beforeAll(async () => {
  for (const dir of [CHROME_EXT, FIREFOX_EXT])
    if (!fs.existsSync(dir)) throw new Error(`${dir} is missing: run \`SIFT_TEST_HOST=1 node build.mjs\``);
  const photo = fs.readFileSync(path.join(ROOT, 'icons/icon-128.png'));
  server = http.createServer((req, res) => {
    if (req.url === `/${PATH}`)
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(fs.readFileSync(path.join(DIR, 'source.html'), 'utf8').replaceAll(ORIGIN, base));
    else if (req.url === '/images/river-bridge-counter.jpg')
      res.writeHead(200, { 'content-type': 'image/png' }).end(photo);
    else if (req.url === '/paste')
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end('<!doctype html><title>Paste</title><textarea id="paste" rows="20" cols="80"></textarea>');
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  expected = fs.readFileSync(path.join(DIR, 'expected.md'), 'utf8').replaceAll(ORIGIN, base);
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

describe('Markdown in Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium(CHROME_EXT);
    // Chromium grants no permission to an extension's origin from outside: the test reads the
    // clipboard from the web page's origin instead (one clipboard for the whole browser).
    await session.context.grantPermissions(['clipboard-read'], { origin: base.slice(0, -1) });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the reader tab copies and saves the Markdown a person wrote', async () => {
    const page = await session.context.newPage();
    await page.goto(`${base}${PATH}`, { waitUntil: 'domcontentloaded' });
    const tabId = await session.worker.evaluate(
      async (u) => (await chrome.tabs.query({ url: u }))[0]?.id,
      `${base}${PATH}`,
    );
    const reader = await session.context.newPage();
    const errors: string[] = [];
    reader.on('pageerror', (e) => errors.push(String(e)));
    await reader.goto(`chrome-extension://${session.extensionId}/reader.html?tabId=${tabId}`);
    await reader.waitForFunction(() => document.body.dataset.state !== 'loading', null, { timeout: 30_000 });

    // The menu is closed until its button is clicked.
    expect(await reader.isVisible('#copy-markdown')).toBe(false);
    await reader.click('#markdown summary');
    await reader.click('#copy-markdown');
    await reader.waitForFunction(() => document.getElementById('markdown-status')?.textContent === 'Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    fs.writeFileSync(screenshotPath('markdown-menu-tab'), await reader.screenshot());

    const [download] = await Promise.all([reader.waitForEvent('download'), reader.click('#save-markdown')]);
    expect(download.suggestedFilename()).toBe(FILE);
    expect(fs.readFileSync(await download.path(), 'utf8')).toBe(expected);
    expect(await reader.textContent('#markdown-status')).toBe(`Saved as ${FILE}.`);

    // Escape closes the menu; the reader stays as it was.
    await reader.keyboard.press('Escape');
    expect(await reader.isVisible('#copy-markdown')).toBe(false);
    expect(errors).toEqual([]);
    await reader.close();
    await page.close();
  });

  it('the toolbar popup copies and saves the same Markdown', async () => {
    const popup = await openToolbarPopup(session, `${base}${PATH}`);
    const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'sift-md-'));
    try {
      expect(await popup.evaluate<string>(`document.body.dataset.state`)).toBe('rendered');
      await popup.evaluate(`document.querySelector('#markdown summary').click()`);
      await popup.evaluate(`document.getElementById('copy-markdown').click()`);
      let status = '';
      for (let i = 0; i < 100 && status !== 'Copied.'; i++) {
        status = await popup.evaluate<string>(`document.getElementById('markdown-status').textContent`);
        if (status !== 'Copied.') await sleep(50);
      }
      expect(status).toBe('Copied.');
      expect(await popup.page.evaluate(() => navigator.clipboard.readText())).toBe(expected);

      // What the popup saves goes through the browser's own download, into a folder of our choosing.
      const done = new Promise<string>((resolve) => {
        let name = '';
        popup.cdp.on('Browser.downloadWillBegin', (e: { suggestedFilename: string }) => {
          name = e.suggestedFilename;
        });
        popup.cdp.on('Browser.downloadProgress', (e: { state: string }) => {
          if (e.state === 'completed') resolve(name);
        });
      });
      await popup.cdp.send('Browser.setDownloadBehavior', {
        behavior: 'allow',
        downloadPath: downloads,
        eventsEnabled: true,
      });
      await popup.evaluate(`document.getElementById('save-markdown').click()`);
      const name = await done;
      expect(name).toBe(FILE);
      expect(fs.readFileSync(path.join(downloads, FILE), 'utf8')).toBe(expected);
      expect(popup.errors).toEqual([]);
    } finally {
      await popup.close();
      fs.rmSync(downloads, { recursive: true, force: true });
    }
  });
});

describe('Markdown in Firefox', () => {
  let session: FirefoxSession;
  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'sift-md-firefox-'));
  beforeAll(async () => {
    session = await launchFirefox(FIREFOX_EXT, {
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
    });
  });
  afterAll(async () => {
    await session?.close();
    fs.rmSync(downloads, { recursive: true, force: true });
  });

  it('the reader copies (pasted back into a page) and saves the Markdown a person wrote', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${base}${PATH}`, { waitUntil: 'domcontentloaded' });
    const reader = await session.browser.newPage();
    const errors: string[] = [];
    reader.on('pageerror', (e) => errors.push(String(e)));
    await gotoExtensionPage(reader, `${session.base}reader.html?probe=1`);
    const tabId = await reader.evaluate(async (u) => {
      const ext = (globalThis as unknown as { browser: typeof chrome }).browser;
      return (await ext.tabs.query({})).find((t) => t.url === u)?.id ?? null;
    }, `${base}${PATH}`);
    expect(tabId).toBeTypeOf('number');
    await gotoExtensionPage(reader, `${session.base}reader.html?tabId=${tabId}`);
    for (let i = 0; i < 300; i++) {
      if (await reader.evaluate(() => document.body.dataset.state !== 'loading')) break;
      await sleep(50);
    }
    expect(await reader.evaluate(() => document.body.dataset.state)).toBe('rendered');

    await reader.click('#markdown summary');
    await reader.click('#copy-markdown');
    await reader.waitForFunction(() => document.getElementById('markdown-status')?.textContent === 'Copied.');
    // Firefox lets only a paste read the clipboard: paste it into a text field, as a person would.
    const paste = await session.browser.newPage();
    await paste.goto(`${base}paste`, { waitUntil: 'domcontentloaded' });
    await paste.focus('#paste');
    await paste.keyboard.down('Control');
    await paste.keyboard.press('v');
    await paste.keyboard.up('Control');
    await paste.waitForFunction(() => (document.getElementById('paste') as HTMLTextAreaElement).value !== '');
    expect(await paste.$eval('#paste', (t) => (t as HTMLTextAreaElement).value)).toBe(expected);
    await paste.close();

    await reader.bringToFront();
    expect(await reader.$eval('#markdown', (d) => (d as HTMLDetailsElement).open)).toBe(true);
    await reader.click('#save-markdown');
    expect(await reader.$eval('#markdown-status', (s) => s.textContent)).toBe(`Saved as ${FILE}.`);
    const file = path.join(downloads, FILE);
    for (let i = 0; i < 200 && !(fs.existsSync(file) && fs.statSync(file).size > 0); i++) await sleep(50);
    expect(fs.readFileSync(file, 'utf8')).toBe(expected);
    expect(errors).toEqual([]);
    await reader.close();
    await page.close();
  });
});
