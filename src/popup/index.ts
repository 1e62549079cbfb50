import browser from 'webextension-polyfill';
import type { Article, Removal } from '../extract/types';
import {
  allowAlwaysOpen,
  alwaysOpenSites,
  isAlwaysOpen,
  originOf,
  stopAlwaysOpen,
} from '../shared/always-open';
import { t } from '../shared/i18n';
import { buildAlwaysOpenSection, buildAlwaysOpenToggle } from './always-open-ui';
import { h } from './dom';
import { markRestored } from './drawer';
import { allKept, forgetKept, keptFor, rememberKept, siteOf } from './kept';
import { bindKeys, type KeyAction } from './keys';
import { localizeDocument } from './localize';
import { browserExportEnv, buildMarkdownMenu } from './markdown-export';
import { buildPrintButton, printPage } from './print';
import { attachProgress } from './progress';
import { findTab, type ReadOutcome, readTab } from './read-tab';
import { describeFailure, renderArticle, renderError, renderLoading, renderPageText } from './render';
import { applySettings, LIMITS, loadSettings, type Settings, saveSettings } from './settings';
import { buildKeptSection, buildSettingsPanel } from './settings-panel';
import { buildSpeechControls, Speaker, speakableBlocks, speechEnv } from './speech';
import { boxTables } from './tables';
import { buildToc, toggleToc } from './toc';

/**
 * The popup and the full-tab reader (the same page; reader.html?tabId=N is the tab). Finds the tab,
 * asks the content script for the article, and hands every outcome to the renderer.
 */
const SLOW_MS = 1500;

const params = new URLSearchParams(location.search);
const isTab = location.pathname.endsWith('/reader.html');
localizeDocument(document);
document.documentElement.dataset.mode = isTab ? 'tab' : 'popup';

const main = document.getElementById('main') as HTMLElement;
const settingsBox = document.getElementById('settings') as HTMLElement;
const settingsToggle = document.getElementById('settings-toggle') as HTMLButtonElement;
const openTab = document.getElementById('open-tab') as HTMLButtonElement;
const tools = document.querySelector('.tools') as HTMLElement;
const speech = speechEnv();
const THEMES: Settings['theme'][] = ['system', 'light', 'sepia', 'dark'];

let settings: Settings;
let speaker: Speaker | null = null;
let toc: HTMLDetailsElement | null = null;
/** The origin of the page being read (http(s) only), once the tab is known. */
let pageOrigin: string | null = null;

function changeSettings(next: Settings) {
  settings = next;
  applySettings(document.documentElement, next);
  speaker?.setRate(next.speechRate);
  void saveSettings(next);
}

/** The settings form, built again when a key changed a setting so that it shows the new value. */
function showSettingsPanel() {
  settingsBox.replaceChildren(buildSettingsPanel(settings, changeSettings, { speech: speech !== null }));
  void showKept();
  void showAlwaysOpen();
}

/**
 * "Always open Sift on <this site>" for the page being read, and the sites where Sift opens by itself,
 * each with Stop; placed before the blocks put back, and built again after each change.
 */
async function showAlwaysOpen() {
  const origin = pageOrigin;
  const [sites, on] = await Promise.all([alwaysOpenSites(), origin ? isAlwaysOpen(origin) : false]);
  const toggle = origin
    ? buildAlwaysOpenToggle(origin, on, async (next) => {
        let ok = true;
        if (next) ok = await allowAlwaysOpen(origin);
        else await stopAlwaysOpen(origin);
        await showSites();
        return ok;
      })
    : null;
  const box = h('div', { id: 'always-open-box' }, toggle);
  settingsBox.querySelector('#always-open-box')?.remove();
  settingsBox.insertBefore(box, settingsBox.querySelector('#kept'));
  await showSites(sites);
}

async function showSites(known?: string[]) {
  const sites = known ?? (await alwaysOpenSites());
  const section = buildAlwaysOpenSection(sites, async (origin) => {
    await stopAlwaysOpen(origin);
    const box = settingsBox.querySelector<HTMLInputElement>('#always-open-site input');
    if (box && origin === pageOrigin) box.checked = false;
    await showSites();
    settingsBox.querySelector<HTMLElement>('#always-open-title')?.focus();
  });
  const box = settingsBox.querySelector('#always-open-box');
  box?.querySelector('#always-open-sites')?.remove();
  box?.append(section);
}

/** The settings' list of blocks put back, per site; forgetting a site's blocks lists them again. */
async function showKept() {
  const section = buildKeptSection(await allKept(), async (site) => {
    await forgetKept(site);
    await showKept();
    settingsBox.querySelector<HTMLElement>('#kept-title')?.focus();
  });
  settingsBox.querySelector('#kept')?.remove();
  settingsBox.append(section);
}

function resize(by: number) {
  const { min, max } = LIMITS.size;
  changeSettings({ ...settings, size: Math.min(max, Math.max(min, settings.size + by)) });
  showSettingsPanel();
}

async function start() {
  settings = await loadSettings();
  applySettings(document.documentElement, settings);
  showSettingsPanel();
  const openSettings = (open: boolean) => {
    settingsBox.hidden = !open;
    settingsToggle.setAttribute('aria-expanded', String(open));
  };
  settingsToggle.addEventListener('click', () =>
    openSettings(settingsToggle.getAttribute('aria-expanded') !== 'true'),
  );
  // Escape closes the settings; on the window, so the keys' help overlay (on the document) takes it first.
  window.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented || settingsBox.hidden) return;
    event.preventDefault();
    openSettings(false);
    settingsToggle.focus();
  });

  renderLoading(main, false);
  const slow = setTimeout(() => renderLoading(main, true), SLOW_MS);
  const tab = await findTab(params.get('tabId'));
  const site = siteOf(tab?.url);
  const kept = await keptFor(site);
  pageOrigin = originOf(tab?.url);
  void showAlwaysOpen();
  let outcome: ReadOutcome;
  try {
    // ?disable=id,id switches filters off (to compare, and for the benchmark's Readability-only runs).
    const disable = (params.get('disable') ?? '').split(',').filter(Boolean);
    // ?large=N: the reader chose to read a page of N elements, over the engine's limit, anyway.
    const large = Number(params.get('large')) || undefined;
    outcome = await readTab(
      tab,
      disable,
      kept.map((b) => b.key),
      large,
    );
  } finally {
    clearTimeout(slow);
  }
  show(outcome, site);
  // Back from "Put back" (?restored=key): the block the reader put back, shown where it is now.
  const restored = kept.find((b) => b.key === params.get('restored'));
  const body = document.getElementById('article-body');
  if (restored && site && body) markRestored(body, restored.preview, site);

  // The full-tab reader is offered only for an article, and not from the tab itself.
  openTab.hidden = isTab || !tab?.id || document.body.dataset.state !== 'rendered';
  openTab.addEventListener('click', async () => {
    speaker?.stop();
    await browser.tabs.create({ url: browser.runtime.getURL(`reader.html?tabId=${tab?.id}`) });
    window.close();
  });

  const keys: Partial<Record<KeyAction, () => void>> = {
    bigger: () => resize(LIMITS.size.step),
    smaller: () => resize(-LIMITS.size.step),
    theme: () => {
      changeSettings({
        ...settings,
        theme: THEMES[(THEMES.indexOf(settings.theme) + 1) % THEMES.length] ?? 'system',
      });
      showSettingsPanel();
    },
  };
  if (!openTab.hidden) keys.openTab = () => openTab.click();
  if (toc) {
    const t = toc;
    keys.contents = () => toggleToc(t);
  }
  if (isTab && document.body.dataset.state === 'rendered') keys.print = () => printPage();
  if (speaker) {
    const s = speaker;
    keys.speak = () => s.toggle();
    keys.next = () => s.next();
    keys.previous = () => s.previous();
  }
  bindKeys(document, keys);
}

/** The reader's tools around a rendered article: contents, progress, print, Markdown, read aloud. */
function addReaderTools(article: Article) {
  const articleEl = main.querySelector('article') as HTMLElement;
  const body = document.getElementById('article-body') as HTMLElement;
  boxTables(body);
  toc = buildToc(body);
  if (toc) body.before(toc);
  if (isTab) {
    document.querySelector('header.bar')?.append(attachProgress(articleEl, article.readingMinutes));
    tools.insertBefore(buildPrintButton(), openTab);
  }
  tools.insertBefore(buildMarkdownMenu(article, browserExportEnv()), openTab);
  if (speech) {
    const title = document.getElementById('title');
    const blocks = [...(title ? [title] : []), ...speakableBlocks(body)];
    speaker = new Speaker(speech, blocks, article.lang, settings.speechRate);
    tools.insertBefore(
      buildSpeechControls(speaker, {
        group: t('readAloud'),
        play: t('readAloud'),
        pause: t('pause'),
        previous: t('previousParagraph'),
        next: t('nextParagraph'),
      }),
      tools.firstChild,
    );
    // Closing or leaving the page stops the voice (it would otherwise go on without a page).
    window.addEventListener('pagehide', () => speaker?.stop());
  }
}

/** "Put back": the block is remembered for the site, and the page read again with it kept. */
async function putBack(site: string, removal: Removal) {
  await rememberKept(site, { key: removal.key, preview: removal.preview });
  const again = new URL(location.href);
  again.searchParams.set('restored', removal.key);
  location.replace(again.href);
}

function show(outcome: ReadOutcome, site: string | null = null) {
  if (outcome.kind === 'result' && outcome.result.ok) {
    // A block can be put back where the site can remember it (a web page, not a file).
    renderArticle(main, outcome.result.article, site ? { putBack: (r) => void putBack(site, r) } : {});
    addReaderTools(outcome.result.article);
    return;
  }
  const view = describeFailure(outcome);
  if (!view) return;
  if (outcome.kind === 'result' && !outcome.result.ok && outcome.result.pageText) {
    const text = outcome.result.pageText;
    view.action = { label: t('showPageText'), run: () => renderPageText(main, text) };
  }
  // Too many elements: offered anyway; the engine's time budget still holds (it then reads the
  // story's region plainly and says so).
  if (outcome.kind === 'result' && !outcome.result.ok && outcome.result.reason === 'too-large') {
    const elements = outcome.result.data.elements;
    if (elements)
      view.action = {
        label: t('readAnyway'),
        run: () => {
          const again = new URL(location.href);
          again.searchParams.set('large', String(elements));
          location.replace(again.href);
        },
      };
  }
  renderError(main, view);
}

start().catch((error: unknown) => {
  renderError(main, {
    code: 'failed',
    title: t('failedTitle'),
    detail: error instanceof Error ? error.message : String(error),
  });
});
