import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { screenshotPath } from './browsers';
import { type ChromiumSession, LOAD_TIMEOUT_MS, openToolbarPopup } from './chromium';

/**
 * The reader's tests (issue 12) on Chromium's real toolbar popup: keys pressed as the keyboard would,
 * screenshots under test-results/, and the full-tab reader. The popup itself is driven by chromium.ts.
 */
export interface Popup {
  evaluate<T>(expression: string): Promise<T>;
  /** Presses a key as the keyboard would (focus moves, :focus-visible applies). */
  press(key: 'Tab' | 'Enter' | 'Escape' | ' ' | 'ArrowRight', shift?: boolean): Promise<void>;
  screenshot(name: string): Promise<void>;
  errors: string[];
  close(): Promise<void>;
}

const KEY_CODES = { Tab: 9, Enter: 13, Escape: 27, ' ': 32, ArrowRight: 39 } as const;

export async function openPopup(
  session: ChromiumSession,
  url: string,
  prefix = 'reader-polish',
): Promise<{ popup: Popup; page: Page }> {
  const toolbar = await openToolbarPopup(session, url);
  const { send } = toolbar;
  const popup: Popup = {
    evaluate: toolbar.evaluate,
    errors: toolbar.errors,
    async press(key, shift = false) {
      const code = key === ' ' ? 'Space' : key;
      const common = { key, code, windowsVirtualKeyCode: KEY_CODES[key], modifiers: shift ? 8 : 0 };
      await send('Input.dispatchKeyEvent', {
        type: 'keyDown',
        ...common,
        ...(key === ' ' || key === 'Enter' ? { text: key === ' ' ? ' ' : '\r' } : {}),
      });
      await send('Input.dispatchKeyEvent', { type: 'keyUp', ...common });
    },
    async screenshot(name) {
      const shot = (await send('Page.captureScreenshot', { format: 'png' })).result as { data?: string };
      if (shot?.data) fs.writeFileSync(screenshotPath(`${prefix}-${name}`), Buffer.from(shot.data, 'base64'));
    },
    close: toolbar.close,
  };
  return { popup, page: toolbar.page };
}

/** Opens the story in a tab and Sift's full-tab reader for it. */
export async function openReader(
  session: ChromiumSession,
  url: string,
): Promise<{ reader: Page; errors: string[] }> {
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: LOAD_TIMEOUT_MS });
  const tabId = await session.worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, url);
  const reader = await session.context.newPage();
  const errors: string[] = [];
  reader.on('pageerror', (e) => errors.push(String(e)));
  await reader.goto(`chrome-extension://${session.extensionId}/reader.html?tabId=${tabId}`);
  await reader.waitForFunction(() => document.body.dataset.state !== 'loading', null, { timeout: 30_000 });
  return { reader, errors };
}
