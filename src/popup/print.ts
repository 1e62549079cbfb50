import { t } from '../shared/i18n';
import { h } from './dom';

/**
 * Print and save as PDF: the browser's own print dialog (its "Save as PDF" destination). What goes on
 * paper is popup.css's `@media print`: the article, its header and images, the source link with its
 * address written out; no toolbar, settings, contents or list of hidden blocks.
 */
export function printPage(win: Window = window) {
  win.print();
}

export function buildPrintButton(win: Window = window): HTMLButtonElement {
  const button = h('button', { type: 'button', id: 'print', title: t('printTitle') }, t('print'));
  button.addEventListener('click', () => printPage(win));
  return button;
}
