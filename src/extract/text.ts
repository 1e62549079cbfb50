/** Small text and DOM measures shared by the filters. Pure: no browser APIs beyond the DOM. */

const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const SPACE = /\s+/g;

/** Letters and digits only, lower-cased: two copies of a block match even when one lost its spaces. */
export function fingerprintText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(NOT_WORD, '');
}

/** Whitespace collapsed and trimmed. */
export function collapse(text: string): string {
  return text.replace(SPACE, ' ').trim();
}

/** The text a reader sees, collapsed. */
export function textOf(node: Node): string {
  return collapse(node.textContent ?? '');
}

export function countWords(text: string): number {
  const cjk =
    text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  const words = text.replace(
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu,
    ' ',
  );
  const latin = words.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  // A CJK reader covers about two characters in the time a Latin reader covers a word.
  return latin + Math.ceil(cjk / 2);
}

export function preview(node: Node, max = 90): string {
  const text = textOf(node);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Share of an element's text that sits inside links, 0..1. */
export function linkDensity(el: Element): number {
  const total = fingerprintText(el.textContent ?? '').length;
  if (total === 0) return 0;
  let inLinks = 0;
  for (const a of el.querySelectorAll('a')) inLinks += fingerprintText(a.textContent ?? '').length;
  return Math.min(1, inLinks / total);
}

/** Links that lead to another page: not in-page anchors, not javascript:. */
export function outboundLinks(el: Element, pageUrl: URL): HTMLAnchorElement[] {
  const out: HTMLAnchorElement[] = [];
  for (const a of el.querySelectorAll('a[href]')) {
    const url = resolveUrl(a.getAttribute('href') ?? '', pageUrl);
    if (!url || !/^https?:$/.test(url.protocol)) continue;
    if (sameDocument(url, pageUrl)) continue;
    out.push(a as HTMLAnchorElement);
  }
  return out;
}

export function resolveUrl(href: string, base: URL): URL | null {
  try {
    return new URL(href.trim(), base);
  } catch {
    return null;
  }
}

export function sameDocument(a: URL, b: URL): boolean {
  return a.origin === b.origin && a.pathname.replace(/\/$/, '') === b.pathname.replace(/\/$/, '');
}

/** Host without a leading www. */
export function bareHost(url: URL): string {
  return url.hostname.replace(/^www\./, '');
}

/** The registrable part of a host, roughly: the last two labels (three for co.uk-style suffixes). */
export function siteOf(host: string): string {
  const parts = host.split('.');
  const two = parts.slice(-2).join('.');
  if (parts.length > 2 && /^(co|com|org|net|gov|ac|edu)\.[a-z]{2}$/.test(two))
    return parts.slice(-3).join('.');
  return two;
}

export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'UL',
]);

/** Sizes of an element's subtree, from one pass over the tree. */
export interface Size {
  /** Characters of text (raw, not collapsed). */
  chars: number;
  /** Characters of text inside links. */
  linkChars: number;
  /** Links with an href. */
  links: number;
}

const NO_SIZE: Size = { chars: 0, linkChars: 0, links: 0 };

/**
 * Every element's Size under root, bottom-up in one iterative pass, so filters can skip the elements
 * that cannot match without reading their text (reading textContent of every element is quadratic).
 */
export function measure(root: Element): Map<Element, Size> {
  const sizes = new Map<Element, Size>();
  type Frame = { el: Element; size: Size; inLink: boolean; next: ChildNode | null };
  const stack: Frame[] = [
    { el: root, size: { ...NO_SIZE }, inLink: root.tagName === 'A', next: root.firstChild },
  ];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    const child = frame.next;
    if (!child) {
      stack.pop();
      sizes.set(frame.el, frame.size);
      const parent = stack[stack.length - 1];
      if (parent) {
        parent.size.chars += frame.size.chars;
        parent.size.linkChars += frame.size.linkChars;
        parent.size.links += frame.size.links;
      }
      continue;
    }
    frame.next = child.nextSibling;
    if (child.nodeType === 3) {
      const n = (child.nodeValue ?? '').length;
      frame.size.chars += n;
      if (frame.inLink) frame.size.linkChars += n;
    } else if (child.nodeType === 1) {
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') continue;
      const isLink = tag === 'A' && el.hasAttribute('href');
      stack.push({
        el,
        size: { chars: 0, linkChars: 0, links: isLink ? 1 : 0 },
        inLink: frame.inLink || tag === 'A',
        next: el.firstChild,
      });
    }
  }
  return sizes;
}

export function sizeOf(sizes: Map<Element, Size>, el: Element): Size {
  return sizes.get(el) ?? NO_SIZE;
}
