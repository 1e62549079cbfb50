import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX, requireBrowser } from './browsers';
import { IS_SETTLED, type PopupView, READ_POPUP } from './popup-state';

/**
 * Firefox ESR driven by puppeteer-core over WebDriver BiDi (no geckodriver, no downloads). The add-on
 * is installed as a temporary add-on with a pinned moz-extension UUID; the popup page is opened in a
 * tab with ?tabId=N, the way the context menu opens the reader.
 */
const UUID = '3b0f7d52-4c1e-4f0a-9a57-5f1d2c8e6a10';

export interface FirefoxSession {
  browser: Browser;
  base: string;
  close(): Promise<void>;
}

/** `prefs`: more Firefox preferences for one test file (where downloads go, for instance). */
export async function launchFirefox(
  extensionDir: string,
  prefs: Record<string, string | number | boolean> = {},
): Promise<FirefoxSession> {
  requireBrowser(FIREFOX);
  const dir = path.resolve(extensionDir);
  const id = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')).browser_specific_settings
    .gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1000, height: 800 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [id]: UUID }),
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      ...prefs,
    },
  });
  await browser.installExtension(dir);
  return { browser, base: `moz-extension://${UUID}/`, close: () => browser.close() };
}

/** Puppeteer's BiDi navigation never sees a moz-extension:// load finish: start it and poll. */
export async function gotoExtensionPage(page: Page, url: string, timeoutMs = 15_000) {
  page.goto(url, { timeout: timeoutMs }).catch(() => undefined);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await page
      .evaluate((want) => location.href === want && document.readyState === 'complete', url)
      .catch(() => false);
    if (ok) return;
    await sleep(50);
  }
  throw new Error(`could not open ${url}`);
}

export interface FirefoxResult {
  view: PopupView;
  consoleErrors: string[];
  screenshot: Buffer;
}

/** Opens the page, then Sift's popup page for that tab, and reads what it shows. */
export async function readWithPopupTab(
  session: FirefoxSession,
  url: string,
  timeoutMs = 20_000,
): Promise<FirefoxResult> {
  const page = await session.browser.newPage();
  const popup = await session.browser.newPage();
  const consoleErrors: string[] = [];
  popup.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  popup.on('pageerror', (e) => consoleErrors.push(String(e)));
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 10_000 }).catch(() => undefined);
    await gotoExtensionPage(popup, `${session.base}popup.html?probe=1`);
    // The page's tab was opened just before this one. (Its URL is hidden for browser pages.)
    const tabId = await popup.evaluate(async () => {
      const ext = (globalThis as unknown as { browser: typeof chrome }).browser;
      const self = await ext.tabs.getCurrent();
      const tabs = await ext.tabs.query({ windowId: self?.windowId });
      return tabs.find((t) => t.index === (self?.index ?? 0) - 1)?.id ?? null;
    });
    if (tabId === null) throw new Error(`no tab has ${url}`);
    await gotoExtensionPage(popup, `${session.base}popup.html?tabId=${tabId}`);
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline && !(await popup.evaluate(IS_SETTLED).catch(() => false))) await sleep(50);
    const view = (await popup.evaluate(READ_POPUP)) as PopupView;
    const screenshot = Buffer.from(await popup.screenshot({ type: 'png' }));
    return { view, consoleErrors, screenshot };
  } finally {
    await popup.close().catch(() => undefined);
    await page.close().catch(() => undefined);
  }
}

function sleep(ms: number) {
  return new Promise((r) => setTimeout(r, ms));
}
