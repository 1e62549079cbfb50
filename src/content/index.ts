import { extract, TIME_BUDGET_MS } from '../extract/pipeline';
import { handle } from '../shared/messages';

/**
 * Injected only when the user asks. Reads the page from a clone (the engine never touches the live DOM)
 * and answers the popup. Injecting twice into the same page registers the listener once.
 */
const READY_WAIT_MS = 5000;

declare global {
  interface Window {
    __siftContentScript?: true;
  }
}

function documentReady(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => resolve();
    document.addEventListener('DOMContentLoaded', done, { once: true });
    setTimeout(done, READY_WAIT_MS);
  });
}

/**
 * A single-page app may still be writing its article when the reader asks. A page that already holds
 * text is read at once; one that holds little waits until it has text and its DOM has been quiet for a
 * moment, or at most a few seconds (then an app shell gets the clear "no article" answer).
 */
const ENOUGH_TEXT = 500;
const QUIET_MS = 400;
const MAX_SETTLE_MS = 3000;

/** Whether the page shows at least ENOUGH_TEXT characters (scripts and styles are not text). */
function hasText(): boolean {
  if (!document.body) return false;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let n = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const tag = node.parentElement?.tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') continue;
    n += (node.nodeValue ?? '').trim().length;
    if (n >= ENOUGH_TEXT) return true;
  }
  return false;
}

function contentSettled(): Promise<void> {
  if (hasText()) return Promise.resolve();
  return new Promise((resolve) => {
    const whenQuiet = () => {
      if (hasText()) done();
    };
    let quiet = setTimeout(whenQuiet, QUIET_MS);
    const cap = setTimeout(done, MAX_SETTLE_MS);
    const observer = new MutationObserver(() => {
      clearTimeout(quiet);
      quiet = setTimeout(whenQuiet, QUIET_MS);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    function done() {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(cap);
      resolve();
    }
  });
}

if (!window.__siftContentScript) {
  window.__siftContentScript = true;
  handle('extract', async ({ disable, keep = [], maxElements }) => {
    await documentReady();
    await contentSettled();
    const options = { disable, keep, url: location.href, timeBudgetMs: TIME_BUDGET_MS };
    return extract(document, maxElements ? { ...options, maxElements } : options);
  });
}
