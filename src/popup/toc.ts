import { t, uiDir, uiLocale } from '../shared/i18n';
import { h } from './dom';

/** A table of contents is offered from this many subheadings (h2–h4 in the article body) up. */
export const TOC_MIN_HEADINGS = 3;
/** A heading that ends like a sentence: a full stop, "!", or an ellipsis (not "?": a section can ask). */
const SENTENCE = /[.!…]$/u;

/**
 * The article's table of contents: a collapsible list of its subheadings, each entry jumping to its
 * heading (and moving focus there, so the keyboard follows). Null for an article with too few of them.
 */
export function buildToc(body: HTMLElement): HTMLDetailsElement | null {
  const opening = openingHeadings(body);
  const headings = [...body.querySelectorAll<HTMLElement>('h2, h3, h4')].filter(
    (el) => (el.textContent ?? '').trim() !== '' && !opening.has(el),
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

/**
 * Headings before any of the article's text that read as a sentence: a summary line set as a heading
 * under the headline ("After two years of work, ferries return to the north pier in spring."), not a
 * section to jump to. A short heading there ("The vote") is the first section and stays. None when the
 * article is all headings.
 */
function openingHeadings(body: HTMLElement): Set<Element> {
  const opening = new Set<Element>();
  const walker = body.ownerDocument.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node.nodeValue ?? '').trim() === '') continue;
    const heading = node.parentElement?.closest('h1, h2, h3, h4, h5, h6');
    if (!heading || !body.contains(heading)) return opening;
    if (SENTENCE.test((heading.textContent ?? '').trim())) opening.add(heading);
  }
  return new Set();
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
