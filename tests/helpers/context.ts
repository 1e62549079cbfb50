import { JSDOM } from 'jsdom';
import type { FilterContext, OriginalSource } from '../../src/extract/types';

/** A filter's working context over a small hand-written page. */
export function context(
  body: string,
  options: { url?: string; title?: string; source?: OriginalSource | null } = {},
): FilterContext & { text: () => string } {
  const url = options.url ?? 'https://aggregator.example/news/story';
  const dom = new JSDOM(`<!doctype html><html><body>${body}</body></html>`, { url });
  const doc = dom.window.document;
  return {
    doc,
    root: doc.body,
    title: options.title ?? 'A headline for the test',
    url: new URL(url),
    source: options.source ?? null,
    text: () => visibleText(doc.body),
  };
}

export const PROSE =
  'The council voted on Tuesday to extend the programme for another year, after a review found that it had cut waiting times by a third.';
export const PROSE_2 =
  'Opposition members said the money would be better spent on repairs to the town’s schools, several of which have leaking roofs.';

/** Text nodes joined with spaces, so adjacent blocks do not run together. */
function visibleText(root: Element): string {
  const parts: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.nodeValue ?? '');
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
