import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page, type Worker } from 'playwright-core';
import { CHROMIUM, requireBrowser, screenshotPath } from './browsers';

/** A page load is only a hang past this: a 270,000-element page on a busy 2-core machine took over
 * Playwright's default 30 s (reader-large, two copies of npm test at once). */
const LOAD_TIMEOUT_MS = 150_000;

/**
 * Chromium's real toolbar popup for the reader's tests (issue 12): Debian's Chromium with the test
 * build in an interface language of the test's choosing, the popup opened by chrome.action.openPopup()
 * and driven over CDP (it is not a Playwright page), and the reader tab.
 */
export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * Debian's Chromium with the test build; `lang` sets the interface language (--lang); `preferences`
 * are written into the new profile before the browser starts.
 */
export async function launch(ext: string, lang = 'en-US', preferences?: object): Promise<Session> {
  requireBrowser(CHROMIUM);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'sift-polish-'));
  if (preferences) {
    fs.mkdirSync(path.join(profile, 'Default'), { recursive: true });
    fs.writeFileSync(path.join(profile, 'Default', 'Preferences'), JSON.stringify(preferences));
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${lang}`,
    ],
    env: { ...process.env, LANGUAGE: lang.replace('-', '_'), LANG: `${lang.replace('-', '_')}.UTF-8` },
    viewport: { width: 1000, height: 800 },
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Chromium's real toolbar popup, driven over CDP (it is not a Playwright page). */
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
  session: Session,
  url: string,
  prefix = 'reader-polish',
): Promise<{ popup: Popup; page: Page }> {
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: LOAD_TIMEOUT_MS });
  await page.bringToFront();
  const opened = await session.worker.evaluate(async () => {
    try {
      await chrome.action.openPopup();
      return 'ok';
    } catch (error) {
      return String(error);
    }
  });
  if (opened !== 'ok') throw new Error(`openPopup: ${opened}`);
  const browser = session.context.browser();
  const cdp: CDPSession = browser
    ? await browser.newBrowserCDPSession()
    : await session.context.newCDPSession(page);
  const popupUrl = `chrome-extension://${session.extensionId}/popup.html`;
  let targetId: string | undefined;
  for (let i = 0; i < 200 && !targetId; i++) {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; url: string }[];
    };
    targetId = targetInfos.find((t) => t.url.startsWith(popupUrl))?.targetId;
    if (!targetId) await sleep(50);
  }
  if (!targetId) throw new Error('the popup did not open');
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as {
    sessionId: string;
  };
  type Message = { id?: number; method?: string; params?: Record<string, unknown>; result?: unknown };
  const pending = new Map<number, (m: Message) => void>();
  const errors: string[] = [];
  let nextId = 1;
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId?: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const m = JSON.parse(event.message) as Message;
    if (m.id !== undefined) pending.get(m.id)?.(m);
    if (m.method === 'Runtime.exceptionThrown') errors.push(JSON.stringify(m.params).slice(0, 300));
  });
  const send = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<Message>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      void cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method, params }),
      });
    });
  const evaluate = async <T>(expression: string): Promise<T> => {
    const reply = (await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }))
      .result as { result?: { value?: unknown }; exceptionDetails?: unknown };
    if (reply?.exceptionDetails) throw new Error(JSON.stringify(reply.exceptionDetails).slice(0, 500));
    return reply?.result?.value as T;
  };
  await send('Runtime.enable');
  // Wait for the popup's answer however busy the machine is: the bound only catches a hang (the popup
  // itself gives up after READ_TIMEOUT_MS and says so, which is not 'loading').
  for (let i = 0; i < 2400; i++) {
    if (await evaluate<boolean>(`document.body?.dataset.state !== 'loading'`)) break;
    await sleep(50);
  }
  const popup: Popup = {
    evaluate,
    errors,
    async press(key, shift = false) {
      const code = key === ' ' ? 'Space' : key;
      const common = {
        key,
        code,
        windowsVirtualKeyCode: KEY_CODES[key],
        modifiers: shift ? 8 : 0,
      };
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
    async close() {
      await evaluate('window.close()').catch(() => undefined);
      await cdp.detach().catch(() => undefined);
      await page.close().catch(() => undefined);
    },
  };
  return { popup, page };
}

/** Opens the story in a tab and Sift's full-tab reader for it. */
export async function openReader(session: Session, url: string): Promise<{ reader: Page; errors: string[] }> {
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

function sleep(ms: number) {
  return new Promise((r) => setTimeout(r, ms));
}
