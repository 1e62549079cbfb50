/**
 * What Sift hands to the popup, the CLI and the tests. Plain data (it crosses the message boundary),
 * and codes rather than sentences: the words a reader sees are chosen by the UI (src/shared/words.ts).
 */
import type { PageIndex } from './page-index';

export interface OriginalSource {
  url: string;
  /** The outlet's name where the page states it, otherwise its host name. */
  name: string;
  /** Which clue found it, e.g. 'anchor:read entire article', 'json-ld:isBasedOn', 'canonical'. */
  foundBy: string;
}

/**
 * Whose story this is, in one of three states a reader can trust:
 * - `original`: the page is the publisher's own (canonical and publisher on this site, no sign of
 *   republication);
 * - `republished`: the page carries another outlet's story and links it (`source`), or names it
 *   without a link (`named`: "Source: ANP", "Bron: ANP" under a wire story);
 * - `unknown`: the page looks like a republisher (it says "summarized", links out to many other
 *   outlets' stories) but does not say whose story it is.
 */
export type ProvenanceState = 'original' | 'republished' | 'unknown';

export interface Provenance {
  state: ProvenanceState;
  /** The original, with its link, when `state` is 'republished' and the page links it. */
  source: OriginalSource | null;
  /** The outlet the page names as the story's origin without linking it, when `state` is 'republished'. */
  named?: string;
  /**
   * The clues the state rests on, as codes with their data ("canonical:same-site", "links-out:7",
   * "says:summarized", "citations:3", "anchor:source link"): for the curious, and for tests.
   */
  evidence: string[];
}

/**
 * Why a block was hidden, as a reader would group it. The UI turns each code into words
 * ("Links to other stories", "Share buttons"); `rule` says which test inside the step fired.
 */
export type ReasonCode =
  | 'share-buttons'
  | 'printed-again'
  | 'other-stories'
  /** Whole other stories the page loaded below the reader's. */
  | 'next-stories'
  | 'comment-form'
  | 'duplicate'
  | 'source-line'
  | 'boilerplate'
  /** The byline printed again in the body, now shown under the headline. */
  | 'byline';

export interface Removal {
  /** The id of the step (filter) that removed it. */
  step: string;
  /** The rule inside the step, e.g. 'share-counter', 'link-list-repeated'. */
  rule: string;
  reason: ReasonCode;
  /** Numbers and short page text the words need: how many times it was printed, under which heading. */
  data: RemovalData;
  /** The first words of what was removed, with its spacing, for the "blocks hidden" list. */
  preview: string;
  /**
   * A fingerprint of the block's text. Given back in `keep`, the block is left alone: that is how a
   * reader puts a block back (the page is read again and the block stays where the page has it).
   */
  key: string;
  /** The start of the nearest text before it, to show where it stood (null: at the start). */
  after: string | null;
}

export interface RemovalData {
  times?: number;
  paragraphs?: number;
  heading?: string;
}

/** A step that changed the outcome without removing a block: the reader is told. */
export type NoteCode =
  /** The filtered reading was too short; the page was read as plain Readability would. */
  | 'plain-reading'
  /** The page was too long to read fully in the time budget: its main text is shown as the page has it. */
  | 'long-page'
  /** The page is a discussion: every post of it is shown, in order. */
  | 'thread'
  /** The summary line shown above the story was put back at the top. */
  | 'standfirst-restored'
  /** The page was too long to show whole in the time budget: its first part is shown. */
  | 'cut-short'
  /** The byline and the date were not looked for in time (a very long page). */
  | 'metadata-partial'
  /** Whether the story comes from another site was not fully checked in time (a very long page). */
  | 'source-unchecked';

export interface Note {
  step: string;
  code: NoteCode;
}

export interface Article {
  title: string;
  byline: string | null;
  /**
   * The summary the page prints under its headline when the article does not hold it (restore-standfirst):
   * shown with the headline, like the byline; not part of `html` or `text`.
   */
  standfirst: string | null;
  /** ISO 8601, or null when the page does not say. */
  published: string | null;
  /** Host name of the page it was read on. */
  site: string;
  siteName: string | null;
  url: string;
  lang: string | null;
  dir: 'ltr' | 'rtl';
  /** The original when the page republishes a story and links it: `provenance.source`, kept for callers. */
  source: OriginalSource | null;
  /** Whose story this is (original, republished from a linked outlet, or republished without saying). */
  provenance: Provenance;
  /** Sanitized article HTML: no script, no handlers, no forms or frames, absolute URLs. */
  html: string;
  /** The text of `html`, one block per paragraph, blank lines between. */
  text: string;
  wordCount: number;
  readingMinutes: number;
  removals: Removal[];
  notes: Note[];
}

export type NoArticleReason = 'empty-page' | 'no-article' | 'too-large' | 'too-deep' | 'timeout';

/** Per-step wall time in ms, in the order the steps ran. */
export type Timings = readonly { step: string; ms: number }[];

export type ExtractResult =
  | { ok: true; article: Article; timings: Timings }
  | {
      ok: false;
      reason: NoArticleReason;
      /** The numbers behind the reason: the element count and limit, the budget. */
      data: { elements?: number; limit?: number; budgetMs?: number };
      /** The page's visible words, for "show the page's text anyway" (empty when too large or too slow). */
      pageText: string;
      timings: Timings;
    };

export interface ExtractOptions {
  /** The page's URL; defaults to the document's own (and, for a page without one, its canonical). */
  url?: string;
  /** Step ids to switch off (filters, 'safety-net', 'drop-repeated-title', 'restore-standfirst', 'restore-kept'). An unknown id throws. */
  disable?: readonly string[];
  /** Removal keys (Removal.key) of blocks the reader put back: never removed again. */
  keep?: readonly string[];
  /** Give up (with a clear result) past this many elements. */
  maxElements?: number;
  /** Stop (with a clear result) past this many ms. No budget when absent. */
  timeBudgetMs?: number;
  /** The clock the budget is measured with (ms); performance.now() by default. */
  now?: () => number;
}

/** Thrown by extract() for options that are a caller's mistake, such as an unknown step id. */
export class ExtractOptionError extends Error {}

/** What a filter sees: the working copy, what is known about the page, and the stage's index. */
export interface FilterContext {
  doc: Document;
  /** The subtree the filter works on: the clone's body before Readability, the article after. */
  root: Element;
  title: string;
  /** The writer's name as the header shows it (read from the page's metadata), or null. */
  byline: string | null;
  url: URL;
  /** The original source found before any filter ran. */
  source: OriginalSource | null;
  /** The origin the page names without a link ("Bron: ANP"), found before any filter ran. */
  named?: string;
  /** Biographies the page declares for its people (JSON-LD), as written there. */
  authorBios: readonly string[];
  /** Sizes, fingerprints, leaf blocks and link shares of `root`, measured once for the stage. */
  index: PageIndex;
  /** Takes the element out of the working copy and records why. Returns false when it was kept. */
  remove(el: Element, rule: string, reason?: ReasonCode, data?: RemovalData): boolean;
  /** True once the element (or an ancestor) was removed in this stage. */
  isGone(el: Element): boolean;
  /**
   * Says the filter moved or revealed content (what a script would have put in place): the stage's
   * index no longer holds, and is measured again when next asked. Removals need not say so.
   */
  reshaped(): void;
}

export interface Filter {
  /** Verb phrase, also the file name: remove-*, dedupe-*. */
  id: string;
  /** Why the filter exists, in a sentence for developers (the README, --help). */
  why: string;
  /** The reason its removals are grouped under unless a rule says otherwise. */
  reason: ReasonCode;
  /**
   * before-source: on the page's copy once its metadata is read, before the original source is looked
   * for (whole other stories, whose origin lines are not the story's); before-readability: the rest of
   * the clean-up of that copy; after-readability: on Readability's article.
   */
  stage: 'before-source' | 'before-readability' | 'after-readability';
  apply(ctx: FilterContext): void;
}
