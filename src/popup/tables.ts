import { tableWords } from '../shared/words';
import { h } from './dom';

/**
 * Each table of the article in its own box that scrolls sideways (popup.css): a wide table keeps its
 * words whole. The box is a named, focusable region, so the keyboard can scroll it too.
 */
export function boxTables(body: HTMLElement) {
  body.querySelectorAll('table').forEach((table, i) => {
    if (table.parentElement?.classList.contains('table-box')) return;
    const caption = table.querySelector('caption')?.textContent?.trim().replace(/\s+/g, ' ');
    const box = h('div', {
      class: 'table-box',
      role: 'region',
      tabindex: '0',
      'aria-label': tableWords(caption || null, i + 1),
    });
    table.replaceWith(box);
    box.append(table);
  });
}
