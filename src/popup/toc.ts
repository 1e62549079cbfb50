import { t, uiDir, uiLocale } from '../shared/i18n';
import { h } from './dom';

/** A table of contents is offered from this many subheadings (h2–h4 in the article body) up. */
export const TOC_MIN_HEADINGS = 3;

/**
 * The article's table of contents: a collapsible list of its subheadings, each entry jumping to its
 * heading (and moving focus there, so the keyboard follows). Null for an article with too few of them.
 */
export function buildToc(body: HTMLElement): HTMLDetailsElement | null {
  const headings = [...body.querySelectorAll<HTMLElement>('h2, h3, h4')].filter(
    (el) => (el.textContent ?? '').trim() !== '',
  );
  if (headings.length < TOC_MIN_HEADINGS) return null;
  const list = h('ol', {});
  headings.forEach((heading, i) => {
    // The page's own ids are kept (its in-article links may use them); a heading without one gets one.
    if (!heading.id) heading.id = `sift-heading-${i + 1}`;
    const link = h(
      'a',
      { href: `#${heading.id}`, dir: 'auto' },
      (heading.textContent ?? '').trim().replace(/\s+/g, ' '),
    );
    link.addEventListener('click', (event) => {
      event.preventDefault();
      jumpTo(heading);
    });
    list.append(h('li', { class: `toc-${heading.tagName.toLowerCase()}` }, link));
  });
  const toc = h(
    'details',
    { id: 'toc', class: 'toc', 'aria-label': t('contentsLabel'), lang: uiLocale(), dir: uiDir() },
    h('summary', {}, t('contents')),
    list,
  );
  toc.open = true;
  return toc;
}

export function jumpTo(heading: HTMLElement) {
  heading.setAttribute('tabindex', '-1');
  heading.scrollIntoView?.({ block: 'start' });
  heading.focus({ preventScroll: true });
}

/** Opens a closed table of contents (and moves focus to it), closes an open one. */
export function toggleToc(toc: HTMLDetailsElement) {
  toc.open = !toc.open;
  if (toc.open) toc.querySelector('summary')?.focus();
}
