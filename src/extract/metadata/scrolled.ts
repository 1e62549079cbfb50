// The story a reader scrolled to on a page that loads the next stories below the first.

import { listOf } from '../nodes';
import { fingerprintText } from '../text';
import { stripSite } from './title';
import { clean, textOf } from './visible-text';

/**
 * A news page that loads the next stories as the reader scrolls ("infinite scroll") rewrites its
 * address and its `<title>` for the story in view (history.replaceState), and leaves the rest of its
 * head, og: tags and JSON-LD, as they were for the story it opened with. Asked there, Sift read the
 * first story's title, byline and date, and kept the first story: not the one the reader was reading.
 *
 * The page has scrolled to another story when all three hold: its address is another page of its own
 * site than the one its head declares (canonical link or og:url); its `<title>` names another story
 * than its og:title; and one of its several `<h1>`s is that story's headline. Then the `<title>` is
 * the title, and the head's declarations are the first story's, not this one's. Returns the `<title>`
 * as written, or null.
 */
export function scrolledTitle(
  doc: Document,
  pageUrl: URL,
  ogTitle: string | null,
  siteNames: (string | null)[],
): string | null {
  const title = clean(doc.title);
  if (!title || !movedFromDeclared(doc, pageUrl)) return null;
  const shown = fingerprintText(stripSite(title, siteNames));
  if (!shown || (ogTitle && fingerprintText(stripSite(ogTitle, siteNames)) === shown)) return null;
  const headlines = listOf(doc.getElementsByTagName('h1'));
  if (headlines.length < 2) return null;
  for (const h1 of headlines) if (fingerprintText(textOf(h1)) === shown) return title;
  return null;
}

/** The address is another page of the same site than the one the head declares. */
function movedFromDeclared(doc: Document, pageUrl: URL): boolean {
  const declared =
    doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  if (!declared) return false;
  let url: URL;
  try {
    url = new URL(declared, pageUrl);
  } catch {
    return false;
  }
  const path = (u: URL) => u.pathname.replace(/\/+$/, '');
  return url.hostname === pageUrl.hostname && path(url) !== path(pageUrl);
}
