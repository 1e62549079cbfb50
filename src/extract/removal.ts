import { preview } from './text';
import type { Removal } from './types';

/** Takes an element out of the working copy and records what went and why. */
export function removeBlock(
  el: Element,
  filter: { id: string; reason: string },
  out: Removal[],
  reason?: string,
) {
  const text = preview(el);
  let parent: Element | null = el.parentElement;
  el.remove();
  if (text) out.push({ filter: filter.id, reason: reason ?? filter.reason, preview: text });
  // A paragraph or list left with nothing in it would show as a gap.
  while (parent && EMPTIED.has(parent.tagName.toUpperCase()) && isEmpty(parent)) {
    const up: Element | null = parent.parentElement;
    parent.remove();
    parent = up;
  }
}

const EMPTIED = new Set(['P', 'LI', 'UL', 'OL', 'SECTION', 'ASIDE', 'FIGURE']);

function isEmpty(el: Element): boolean {
  return (
    (el.textContent ?? '').trim() === '' &&
    !el.querySelector('img, picture, video, audio, iframe, svg, canvas')
  );
}
