import { BLOCK_TAGS } from '../text';

const BLOCK_SELECTOR = [...BLOCK_TAGS].map((t) => t.toLowerCase()).join(', ');

/**
 * The innermost blocks of an article: paragraphs, list items, headings, quotes, and divs that hold text
 * with no block inside them, however deep. The unit the after-Readability filters compare and remove.
 */
export function leafBlocks(root: Element): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll(BLOCK_SELECTOR)) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'HR' || tag === 'TABLE') continue;
    if (el.closest('table, pre') && tag !== 'PRE') continue;
    if (!el.querySelector(BLOCK_SELECTOR)) out.push(el);
  }
  return out;
}
