import { Run } from '../../src/extract/runner';
import type { Filter, OriginalSource, Removal } from '../../src/extract/types';
import { page } from './dom';

/** A small hand-written page to run one filter on, the way the pipeline runs it. */
export interface TestPage {
  doc: Document;
  root: Element;
  /** Runs the filter over the page body (a fresh index, as at the start of a stage); what it removed. */
  apply(filter: Filter): Removal[];
  /** The page's remaining text, text nodes joined with spaces. */
  text(): string;
}

export function context(
  body: string,
  options: {
    url?: string;
    title?: string;
    byline?: string;
    source?: OriginalSource | null;
    named?: string;
    authorBios?: string[];
  } = {},
): TestPage {
  const url = options.url ?? 'https://aggregator.example/news/story';
  const dom = page(`<!doctype html><html><body>${body}</body></html>`, url);
  const doc = dom.window.document;
  return {
    doc,
    root: doc.body,
    apply(filter) {
      const run = new Run(() => 0, undefined, new Set());
      filter.apply(
        run.context(filter, {
          doc,
          root: doc.body,
          title: options.title ?? 'A headline for the test',
          byline: options.byline ?? null,
          url: new URL(url),
          source: options.source ?? null,
          ...(options.named ? { named: options.named } : {}),
          authorBios: options.authorBios ?? [],
        }),
      );
      return run.removals;
    },
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
