import { t } from '../shared/i18n';
import { minutesLeftWords } from '../shared/words';
import { h } from './dom';

export interface Progress {
  /** 0 to 1: how much of the article is behind the reader. */
  fraction: number;
  /** Whole minutes left at the article's reading speed (0 when finished). */
  minutesLeft: number;
}

/**
 * How far the reader is: the part of the article above the bottom of the window, and the minutes of
 * the article's reading time that are left. `top` and `height`: the article's box in page coordinates.
 */
export function progressAt(
  scrollY: number,
  viewport: number,
  top: number,
  height: number,
  readingMinutes: number,
): Progress {
  const seen = scrollY + viewport - top;
  const fraction = height <= 0 ? 1 : Math.min(1, Math.max(0, seen / height));
  return { fraction, minutesLeft: Math.max(0, Math.ceil(readingMinutes * (1 - fraction) - 1e-9)) };
}

/**
 * The reading-progress bar with the time left, for the full-tab reader. Follows the window's scroll;
 * returns the element to place under the toolbar.
 */
export function attachProgress(
  article: HTMLElement,
  readingMinutes: number,
  win: Window = window,
): HTMLElement {
  const fill = h('span', { class: 'progress-fill' });
  const bar = h(
    'div',
    {
      id: 'progress',
      class: 'progress',
      role: 'progressbar',
      'aria-label': t('progressLabel'),
      'aria-valuemin': '0',
      'aria-valuemax': '100',
    },
    fill,
  );
  const left = h('span', { id: 'time-left', class: 'time-left', 'aria-live': 'off' });
  const box = h('div', { class: 'progress-box' }, bar, left);
  let queued = false;
  const update = () => {
    queued = false;
    const rect = article.getBoundingClientRect();
    const p = progressAt(win.scrollY, win.innerHeight, rect.top + win.scrollY, rect.height, readingMinutes);
    const percent = Math.round(p.fraction * 100);
    fill.style.width = `${percent}%`;
    bar.setAttribute('aria-valuenow', String(percent));
    left.textContent = p.fraction >= 1 ? t('finished') : minutesLeftWords(p.minutesLeft);
  };
  const schedule = () => {
    if (queued) return;
    queued = true;
    win.requestAnimationFrame(update);
  };
  win.addEventListener('scroll', schedule, { passive: true });
  win.addEventListener('resize', schedule);
  // Images that load later make the article longer.
  if (typeof ResizeObserver !== 'undefined') new ResizeObserver(schedule).observe(article);
  update();
  return box;
}
