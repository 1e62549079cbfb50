import { BLOCK_TAGS } from '../text';

/**
 * The innermost blocks of an article: paragraphs, list items, headings, quotes, and divs that hold text
 * directly. The unit the after-Readability filters compare and remove.
 */
export function leafBlocks(root: Element): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    const tag = el.tagName.toUpperCase();
    if (!BLOCK_TAGS.has(tag) || tag === 'HR') continue;
    if (el.closest('table, pre') && tag !== 'TABLE' && tag !== 'PRE') continue;
    let hasBlockChild = false;
    for (const child of el.children) {
      if (BLOCK_TAGS.has(child.tagName.toUpperCase())) {
        hasBlockChild = true;
        break;
      }
    }
    if (!hasBlockChild) out.push(el);
  }
  return out;
}
