import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page, type Worker } from 'playwright-core';
import { CHROMIUM, requireBrowser } from './browsers';
import { IS_SETTLED, type PopupView, READ_POPUP } from './popup-state';

/**
 * Debian's Chromium with the built extension, headless. The real toolbar popup is opened with
 * chrome.action.openPopup() from the service worker, as the toolbar button would; it is not a
 * Playwright page, so it is driven over CDP (Target.attachToTarget, non-flat session). This file is
 * the one driver of that popup: the smoke tests, the reader's tests (real-popup.ts) and the export
 * tests all open it through `openToolbarPopup`.
 */
export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The interface language (--lang and the locale variables), e.g. 'es' or 'ar'. */
  lang?: string;
  /** Written into the new profile's Preferences before the browser starts. */
  preferences?: object;
}

/** A page load is only a hang past this: a 270,000-element page on a busy 2-core machine took over
 * Playwright's default 30 s (reader-large, two copies of npm test at once). */
export const LOAD_TIMEOUT_MS = 150_000;

/** Polls (5 ms apart, plus the evaluation's round trip) for the popup's answer: the bound only catches a hang, however busy the machine
 * (the popup itself gives up after its own READ_TIMEOUT_MS and says so, which is not 'loading'). */
const SETTLE_POLLS = 24_000;

export async function launchChromium(
  extensionDir: string,
  options: LaunchOptions = {},
): Promise<ChromiumSession> {
  requireBrowser(CHROMIUM);
  const ext = path.resolve(extensionDir);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'sift-chromium-'));
  if (options.preferences) {
    fs.mkdirSync(path.join(profile, 'Default'), { recursive: true });
    fs.writeFileSync(path.join(profile, 'Default', 'Preferences'), JSON.stringify(options.preferences));
  }
  const lang = options.lang;
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
      ...(lang ? [`--lang=${lang}`] : []),
    ],
    ...(lang
      ? { env: { ...process.env, LANGUAGE: lang.replace('-', '_'), LANG: `${lang.replace('-', '_')}.UTF-8` } }
      : {}),
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

type Message = { id?: number; method?: string; params?: Record<string, unknown>; result?: unknown };

/** Chromium's real toolbar popup, opened on a page and driven over CDP. */
export interface ToolbarPopup {
  /** Runs an expression in the popup as a user action (awaits promises, returns by value). */
  evaluate<T>(expression: string): Promise<T>;
  /** Sends any CDP command to the popup (Input.*, Page.*). */
  send(method: string, params?: Record<string, unknown>): Promise<Message>;
  /** The browser session the popup was found with (Browser.* commands, download events). */
  cdp: CDPSession;
  /** The tab the popup was opened on. */
  page: Page;
  /** Exceptions thrown in the popup. */
  errors: string[];
  /** Exceptions and console.error calls. */
  consoleErrors: string[];
  /** From the toolbar action to the popup's settled state, in ms (for the benchmark, never asserted). */
  elapsedMs: number;
  /** Closes the popup and the tab. */
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Sets the action's popup first (a query string for the popup, e.g. 'popup.html?x=1'). */
  popup?: string;
}

/** Opens `url` in a tab, clicks the toolbar button (openPopup) and attaches to the real popup. */
export async function openToolbarPopup(
  session: ChromiumSession,
  url: string,
  options: OpenOptions = {},
): Promise<ToolbarPopup> {
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: LOAD_TIMEOUT_MS }).catch(() => undefined);
  await page.bringToFront();
  if (options.popup)
    await session.worker.evaluate((p) => chrome.action.setPopup({ popup: p }), options.popup);
  const started = performance.now();
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
  const cdp = browser ? await browser.newBrowserCDPSession() : await session.context.newCDPSession(page);
  const popupUrl = `chrome-extension://${session.extensionId}/popup.html`; // with or without a query
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
  const pending = new Map<number, (m: Message) => void>();
  const errors: string[] = [];
  const consoleErrors: string[] = [];
  let nextId = 1;
  const onMessage = (event: { sessionId?: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const m = JSON.parse(event.message) as Message;
    if (m.id !== undefined) pending.get(m.id)?.(m);
    if (m.method === 'Runtime.exceptionThrown') {
      errors.push(JSON.stringify(m.params).slice(0, 300));
      consoleErrors.push(JSON.stringify(m.params).slice(0, 300));
    }
    if (m.method === 'Runtime.consoleAPICalled' && m.params?.type === 'error')
      consoleErrors.push(JSON.stringify(m.params.args).slice(0, 300));
  };
  cdp.on('Target.receivedMessageFromTarget', onMessage);
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
    const reply = (
      await send('Runtime.evaluate', {
        expression,
        returnByValue: true,
        awaitPromise: true,
        userGesture: true,
      })
    ).result as { result?: { value?: unknown }; exceptionDetails?: unknown };
    if (reply?.exceptionDetails) throw new Error(JSON.stringify(reply.exceptionDetails).slice(0, 500));
    return reply?.result?.value as T;
  };
  await send('Runtime.enable');
  for (let i = 0; i < SETTLE_POLLS; i++) {
    if ((await evaluate<boolean>(IS_SETTLED)) === true) break;
    await sleep(5);
  }
  const elapsedMs = performance.now() - started;
  return {
    elapsedMs,
    evaluate,
    send,
    cdp,
    page,
    errors,
    consoleErrors,
    async close() {
      await evaluate('window.close()').catch(() => undefined);
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      await cdp.detach().catch(() => undefined);
      await page.close().catch(() => undefined);
    },
  };
}

export interface PopupResult {
  view: PopupView;
  consoleErrors: string[];
  screenshot: Buffer | null;
  /** From the toolbar action to the popup's final state, in ms (for the benchmark, never asserted). */
  elapsedMs: number;
}

/** Opens the page in a tab, clicks the toolbar button and reads what the popup shows. */
export async function readWithPopup(
  session: ChromiumSession,
  url: string,
  popupQuery = '',
): Promise<PopupResult> {
  const popup = await openToolbarPopup(session, url, { popup: `popup.html${popupQuery}` });
  try {
    const view = await popup.evaluate<PopupView>(READ_POPUP);
    const shot = (await popup.send('Page.captureScreenshot', { format: 'png' })).result as
      | { data?: string }
      | undefined;
    return {
      view,
      consoleErrors: popup.consoleErrors,
      screenshot: shot?.data ? Buffer.from(shot.data, 'base64') : null,
      elapsedMs: popup.elapsedMs,
    };
  } finally {
    await popup.close();
  }
}

export function sleep(ms: number) {
  return new Promise((r) => setTimeout(r, ms));
}
