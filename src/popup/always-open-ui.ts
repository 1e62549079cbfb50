import { t } from '../shared/i18n';
import { h } from './dom';

/**
 * The settings' "Always open Sift on this site": a checkbox for the site being read (ticking it asks
 * the browser for access to that one site), and the list of sites where Sift opens by itself, each
 * with a button that stops it, beside the blocks put back.
 */
export function hostOf(origin: string): string {
  return origin.replace(/^https?:\/\//, '');
}

export function buildAlwaysOpenToggle(
  origin: string,
  on: boolean,
  onToggle: (next: boolean) => Promise<boolean>,
): HTMLElement {
  const box = h('input', { type: 'checkbox', id: 'always-open', 'aria-describedby': 'always-open-hint' });
  box.checked = on;
  const status = h('p', { id: 'always-open-status', class: 'always-open-status', role: 'status' });
  box.addEventListener('change', () => {
    const next = box.checked;
    status.textContent = '';
    // onToggle asks the browser first thing, inside this gesture.
    onToggle(next).then(
      (ok) => {
        box.checked = ok ? next : !next;
        if (!ok) status.textContent = t('alwaysOpenDenied');
      },
      () => {
        box.checked = !next;
        status.textContent = t('alwaysOpenDenied');
      },
    );
  });
  return h(
    'div',
    { id: 'always-open-site', class: 'always-open' },
    h('label', { for: 'always-open' }, box, ' ', t('alwaysOpenLabel', hostOf(origin))),
    h('p', { id: 'always-open-hint', class: 'hint' }, t('alwaysOpenHint')),
    status,
  );
}

export function buildAlwaysOpenSection(origins: string[], onStop: (origin: string) => void): HTMLElement {
  const section = h(
    'section',
    { id: 'always-open-sites', class: 'kept', 'aria-labelledby': 'always-open-title' },
    h('h2', { id: 'always-open-title', tabindex: '-1' }, t('alwaysOpenSection')),
  );
  if (origins.length === 0) {
    section.append(h('p', { class: 'kept-none' }, t('alwaysOpenNone')));
    return section;
  }
  const list = h('ul', { class: 'kept-sites' });
  for (const origin of origins) {
    const stop = h(
      'button',
      { type: 'button', class: 'forget', 'aria-label': t('alwaysOpenStopSite', hostOf(origin)) },
      t('alwaysOpenStop'),
    );
    stop.addEventListener('click', () => onStop(origin));
    list.append(
      h('li', { 'data-site': origin }, h('span', { class: 'kept-site' }, h('bdi', {}, hostOf(origin))), stop),
    );
  }
  section.append(list);
  return section;
}
