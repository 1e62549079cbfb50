import type { CDPSession, Page } from 'playwright-core';
import type { ChromiumSession } from './chromium';

/** A page load is only a hang past this: a 270,000-element page on a busy 2-core machine took over
 * Playwright's default 30 s (reader-large, two copies of npm test at once). */
const LOAD_TIMEOUT_MS = 150_000;

/**
 * Chromium's real toolbar popup, opened with chrome.action.openPopup() on a page and driven over CDP
 * (it is not a Playwright page): evaluate with a user gesture (clicks that need one, such as the
 * clipboard), and the browser's download events for what the popup saves.
 */
export interface ToolbarPopup {
  /** Runs an expression in the popup as a user action (awaits promises, returns by value). */
  evaluate<T>(expression: string): Promise<T>;
  /** The browser session the popup was found with (Browser.* commands, download events). */
  cdp: CDPSession;
  page: Page;
  errors: string[];
  close(): Promise<void>;
}

type Message = { id?: number; method?: string; params?: Record<string, unknown>; result?: unknown };

export async function openToolbarPopup(session: ChromiumSession, url: string): Promise<ToolbarPopup> {
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: LOAD_TIMEOUT_MS });
  await page.bringToFront();
  const opened = await session.worker.evaluate(async () => {
    try {
      await chrome.action.setPopup({ popup: 'popup.html' });
      await chrome.action.openPopup();
      return 'ok';
    } catch (error) {
      return String(error);
    }
  });
  if (opened !== 'ok') throw new Error(`openPopup: ${opened}`);
  const browser = session.context.browser();
  const cdp = browser ? await browser.newBrowserCDPSession() : await session.context.newCDPSession(page);
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
  for (let i = 0; i < 2400; i++) {
    if (await evaluate<boolean>(`document.body?.dataset.state !== 'loading'`)) break;
    await sleep(50);
  }
  return {
    evaluate,
    cdp,
    page,
    errors,
    async close() {
      await evaluate('window.close()').catch(() => undefined);
      await cdp.detach().catch(() => undefined);
      await page.close().catch(() => undefined);
    },
  };
}

export function sleep(ms: number) {
  return new Promise((r) => setTimeout(r, ms));
}
