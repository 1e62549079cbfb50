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

if (!window.__siftContentScript) {
  window.__siftContentScript = true;
  handle('extract', async ({ disable }) => {
    await documentReady();
    return extract(document, { disable, url: location.href, timeBudgetMs: TIME_BUDGET_MS });
  });
}
