import { replaceWithChildren } from '../nodes';
import { collapse } from '../text';
import type { Filter } from '../types';

/**
 * React's streaming server rendering (Next.js and others) sends a Suspense boundary's content late, in
 * a hidden holder at the end of the body (`<div hidden id="S:0">`), with a small script that moves it
 * over the boundary's placeholder (`<template id="B:0">`, a loading skeleton after it, up to the
 * boundary's end comment `<!--/$-->`). A browser runs that script at once; a page read before it runs or
 * without scripts (a saved page, the command line, WCXB's snapshots) keeps the whole article hidden, and
 * Readability skips hidden nodes: WCXB 0155, 0384, 4053, 4416, 4486 (articles) and 2838, 2923, 4168
 * gave no article or a footer. This step does what the script would: the content takes the
 * placeholder's place and the skeleton goes; a holder whose placeholder is missing is shown where it is.
 * It removes nothing a reader would see.
 */
const HOLDERS = 'div[hidden][id^="S:"]';
const END_OF_BOUNDARY = '/$';
/** A loading line a boundary shows until its content comes ("Loading paragraph..."), for pages saved without comments. */
const MAX_FALLBACK_CHARS = 40;

export const unwrapStreamedContent: Filter = {
  id: 'unwrap-streamed-content',
  why: 'content streamed by React sits hidden at the end of the page until a script moves it into place',
  reason: 'duplicate',
  stage: 'before-readability',
  apply(ctx) {
    const { doc } = ctx;
    // A holder's placeholder may arrive inside another holder's content: go round until none moves.
    let waiting = [...doc.querySelectorAll(HOLDERS)];
    if (waiting.length > 0) ctx.reshaped();
    for (let moved = true; moved && waiting.length; ) {
      moved = false;
      waiting = waiting.filter((holder) => {
        const placeholder = placeholderOf(doc, holder);
        if (!placeholder) return true;
        for (const node of fallbackAfter(placeholder)) node.parentNode?.removeChild(node);
        replaceWithChildren(placeholder, holder);
        holder.remove();
        moved = true;
        return false;
      });
    }
    for (const holder of waiting) holder.removeAttribute('hidden');
  },
};

/**
 * Where a holder's content goes. React streams two kinds: a Suspense boundary's content, which replaces
 * `<template id="B:n">` and its loading fallback, and a segment, which replaces `<template id="P:n">`
 * alone (WCXB 4503 has both: its first paragraphs are boundaries, the rest segments inside them). The
 * script that pairs them is gone from a saved page; the ids pair them the way React numbers them.
 */
function placeholderOf(doc: Document, holder: Element): Element | null {
  const n = holder.id.slice(2);
  const boundary = doc.getElementById(`B:${n}`);
  if (boundary?.tagName === 'TEMPLATE') return boundary;
  const segment = doc.getElementById(`P:${n}`);
  return segment?.tagName === 'TEMPLATE' ? segment : null;
}

/**
 * The nodes between a boundary's placeholder and its end comment. A page saved without its comments
 * (WCXB 4503) has no end: then the fallback is the one element after the placeholder when it is a bare
 * short line ("Loading paragraph..."), and nothing otherwise. A segment's placeholder has none.
 */
function fallbackAfter(placeholder: Element): Node[] {
  if (placeholder.id.startsWith('P:')) return [];
  const nodes: Node[] = [];
  for (let n = placeholder.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 8 && n.nodeValue === END_OF_BOUNDARY) return nodes;
    nodes.push(n);
  }
  const next = placeholder.nextElementSibling;
  const bare =
    next !== null &&
    next.firstElementChild === null &&
    collapse(next.textContent ?? '').length <= MAX_FALLBACK_CHARS;
  return bare ? [next] : [];
}
