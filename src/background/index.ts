import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { listenForAlwaysOpen } from './auto-open';

/**
 * The toolbar button and its shortcut open the popup by themselves (manifest `action` and
 * `_execute_action`). The background adds two things: "Read with Sift" in the page's context menu,
 * which opens the reader in a new tab (the menu click grants activeTab for the page, as a toolbar
 * click does, so the reader can read it), and the reader opened by itself on the sites where the
 * reader asked for it (auto-open.ts).
 */
const MENU_ID = 'sift-read-page';

browser.runtime.onInstalled.addListener(() => {
  browser.contextMenus.create({ id: MENU_ID, title: t('menuRead'), contexts: ['page', 'selection'] });
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
  void browser.tabs.create({
    url: browser.runtime.getURL(`reader.html?tabId=${tab.id}`),
    index: (tab.index ?? 0) + 1,
    openerTabId: tab.id,
  });
});

listenForAlwaysOpen();
