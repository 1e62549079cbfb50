import type { Filter } from '../types';

/**
 * Guides fold their sections away: a heading that is a button ("Types of Shoes ›") over a panel the
 * page keeps `hidden` until the reader clicks, the WAI-ARIA disclosure pattern (the button names the
 * panel in `aria-controls`, or sits just before it). Readability drops every hidden element, so the
 * reader got the section titles without their text (WCXB 1821, a running-shoe guide: 761 words of its
 * buying advice; FAQ answers on 4497).
 *
 * A hidden panel that a button on the page opens, and that holds prose (a paragraph of 100 letters or
 * more, most of its letters outside links), is shown in the working copy. A hidden menu holds links
 * and short labels; a dialog (`role="dialog"`, a sign-up box a "×" closes) is not a section; a hidden
 * element no button opens (a template, a copy for another screen size) stays hidden.
 */
/**
 * Where a hidden element may be; `isHidden` tells. Attributes present, not their values: jsdom's selector
 * engine took four times as long over a page's elements with the values' case-insensitive tests.
 */
const HIDDEN = '[hidden], [aria-hidden], [style]';
const OPENERS = 'button, [role="button"], summary, [aria-expanded]';
const MIN_PARAGRAPH = 100;
const MAX_LINK_SHARE = 0.3;
/** Letters of a title row over a folded section: a question or a heading, not a box of its own. */
const MAX_TITLE_ROW = 200;

function isHidden(el: Element): boolean {
  return (
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden')?.toLowerCase() === 'true' ||
    /display\s*:\s*none/i.test(el.getAttribute('style') ?? '')
  );
}

function holdsProse(el: Element): boolean {
  const all = (el.textContent ?? '').trim().length;
  if (all === 0) return false;
  let links = 0;
  for (const a of el.querySelectorAll('a')) links += (a.textContent ?? '').trim().length;
  if (links > all * MAX_LINK_SHARE) return false;
  for (const p of el.querySelectorAll('p'))
    if ((p.textContent ?? '').trim().length >= MIN_PARAGRAPH) return true;
  return false;
}

/**
 * The element just before the panel is a control, or a title row holding one (a heading whose text is a
 * button): short, and not a form (a sign-up box ends with a button too).
 */
function openedBefore(panel: Element): boolean {
  const prev = panel.previousElementSibling;
  if (!prev) return false;
  if (prev.matches(OPENERS)) return isTitled(prev);
  return (
    (prev.textContent ?? '').trim().length <= MAX_TITLE_ROW &&
    [...prev.querySelectorAll(OPENERS)].some(isTitled) &&
    prev.querySelector('input, select, textarea, form') === null
  );
}

/** A control with words of its own: a section's title, not a close button ("×") or an icon. */
function isTitled(control: Element): boolean {
  return /\p{L}{2}/u.test(control.textContent ?? '');
}

/** A dialog the page opens over itself (a sign-up or cookie box), not a section folded into it. */
function isDialog(el: Element): boolean {
  return /^(alert)?dialog$/i.test(el.getAttribute('role') ?? '') || el.getAttribute('aria-modal') === 'true';
}

export const unwrapCollapsedSections: Filter = {
  id: 'unwrap-collapsed-sections',
  why: 'a section folded away behind a button is hidden until the reader clicks, and Readability drops what is hidden',
  reason: 'duplicate',
  stage: 'before-readability',
  apply({ root }) {
    const controlled = new Set<string>();
    for (const opener of root.querySelectorAll('[aria-controls]'))
      for (const id of (opener.getAttribute('aria-controls') ?? '').split(/\s+/)) if (id) controlled.add(id);
    for (const panel of root.querySelectorAll(HIDDEN)) {
      if (!isHidden(panel) || isDialog(panel)) continue;
      if (!((panel.id && controlled.has(panel.id)) || openedBefore(panel))) continue;
      if (!holdsProse(panel)) continue;
      panel.removeAttribute('hidden');
      panel.removeAttribute('aria-hidden');
      const style = panel.getAttribute('style');
      if (style) panel.setAttribute('style', style.replace(/display\s*:\s*none\s*(!important)?\s*;?/gi, ''));
    }
  },
};
