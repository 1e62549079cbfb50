/** What Sift hands to the popup, the CLI and the tests. Plain data: it crosses the message boundary. */
export interface OriginalSource {
  url: string;
  /** The outlet's name where the page states it, otherwise its host name. */
  name: string;
  /** Which clue found it, e.g. 'anchor:read entire article', 'json-ld:isBasedOn', 'canonical'. */
  foundBy: string;
}

export interface Removal {
  /** The id of the filter that removed it. */
  filter: string;
  reason: string;
  /** The first words of what was removed, for the "N blocks hidden" list. */
  preview: string;
}

export interface Article {
  title: string;
  byline: string | null;
  /** ISO 8601, or null when the page does not say. */
  published: string | null;
  /** Host name of the page it was read on. */
  site: string;
  siteName: string | null;
  url: string;
  lang: string | null;
  dir: 'ltr' | 'rtl';
  source: OriginalSource | null;
  /** Sanitized article HTML: no script, no handlers, no forms or frames, absolute URLs. */
  html: string;
  text: string;
  wordCount: number;
  readingMinutes: number;
  removals: Removal[];
}

export type NoArticleReason = 'empty-page' | 'no-article' | 'too-large' | 'timeout';

export type ExtractResult =
  | { ok: true; article: Article }
  | { ok: false; reason: NoArticleReason; message: string; pageText: string };

export interface ExtractOptions {
  /** The page's URL; defaults to the document's own. */
  url?: string;
  /** Filter ids to switch off. */
  disable?: readonly string[];
  /** Give up (with a clear result) past this many elements. */
  maxElements?: number;
  /** Stop (with a clear result) when a step ends later than this after the start, in ms. */
  timeBudgetMs?: number;
}

/** Shared by every filter: the working copy and what is already known about the page. */
export interface FilterContext {
  doc: Document;
  /** The subtree the filter works on: the clone's body before Readability, the article after. */
  root: Element;
  title: string;
  url: URL;
  /** The original source found before any filter ran. */
  source: OriginalSource | null;
}

export interface Filter {
  /** Verb phrase, also the file name: remove-*, dedupe-*. */
  id: string;
  /** Why the filter exists, shown beside each removal. */
  reason: string;
  stage: 'before-readability' | 'after-readability';
  apply(ctx: FilterContext): Removal[];
}
