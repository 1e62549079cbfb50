import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus';
import { screenshotPath } from './helpers/browsers';
import { launchChromium } from './helpers/chromium';
import { type FirefoxSession, gotoExtensionPage, launchFirefox } from './helpers/firefox';
import { openPopup } from './helpers/real-popup';

/**
 * A page saved on the computer (file://): the browser keeps extensions out until the reader allows
 * it, and the popup must say so with the browser's own fix, not "browsers do not let extensions read
 * their own pages" (issue 12). Screenshots in test-results/reader-file-*.png.
 */
const CHROME_EXT = path.join(ROOT, 'dist/test-chrome');
const FIREFOX_EXT = path.join(ROOT, 'dist/test-firefox');
const paragraph = (i: number) =>
  `<p>Paragraph ${i} of the saved story: the port authority said on Tuesday that the new quay would open in spring, after two years of work that closed the old fish market.</p>`;
const STORY = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The harbour reopens its north quay</title></head>
<body><article><h1>The harbour reopens its north quay</h1>${Array.from({ length: 8 }, (_, i) => paragraph(i + 1)).join('')}</article></body></html>`;

let dir: string;
let fileUrl: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sift-file-'));
  fs.writeFileSync(path.join(dir, 'story.html'), STORY);
  fileUrl = `file://${path.join(dir, 'story.html')}`;
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const READ = `(() => ({ state: document.body.dataset.state, error: document.body.dataset.error ?? null,
  title: document.querySelector('h1')?.textContent ?? '', text: document.querySelector('#main')?.textContent ?? '' }))()`;
interface Read {
  state: string;
  error: string | null;
  title: string;
  text: string;
}

describe('a file:// page in Chromium', () => {
  it('is read while Sift may read files', async () => {
    const session = await launchChromium(CHROME_EXT);
    try {
      const { popup } = await openPopup(session, fileUrl, 'reader-file');
      try {
        expect(await popup.evaluate<Read>(READ)).toMatchObject({
          state: 'rendered',
          title: 'The harbour reopens its north quay',
        });
      } finally {
        await popup.close();
      }
    } finally {
      await session.close();
    }
  });

  it('says to turn on "Allow access to file URLs" while it is off', async () => {
    // The extension's id is fixed by its folder; its switch starts off in the profile, as after install.
    const probe = await launchChromium(CHROME_EXT);
    const id = probe.extensionId;
    await probe.close();
    const session = await launchChromium(CHROME_EXT, {
      preferences: { extensions: { settings: { [id]: { newAllowFileAccess: false } } } },
    });
    try {
      const { popup } = await openPopup(session, fileUrl, 'reader-file');
      try {
        expect(await popup.evaluate<boolean>('chrome.extension.isAllowedFileSchemeAccess()')).toBe(false);
        const r = await popup.evaluate<Read>(READ);
        // Chromium hides a file's address from Sift while the switch is off: the file is named as "if".
        expect(r.state).toBe('error');
        expect(['file-access', 'restricted-or-file']).toContain(r.error);
        expect(r.text).toContain('turn on “Allow access to file URLs”');
        expect(r.text).toContain('chrome://extensions');
        await popup.screenshot('chromium-file-access-off');
      } finally {
        await popup.close();
      }
    } finally {
      await session.close();
    }
  });
});

describe('a file:// page in Firefox', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox(FIREFOX_EXT);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('gets Firefox’s reason, not the one for browser pages', async () => {
    const page: Page = await session.browser.newPage();
    const popup = await session.browser.newPage();
    try {
      await page.goto(fileUrl, { waitUntil: 'domcontentloaded' });
      await gotoExtensionPage(popup, `${session.base}popup.html?probe=1`);
      const tabId = await popup.evaluate(async () => {
        const ext = (globalThis as unknown as { browser: typeof chrome }).browser;
        const self = await ext.tabs.getCurrent();
        const tabs = await ext.tabs.query({ windowId: self?.windowId });
        return tabs.find((t) => t.index === (self?.index ?? 0) - 1)?.id ?? null;
      });
      await gotoExtensionPage(popup, `${session.base}popup.html?tabId=${tabId}`);
      let r: Read | null = null;
      for (let i = 0; i < 300; i++) {
        r = (await popup.evaluate(READ).catch(() => null)) as Read | null;
        if (r && r.state !== 'loading') break;
        await new Promise((res) => setTimeout(res, 50));
      }
      await popup.screenshot({ path: screenshotPath('reader-file-firefox') });
      // Firefox shows no "Access local files" switch for an add-on that asks for no file permission.
      expect(r).toMatchObject({
        state: 'error',
        error: 'file-access',
        title: 'Firefox keeps files from Sift',
      });
      expect(r?.text).not.toContain('their own pages');
    } finally {
      await popup.close();
      await page.close();
    }
  });
});
