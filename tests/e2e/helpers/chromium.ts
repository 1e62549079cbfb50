import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Worker } from 'playwright-core';
import { CHROMIUM, requireBrowser } from './browsers';
import { IS_SETTLED, type PopupView, READ_POPUP } from './popup-state';

/**
 * Debian's Chromium with the built extension, headless. The real toolbar popup is opened with
 * chrome.action.openPopup() from the service worker, as the toolbar button would; it is not a
 * Playwright page, so it is driven over CDP (Target.attachToTarget, non-flat session).
 */
export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchChromium(extensionDir: string): Promise<ChromiumSession> {
  requireBrowser(CHROMIUM);
  const ext = path.resolve(extensionDir);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'sift-chromium-'));
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
    ],
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

export interface PopupResult {
  view: PopupView;
  consoleErrors: string[];
  screenshot: Buffer | null;
  /** From the toolbar action to the popup's final state, in ms. */
  elapsedMs: number;
}

/** Opens the page in a tab, clicks the toolbar button (openPopup) and reads the real popup. */
export async function readWithPopup(
  session: ChromiumSession,
  url: string,
  timeoutMs = 20_000,
  popupQuery = '',
): Promise<PopupResult> {
  const page = await session.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded' }).catch(() => undefined);
    await page.bringToFront();
    await session.worker.evaluate((q) => chrome.action.setPopup({ popup: `popup.html${q}` }), popupQuery);
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
    try {
      return await drivePopup(cdp, session.extensionId, timeoutMs, started);
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  } finally {
    await page.close();
  }
}

type Message = {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
};

async function drivePopup(
  cdp: CDPSession,
  extensionId: string,
  timeoutMs: number,
  started: number,
): Promise<PopupResult> {
  const popupUrl = `chrome-extension://${extensionId}/popup.html`; // with or without a query
  const deadline = Date.now() + timeoutMs;
  let targetId: string | undefined;
  while (!targetId && Date.now() < deadline) {
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
  const consoleErrors: string[] = [];
  const pending = new Map<number, (m: Message) => void>();
  let nextId = 1;
  const onMessage = (event: { sessionId?: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const m = JSON.parse(event.message) as Message;
    if (m.id !== undefined) pending.get(m.id)?.(m);
    if (m.method === 'Runtime.exceptionThrown') consoleErrors.push(JSON.stringify(m.params).slice(0, 300));
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
  const evaluate = async (expression: string) =>
    (
      (await send('Runtime.evaluate', { expression, returnByValue: true })).result as {
        result?: { value?: unknown };
      }
    )?.result?.value;
  try {
    await send('Runtime.enable');
    while (Date.now() < deadline && (await evaluate(IS_SETTLED)) !== true) await sleep(5);
    const elapsedMs = performance.now() - started;
    const view = (await evaluate(READ_POPUP)) as PopupView;
    const shot = (await send('Page.captureScreenshot', { format: 'png' })).result as
      | { data?: string }
      | undefined;
    await evaluate('window.close()');
    return {
      view,
      consoleErrors,
      screenshot: shot?.data ? Buffer.from(shot.data, 'base64') : null,
      elapsedMs,
    };
  } finally {
    cdp.off('Target.receivedMessageFromTarget', onMessage);
  }
}

function sleep(ms: number) {
  return new Promise((r) => setTimeout(r, ms));
}
