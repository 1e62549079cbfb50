/** What a person sees in the popup, read inside it. Passed as a string to the browser. */
export interface PopupView {
  state: string | undefined;
  error: string | undefined;
  headings: string[];
  body: string;
  head: string;
  source: string | null;
  message: string;
  hidden: string;
}

export const READ_POPUP = `(() => ({
  state: document.body.dataset.state,
  error: document.body.dataset.error,
  headings: [...document.querySelectorAll('main h1')].map((h) => h.textContent),
  body: document.querySelector('#article-body')?.innerText ?? '',
  head: document.querySelector('.article-head')?.innerText ?? '',
  source: document.querySelector('#source-link')?.href ?? null,
  message: document.querySelector('[role=alert]')?.innerText ?? '',
  hidden: document.querySelector('#removals summary')?.textContent ?? '',
}))()`;

export const IS_SETTLED = `document.body && document.body.dataset.state !== 'loading'`;
