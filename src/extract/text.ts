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

/** The first words of a block with its spacing: "Home · UK News · Business", not "HomeUK NewsBusiness". */
export function preview(node: Node, max = 90): string {
  const text = readableText(node, { limit: max * 2, spaceLinks: true }).replace(/\s*\n+\s*/g, ' · ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Links that lead to another page: not in-page anchors, not javascript:. */
export function outboundLinks(el: Element, pageUrl: URL): HTMLAnchorElement[] {
  const out: HTMLAnchorElement[] = [];
  for (const a of el.querySelectorAll('a[href]')) if (leadsAway(a, pageUrl)) out.push(a as HTMLAnchorElement);
  return out;
}

/**
 * Whether an anchor leads to another page, remembered per anchor: nested blocks ask about the same
 * links again and again, and parsing a URL is the expensive part.
 */
const awayCache = new WeakMap<Element, { base: URL; href: string; away: boolean }>();

function leadsAway(a: Element, pageUrl: URL): boolean {
  const href = a.getAttribute('href') ?? '';
  const hit = awayCache.get(a);
  if (hit && hit.base === pageUrl && hit.href === href) return hit.away;
  const url = resolveUrl(href, pageUrl);
  const away = !!url && /^https?:$/.test(url.protocol) && !sameDocument(url, pageUrl);
  awayCache.set(a, { base: pageUrl, href, away });
  return away;
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

/** Elements whose text a reader never sees. */
const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD']);
/** Elements that end a line rather than a paragraph. */
const LINE_TAGS = new Set(['LI', 'TR', 'DT', 'DD', 'FIGCAPTION', 'CAPTION', 'OPTION']);
/** Inline elements: everything else starts a new block of text. */
const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'IMG',
  'INS',
  'KBD',
  'LABEL',
  'MARK',
  'PICTURE',
  'Q',
  'RP',
  'RT',
  'RUBY',
  'S',
  'SAMP',
  'SMALL',
  'SOURCE',
  'SPAN',
  'STRIKE',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
  'WBR',
]);
const CELL_TAGS = new Set(['TD', 'TH']);

/**
 * The text a reader sees in a subtree, laid out as plain text: blocks separated by a blank line, list
 * items and table rows by a line break, <br> as a line break, table cells by a space, whitespace
 * collapsed outside <pre>. Every letter of the subtree's text is kept, in order, so the result holds the
 * same words as the markup. One pass; `limit` stops early once that many characters are collected.
 */
export function readableText(root: Node, options: { limit?: number; spaceLinks?: boolean } = {}): string {
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const parts: string[] = [];
  let size = 0;
  /** 0 nothing pending, 1 a space, 2 a line break, 3 a blank line. */
  let pending = 0;
  const want = (level: number) => {
    if (level > pending) pending = level;
  };
  const emit = (text: string) => {
    if (text === '') return;
    if (size > 0 && pending > 0) parts.push(pending === 3 ? '\n\n' : pending === 2 ? '\n' : ' ');
    pending = 0;
    parts.push(text);
    size += text.length;
  };
  type Frame = { el: Element | null; next: ChildNode | null; pre: boolean };
  const first = root.nodeType === 1 || root.nodeType === 11 ? root.firstChild : null;
  if (root.nodeType === 3) return collapse(root.nodeValue ?? '');
  const stack: Frame[] = [{ el: null, next: first, pre: false }];
  while (stack.length > 0 && size < limit) {
    const frame = stack[stack.length - 1] as Frame;
    const node = frame.next;
    if (!node) {
      stack.pop();
      if (frame.el) want(breakAfter(frame.el.tagName.toUpperCase()));
      continue;
    }
    frame.next = node.nextSibling;
    if (node.nodeType === 3) {
      const raw = node.nodeValue ?? '';
      if (frame.pre) {
        emit(raw);
        continue;
      }
      const text = raw.replace(/\s+/g, ' ');
      if (text === ' ' || text === '') {
        if (text === ' ') want(1);
        continue;
      }
      if (text.startsWith(' ')) want(1);
      emit(text.trim());
      if (text.endsWith(' ')) want(1);
    } else if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (INVISIBLE.has(tag)) continue;
      if (tag === 'BR') {
        want(2);
        continue;
      }
      const level = breakAfter(tag);
      if (level > 0 || (options.spaceLinks && tag === 'A')) want(level || 1);
      stack.push({ el, next: el.firstChild, pre: frame.pre || tag === 'PRE' || tag === 'TEXTAREA' });
    }
  }
  return parts.join('');
}

function breakAfter(tag: string): number {
  if (INLINE_TAGS.has(tag)) return 0;
  if (CELL_TAGS.has(tag)) return 1;
  if (LINE_TAGS.has(tag)) return 2;
  return 3;
}
