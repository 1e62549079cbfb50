import { ALMOST_ALL_LINKS } from '../page-index';
import { collapse } from '../text';
import type { Filter } from '../types';

/**
 * A table of contents: a list whose links all jump to places on the same page ("#other-posts-you-may-
 * enjoy", WCXB 4659; the list under "Contents:" on 0233). The reader has the sections themselves; the
 * list repeats their headings, and the ones the filters removed ("Other Posts You May Enjoy") come back
 * through it. By structure: at least three links, nearly all to fragments of this page, and nearly all of
 * the list's words inside them. A label just before it ("Table of Contents", "In this article") and a
 * wrapper that holds nothing else go with it. Footnotes (links back up with "↩") have their words
 * outside the links and stay.
 */
const MIN_LINKS = 3;
const IN_PAGE_SHARE = 0.8;
/** A label over the list is short. */
const MAX_LABEL = 40;

export const removeContentsLists: Filter = {
  id: 'remove-contents-lists',
  why: 'a table of contents repeats the headings the reader is about to see',
  reason: 'boilerplate',
  stage: 'after-readability',
  apply(ctx) {
    const { root, index } = ctx;
    for (const list of root.querySelectorAll('ul, ol')) {
      if (ctx.isGone(list) || list.parentElement?.closest('ul, ol')) continue;
      const links = [...list.querySelectorAll('a[href]')];
      if (links.length < MIN_LINKS) continue;
      const inPage = links.filter((a) => inPageLink(a, ctx.url)).length;
      if (inPage < links.length * IN_PAGE_SHARE) continue;
      const size = index.size(list);
      if (size.letters === 0 || size.linkLetters < size.letters * ALMOST_ALL_LINKS) continue;
      let box: Element = list;
      const label = list.previousElementSibling;
      const labelled =
        label && collapse(label.textContent ?? '').length <= MAX_LABEL && !label.querySelector('img');
      // The wrapper that holds only the label and the list (a <nav>, a <details>, a div) goes whole.
      for (let up = list.parentElement; up && up !== root; up = up.parentElement) {
        const extra = collapse(up.textContent ?? '').length - collapse(box.textContent ?? '').length;
        if (extra > MAX_LABEL) break;
        box = up;
      }
      if (box === list && labelled && label) ctx.remove(label, 'contents-label');
      ctx.remove(box, 'contents-list');
    }
  },
};

/** A link to a place on this page: "#section", or this page's address with a fragment. */
function inPageLink(a: Element, page: URL): boolean {
  const href = a.getAttribute('href') ?? '';
  if (href.startsWith('#')) return href.length > 1;
  try {
    const url = new URL(href, page);
    return url.hash.length > 1 && url.origin === page.origin && url.pathname === page.pathname;
  } catch {
    return false;
  }
}
