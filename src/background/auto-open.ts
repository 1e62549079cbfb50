import browser from 'webextension-polyfill';
import { readTab } from '../popup/read-tab';
import { forgetRevoked, isAlwaysOpen, originOf } from '../shared/always-open';

/**
 * "Always open Sift on this site". When a page of a site the reader chose (and the browser still lets
 * Sift read) has finished loading in a tab, Sift reads it; only when it holds an article does the
 * reader tab open, beside the page, in front only if the page is in front (a link opened in the
 * background gets its reader in the background). A page already handled in that tab (a reload, a
 * second "complete" for the same address) opens nothing more; a new article in the same tab reloads
 * the reader tab Sift opened for it, if it is still open, instead of adding another tab.
 */
export interface Handled {
  url: string;
  /** The reader tab Sift opened for the tab (for this page or an earlier one), or null. */
  reader: number | null;
  /** Whether the page held an article (unset while it is being read). */
  found?: boolean;
}

/** What to do with a page that finished loading: nothing, read it. Pure, for the tests. */
export function shouldRead(url: string | undefined, last: Handled | undefined): boolean {
  if (!url || !originOf(url)) return false;
  return last?.url !== url;
}

const key = (tabId: number) => `auto:${tabId}`;

async function lastHandled(tabId: number): Promise<Handled | undefined> {
  try {
    return (await browser.storage.session.get(key(tabId)))[key(tabId)] as Handled | undefined;
  } catch {
    return undefined;
  }
}

async function remember(tabId: number, handled: Handled): Promise<void> {
  try {
    await browser.storage.session.set({ [key(tabId)]: handled });
  } catch {}
}

async function onLoaded(tab: browser.Tabs.Tab): Promise<void> {
  const origin = originOf(tab.url);
  if (tab.id === undefined || !origin || !(await isAlwaysOpen(origin))) return;
  const last = await lastHandled(tab.id);
  if (!shouldRead(tab.url, last)) return;
  await remember(tab.id, { url: tab.url ?? '', reader: last?.reader ?? null });
  const outcome = await readTab(tab, []);
  const found = outcome.kind === 'result' && outcome.result.ok;
  // A page without an article opens nothing; the reader tab of the last article stays as it is.
  const reader = found ? await openReader(tab, tab.id, last?.reader ?? null) : (last?.reader ?? null);
  await remember(tab.id, { url: tab.url ?? '', reader, found });
}

async function openReader(
  tab: browser.Tabs.Tab,
  tabId: number,
  previous: number | null,
): Promise<number | null> {
  const url = browser.runtime.getURL(`reader.html?tabId=${tabId}`);
  if (previous !== null) {
    try {
      const reader = await browser.tabs.update(previous, { url, active: tab.active });
      return reader.id ?? null;
    } catch {} // closed since: open a new one
  }
  const reader = await browser.tabs.create({
    url,
    index: tab.index + 1,
    openerTabId: tabId,
    active: tab.active,
  });
  return reader.id ?? null;
}

export function listenForAlwaysOpen() {
  browser.tabs.onUpdated.addListener((_tabId, change, tab) => {
    if (change.status === 'complete') void onLoaded(tab).catch(() => undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session?.remove(key(tabId)).catch(() => undefined);
  });
  browser.permissions.onRemoved.addListener((removed) => {
    void forgetRevoked(removed.origins);
  });
}
