import { purifierFor, SANITIZE_CONFIG } from '../extract/sanitize';
import type { Article, Note } from '../extract/types';
import { pluralKey, t, uiDir, uiLocale } from '../shared/i18n';
import { failureDetail, failureTitle, noteWords, provenanceMessages } from '../shared/words';
import { h, say } from './dom';
import { buildDrawer, type DrawerActions } from './drawer';
import type { ReadOutcome } from './read-tab';

/**
 * The renderer. The only module of Sift that turns markup into DOM, and it does so only through
 * DOMPurify (the engine sanitized the article already; this is the second pass, with the same policy,
 * in the privileged page). Everything else it shows is set as text.
 */
const purify = purifierFor(window);

export type ViewState = 'loading' | 'rendered' | 'error';

function setState(state: ViewState, error?: string) {
  document.body.dataset.state = state;
  if (error) document.body.dataset.error = error;
  else delete document.body.dataset.error;
}

export function sanitizedFragment(html: string): DocumentFragment {
  return purify.sanitize(html, { ...SANITIZE_CONFIG, RETURN_DOM_FRAGMENT: true }) as DocumentFragment;
}

/** The day the page gives (its own calendar day, whatever the reader's time zone), in the reader's words. */
function formatDate(iso: string): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0];
  // A page that prints only the month ("November 2015") gives "2015-11": shown as a month, not raw.
  const month = day ? null : /^(\d{4}-\d{2})$/.exec(iso)?.[1];
  const time = Date.parse(day ? `${day}T00:00:00Z` : month ? `${month}-01T00:00:00Z` : 'x');
  const format = new Intl.DateTimeFormat(
    uiLocale(),
    day ? { dateStyle: 'medium', timeZone: 'UTC' } : { year: 'numeric', month: 'long', timeZone: 'UTC' },
  );
  return Number.isNaN(time) ? iso : format.format(time);
}

/**
 * A line of the interface inside the article (meta, source, notes): in the interface's language and
 * direction, whatever the article's; popup.css aligns it with the article.
 */
function uiLine(attrs: Record<string, string | undefined>): Record<string, string | undefined> {
  return { ...attrs, lang: uiLocale(), dir: uiDir(), class: `${attrs.class ?? ''} ui-line`.trim() };
}

function safeHref(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

export function renderLoading(main: HTMLElement, slow: boolean) {
  setState('loading');
  main.replaceChildren(
    h('p', { class: 'status', role: 'status' }, slow ? t('readingSlow') : t('readingPage')),
  );
}

export function renderArticle(main: HTMLElement, article: Article, drawer: DrawerActions = {}) {
  const meta = [
    article.byline ? h('span', { class: 'byline' }, say('byline', article.byline)) : null,
    article.published ? h('time', { datetime: article.published }, formatDate(article.published)) : null,
    h(
      'span',
      { class: 'reading-time' },
      say(pluralKey('readingTime', article.readingMinutes), article.readingMinutes),
    ),
  ].filter((x): x is HTMLElement => x !== null);
  const metaLine = h('p', uiLine({ class: 'meta' }));
  meta.forEach((m, i) => {
    if (i > 0) metaLine.append(' · ');
    metaLine.append(m);
  });
  const provenance = renderProvenance(article);
  const body = h('div', { id: 'article-body', class: 'body' });
  body.append(sanitizedFragment(article.html));
  const rest = renderContinue(article);
  main.replaceChildren(
    h(
      'article',
      { lang: article.lang ?? undefined, dir: article.dir },
      h(
        'header',
        { class: 'article-head' },
        h('h1', { id: 'title', dir: 'auto' }, article.title),
        // The page's summary under its headline, as text (it came from the page).
        article.standfirst ? h('p', { class: 'standfirst', dir: 'auto' }, article.standfirst) : null,
        metaLine,
        provenance,
      ),
      renderNotes(article.notes),
      body,
      rest,
      buildDrawer(article.removals, body, drawer),
    ),
  );
  document.title = `${article.title} — Sift`;
  setState('rendered');
}

/** A link to the original, opened in a new tab without a referrer; null for a URL that is not http(s). */
function originalLink(url: string, words: Node | string, id?: string): HTMLElement | null {
  const href = safeHref(url);
  if (!href) return null;
  return h(
    'a',
    { id, class: 'original', href, target: '_blank', rel: 'noopener noreferrer', title: url },
    words,
  );
}

/**
 * Whose story it is, under the headline: "From Sky News ↗ · republished by Newsroom Today",
 * "Published by Vox", "Republished by World Daily Wire — original source not stated".
 */
function renderProvenance(article: Article): HTMLElement {
  const site = article.siteName ?? article.site;
  const source = article.provenance.source;
  const href = source ? safeHref(source.url) : undefined;
  // A source whose address cannot be opened is said without its link.
  const words = provenanceMessages(href ? article.provenance : { ...article.provenance, source: null }, site);
  const line = h('p', uiLine({ class: 'provenance', 'data-state': article.provenance.state }));
  const link = source && words.link ? originalLink(source.url, say(...words.link), 'source-link') : null;
  if (link) line.append(link, ' · ', say(...words.rest));
  else line.append(say(...words.rest));
  return line;
}

/** Under a story the page cut short: the way to the rest of it, never dropped. */
function renderContinue(article: Article): HTMLElement | null {
  const source = article.provenance.source;
  if (!source || !article.provenance.evidence.includes('truncated')) return null;
  const link = originalLink(source.url, say('continueLink', source.name));
  return link ? h('p', uiLine({ id: 'continue', class: 'continue' }), `${t('continueBefore')} `, link) : null;
}

function renderNotes(notes: Note[]): HTMLElement | null {
  const words = notes.map((n) => noteWords(n.code)).filter((w): w is string => w !== null);
  if (words.length === 0) return null;
  return h('p', uiLine({ id: 'notes', class: 'notes' }), ...words);
}

export interface ErrorView {
  code: string;
  title: string;
  detail: string;
  action?: { label: string; run: () => void };
}

/** Maps every way reading can end without an article to words a reader understands. */
export function describeFailure(outcome: ReadOutcome): ErrorView | null {
  switch (outcome.kind) {
    case 'no-tab':
      return { code: 'no-tab', title: t('noTabTitle'), detail: t('noTabDetail') };
    case 'restricted': {
      const firefox = outcome.file === 'firefox';
      // A file: its reason and the browser's fix. An address hidden: either reason, the file's as "if".
      if (outcome.file && outcome.url !== null)
        return {
          code: 'file-access',
          title: t(firefox ? 'fileTitleFirefox' : 'fileTitle'),
          detail: t(firefox ? 'fileDetailFirefox' : 'fileDetail'),
        };
      const ifFile = outcome.file ? ` ${t(firefox ? 'fileMaybeFirefox' : 'fileMaybe')}` : '';
      return {
        code: outcome.file ? 'restricted-or-file' : 'restricted',
        title: t('restrictedTitle'),
        detail: `${t('restrictedDetail')}${ifFile}`,
      };
    }
    case 'no-answer':
      return {
        code: 'no-answer',
        title: t('noAnswerTitle'),
        detail: t('noAnswerDetail', outcome.detail),
      };
    case 'result':
      if (outcome.result.ok) return null;
      return {
        code: outcome.result.reason,
        title: failureTitle(outcome.result.reason),
        detail: failureDetail(outcome.result.reason, outcome.result.data),
      };
  }
}

export function renderError(main: HTMLElement, view: ErrorView) {
  main.replaceChildren(
    h(
      'section',
      { class: 'message', role: 'alert', 'aria-labelledby': 'message-title' },
      h('h1', { id: 'message-title' }, view.title),
      h('p', {}, view.detail),
      view.action ? actionButton(view.action) : null,
    ),
  );
  setState('error', view.code);
}

function actionButton(action: { label: string; run: () => void }): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'action' }, action.label);
  button.addEventListener('click', action.run);
  return button;
}

/** "Show the page's text anyway": the page's words as plain paragraphs of text. */
export function renderPageText(main: HTMLElement, text: string) {
  const body = h('div', { id: 'article-body', class: 'body page-text' });
  for (const part of text.split(/(?<=[.!?])\s+(?=[A-Z0-9“"])/).slice(0, 400))
    body.append(h('p', { dir: 'auto' }, part));
  main.replaceChildren(
    h(
      'article',
      {},
      h('header', { class: 'article-head' }, h('h1', { id: 'title' }, t('pageTextTitle'))),
      body,
    ),
  );
  setState('rendered');
}
