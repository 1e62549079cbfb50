// Text as a reader sees it: the words of neighbouring blocks do not run together.
import { decodeEntities } from '../jsonld';
import { collapse } from '../text';

export function clean(text: string | null | undefined): string | null {
  const t = collapse(withoutZeroWidth(decodeEntities(text ?? '')));
  return t || null;
}

/**
 * Zero-width spaces and no-break marks (U+200B, U+2060, U+FEFF) inside a word: a header shows the word
 * whole ("B\uFEFFest" is "Best", WCXB 0227), where collapsing them as whitespace would split it.
 */
const ZERO_WIDTH = /[\u200B\u2060\uFEFF]/g;

function withoutZeroWidth(text: string): string {
  return text.replace(ZERO_WIDTH, '');
}

/** An element's text as a reader sees it: the words of neighbouring blocks do not run together. */
export function textOf(el: Element): string {
  let out = '';
  const stack: (Node | null)[] = [el];
  while (stack.length > 0) {
    const n = stack.pop();
    if (n === null) {
      out += ' ';
      continue;
    }
    if (!n) continue;
    if (n.nodeType === 3) {
      out += n.nodeValue ?? '';
      continue;
    }
    if (n.nodeType !== 1) continue;
    const tag = (n as Element).tagName.toUpperCase();
    if (HIDDEN_TAGS.has(tag)) continue;
    const block = !INLINE.has(tag);
    if (block) {
      out += ' ';
      stack.push(null);
    }
    for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return collapse(withoutZeroWidth(out));
}

export const HIDDEN_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'SELECT']);
export const INLINE = new Set([
  'A',
  'B',
  'I',
  'EM',
  'STRONG',
  'SPAN',
  'SMALL',
  'ABBR',
  'CITE',
  'Q',
  'SUB',
  'SUP',
  'U',
  'MARK',
]);

export function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
