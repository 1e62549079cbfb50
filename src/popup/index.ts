import browser from 'webextension-polyfill';
import { findTab, type ReadOutcome, readTab } from './read-tab';
import { describeFailure, renderArticle, renderError, renderLoading, renderPageText } from './render';
import { applySettings, loadSettings, saveSettings } from './settings';
import { buildSettingsPanel } from './settings-panel';

/**
 * The popup and the full-tab reader (the same page; reader.html?tabId=N is the tab). Finds the tab,
 * asks the content script for the article, and hands every outcome to the renderer.
 */
const SLOW_MS = 1500;

const params = new URLSearchParams(location.search);
const isTab = location.pathname.endsWith('/reader.html');
document.documentElement.dataset.mode = isTab ? 'tab' : 'popup';

const main = document.getElementById('main') as HTMLElement;
const settingsBox = document.getElementById('settings') as HTMLElement;
const settingsToggle = document.getElementById('settings-toggle') as HTMLButtonElement;
const openTab = document.getElementById('open-tab') as HTMLButtonElement;

async function start() {
  const settings = await loadSettings();
  applySettings(document.documentElement, settings);
  settingsBox.append(
    buildSettingsPanel(settings, (next) => {
      applySettings(document.documentElement, next);
      void saveSettings(next);
    }),
  );
  settingsToggle.addEventListener('click', () => {
    const open = settingsBox.hidden;
    settingsBox.hidden = !open;
    settingsToggle.setAttribute('aria-expanded', String(open));
  });

  renderLoading(main, false);
  const slow = setTimeout(() => renderLoading(main, true), SLOW_MS);
  const tab = await findTab(params.get('tabId'));
  let outcome: ReadOutcome;
  try {
    // ?disable=id,id switches filters off (to compare, and for the benchmark's Readability-only runs).
    const disable = (params.get('disable') ?? '').split(',').filter(Boolean);
    outcome = await readTab(tab, disable);
  } finally {
    clearTimeout(slow);
  }
  show(outcome);

  // The full-tab reader is offered only for an article, and not from the tab itself.
  openTab.hidden = isTab || !tab?.id || document.body.dataset.state !== 'rendered';
  openTab.addEventListener('click', async () => {
    await browser.tabs.create({ url: browser.runtime.getURL(`reader.html?tabId=${tab?.id}`) });
    window.close();
  });
}

function show(outcome: ReadOutcome) {
  if (outcome.kind === 'result' && outcome.result.ok) {
    renderArticle(main, outcome.result.article);
    return;
  }
  const view = describeFailure(outcome);
  if (!view) return;
  if (outcome.kind === 'result' && !outcome.result.ok && outcome.result.pageText) {
    const text = outcome.result.pageText;
    view.action = { label: 'Show the page’s text anyway', run: () => renderPageText(main, text) };
  }
  renderError(main, view);
}

start().catch((error: unknown) => {
  renderError(main, {
    code: 'failed',
    title: 'Sift could not read this page',
    detail: error instanceof Error ? error.message : String(error),
  });
});
