import { type MessageKey, t, uiDir, uiLocale } from '../shared/i18n';

/**
 * The words written into popup.html, in the reader's language: an element's `data-i18n` names the
 * message for its text, `data-i18n-title` and `data-i18n-aria-label` those for its attributes. The
 * document takes the interface's language and direction (right to left for Arabic); the article sets
 * its own on its element.
 */
export function localizeDocument(doc: Document) {
  doc.documentElement.lang = uiLocale();
  doc.documentElement.dir = uiDir();
  for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n]'))
    el.textContent = t(el.dataset.i18n as MessageKey);
  for (const attr of ['title', 'aria-label']) {
    for (const el of doc.querySelectorAll(`[data-i18n-${attr}]`))
      el.setAttribute(attr, t(el.getAttribute(`data-i18n-${attr}`) as MessageKey));
  }
}
