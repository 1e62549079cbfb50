import browser from 'webextension-polyfill';
import type { ExtractResult } from '../extract/types';
import { sendToTab } from '../shared/messages';

/** Every way reading a tab can end, as the popup shows it. */
export type ReadOutcome =
  | { kind: 'result'; result: ExtractResult }
  /**
   * `file`: the page is (or, when the browser hides its address, may be) a file on the computer, kept
   * from Sift by Chromium's "Allow access to file URLs" being off, or by Firefox.
   */
  | { kind: 'restricted'; url: string | null; file?: 'chromium' | 'firefox' }
  | { kind: 'no-answer'; detail: string }
  | { kind: 'no-tab' };

export const READ_TIMEOUT_MS = 20_000;

const RESTRICTED_SCHEMES =
  /^(chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|data|javascript):/i;
const RESTRICTED_HOSTS =
  /^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)(\/|$)/i;
const PDF_VIEWER = /\.pdf([?#]|$)/i;

/**
 * Pages browsers do not let extensions read: browser pages, the web stores, the PDF viewer. A file://
 * page is tried (Chromium reads it once the reader allows Sift access to file URLs); when the browser
 * refuses, the outcome says whether a file could be the reason, and the popup explains that setting.
 */
export function isRestrictedUrl(url: string): boolean {
  return RESTRICTED_SCHEMES.test(url) || RESTRICTED_HOSTS.test(url) || PDF_VIEWER.test(url);
}

export function isFileUrl(url: string | null): boolean {
  return url !== null && /^file:/i.test(url);
}

/** Chromium and Firefox say these when a page may not be scripted. */
const DENIED =
  /cannot access|cannot be scripted|missing host permission|extensions gallery|not allowed|permission|chrome:\/\/|about:/i;

export async function findTab(param: string | null): Promise<browser.Tabs.Tab | null> {
  if (param !== null && /^\d+$/.test(param)) {
    try {
      return await browser.tabs.get(Number(param));
    } catch {
      return null;
    }
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab ?? null;
}

export async function readTab(
  tab: browser.Tabs.Tab | null,
  disable: string[],
  keep: string[] = [],
  maxElements?: number,
): Promise<ReadOutcome> {
  if (!tab || tab.id === undefined) return { kind: 'no-tab' };
  const url = tab.url ?? null;
  if (url && isRestrictedUrl(url)) return { kind: 'restricted', url };
  try {
    const injected = await browser.scripting.executeScript({
      target: { tabId: tab.id },
      files: ['content.js'],
    });
    // Firefox answers with no frames, rather than an error, for pages it keeps to itself (about:…).
    if (!injected || injected.length === 0) return { kind: 'restricted', url };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (isFileUrl(url) || (url === null && DENIED.test(message))) return fileRefused(url);
    if (DENIED.test(message)) return { kind: 'restricted', url };
    return { kind: 'no-answer', detail: message };
  }
  try {
    const request = maxElements ? { disable, keep, maxElements } : { disable, keep };
    const result = await withTimeout(sendToTab(tab.id, 'extract', request), READ_TIMEOUT_MS);
    return { kind: 'result', result };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // Nothing listens in a tab whose address we may not even see: the browser kept Sift out.
    if (url === null && /receiving end does not exist/i.test(detail)) return { kind: 'restricted', url };
    return { kind: 'no-answer', detail };
  }
}

/**
 * A page refused that is a file, or whose address the browser hides (it does for a file Sift may not
 * read, as for its own pages). Chromium has a per-extension switch, "Allow access to file URLs", that
 * `extension.isAllowedFileSchemeAccess()` reports; Firefox shows no such switch for an add-on that asks
 * for no file permission (and its `isAllowedFileSchemeAccess` always answers false).
 */
async function fileRefused(url: string | null): Promise<ReadOutcome> {
  if (typeof browser.runtime.getBrowserInfo === 'function')
    return { kind: 'restricted', url, file: 'firefox' };
  const allowed = await browser.extension.isAllowedFileSchemeAccess().catch(() => false);
  return allowed ? { kind: 'restricted', url } : { kind: 'restricted', url, file: 'chromium' };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer after ${ms / 1000} s`)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}
