import { extract } from '../../src/extract/pipeline';
import type { Article, ExtractOptions } from '../../src/extract/types';
import { page } from './dom';

/** The article Sift reads from `html` at `url`; a page that gives none fails the test with its reason. */
export function articleOf(html: string, url: string, options: ExtractOptions = {}): Article {
  const dom = page(html, url);
  try {
    const r = extract(dom.window.document, options);
    if (!r.ok) throw new Error(r.reason);
    return r.article;
  } finally {
    dom.window.close();
  }
}
