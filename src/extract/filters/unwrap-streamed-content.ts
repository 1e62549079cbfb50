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

export const unwrapStreamedContent: Filter = {
  id: 'unwrap-streamed-content',
  why: 'content streamed by React sits hidden at the end of the page until a script moves it into place',
  reason: 'duplicate',
  stage: 'before-readability',
  apply({ doc }) {
    for (const holder of doc.querySelectorAll(HOLDERS)) {
      const placeholder = doc.getElementById(`B:${holder.id.slice(2)}`);
      const fallback = placeholder ? fallbackAfter(placeholder) : null;
      if (placeholder && fallback) {
        for (const node of fallback) node.parentNode?.removeChild(node);
        placeholder.replaceWith(...holder.childNodes);
        holder.remove();
      } else holder.removeAttribute('hidden');
    }
  },
};

/** The nodes between a placeholder and its boundary's end comment, or null when there is no end. */
function fallbackAfter(placeholder: Element): Node[] | null {
  const nodes: Node[] = [];
  for (let n = placeholder.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 8 && n.nodeValue === END_OF_BOUNDARY) return nodes;
    nodes.push(n);
  }
  return null;
}
