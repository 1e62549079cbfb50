import { readMetadata } from '../../src/extract/metadata';
import { page } from './dom';

/** Two paragraphs of a story, so the page has prose after its headline. */
export const STORY =
  '<p>The council voted on Tuesday to extend the programme for another year, after a review found that it had cut waiting times by a third.</p><p>Opposition members said the money would be better spent on repairs to the town’s schools, several of which have leaking roofs.</p>';

/** The metadata of a small page: `head` inside <head>, `body` inside <body> (with `bodyClass`). */
export function read(head: string, body: string, url = 'https://news.example/2025/06/story', bodyClass = '') {
  const dom = page(
    `<!doctype html><html lang="en"><head>${head}</head><body class="${bodyClass}">${body}</body></html>`,
    url,
  );
  return readMetadata(dom.window.document, undefined, new URL(url));
}

/** A JSON-LD script holding `data`. */
export const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
