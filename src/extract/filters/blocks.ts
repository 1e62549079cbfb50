import { BLOCK_TAGS } from '../text';

/**
 * The innermost blocks of an article: paragraphs, list items, headings, quotes, and divs that hold text
 * with no block inside them, however deep. The unit the after-Readability filters compare and remove.
 * One pass: elements in reverse document order see their descendants first.
 */
export function leafBlocks(root: Element): Element[] {
  const all = root.getElementsByTagName('*');
  const hasBlockInside = new Set<Element>();
  const out: Element[] = [];
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i] as Element;
    const tag = el.tagName.toUpperCase();
    const isBlock = BLOCK_TAGS.has(tag);
    const parent = el.parentElement;
    if (parent && (isBlock || hasBlockInside.has(el))) hasBlockInside.add(parent);
    if (!isBlock || tag === 'HR' || tag === 'TABLE' || hasBlockInside.has(el)) continue;
    if (tag !== 'PRE' && el.closest('table, pre')) continue;
    out.push(el);
  }
  return out.reverse();
}
