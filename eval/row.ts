/** One line of eval/pages.ndjson: one extractor on one page. */
import type { CorpusName, PageTask } from './corpora';

export type ExtractorName = 'sift' | 'readability' | 'defuddle';
export const EXTRACTORS: readonly ExtractorName[] = ['sift', 'readability', 'defuddle'];

/** What is scored: each extractor's text, and Sift a second time on the text of its HTML. */
export type Scored = ExtractorName | 'sift-html';
export const SCORED: readonly Scored[] = ['sift', 'sift-html', 'readability', 'defuddle'];
export const SCORED_LABEL: Record<Scored, string> = {
  sift: 'Sift',
  'sift-html': 'Sift (text of html)',
  readability: 'Readability',
  defuddle: 'defuddle',
};

export interface Row {
  corpus: CorpusName;
  id: string;
  type: string;
  url: string;
  extractor: Scored;
  /** false: no article, an exception, a timeout or a crash; scored as empty output. */
  ok: boolean;
  /** A timeout, exception or crash: scored 0 whatever the truth. */
  failed?: boolean;
  error?: string;
  /** The output came from the cache of an earlier run (Readability and defuddle only). */
  cached?: boolean;
  /** Time jsdom took to parse the page, on the row of the extractor that needed it first. */
  parseMs?: number;
  /** Extraction time in ms (jsdom), not counting the parse of the page. */
  ms: number;
  words: number;
  truthWords: number;
  precision: number;
  recall: number;
  f1: number;
  /** Blocks of ≥ 40 characters printed more than once (a few shown, cut short). */
  twice: number;
  twiceExamples: string[];
  /** WCXB snippets. */
  withTotal?: number;
  withFound?: number;
  withoutTotal?: number;
  withoutLeaked?: string[];
  /** Fixtures: clutter strings found, expected paragraphs printed more than once, source right. */
  clutterTotal?: number;
  clutterLeaked?: string[];
  parasTwice?: number;
  sourceRight?: boolean;
  title: { got: string | null; want: string | null; exact: boolean; contains: boolean };
  author: { got: string | null; want: string | null; ok: boolean };
  date: { got: string | null; want: string | null; day: boolean; near: boolean };
  /** Sift only: the original source it reported. */
  source?: string | null;
}

/** What a page's truth says, sent before the page is parsed so that a failure can still be scored. */
export interface TruthSummary {
  truthWords: number;
  withTotal?: number;
  withoutTotal?: number;
  clutterTotal?: number;
  title: string | null;
  author: string | null;
  date: string | null;
}

/** Main thread → worker. */
export interface Job {
  task: PageTask;
  extractors: ExtractorName[];
  siftBudgetMs: number | null;
  /** Use Readability's and defuddle's cached outputs where there are some. */
  cache: boolean;
  /** The DOM defuddle reads the page with. */
  defuddleDom: 'linkedom' | 'jsdom';
}

/** Worker → main thread. */
export type Message =
  | { kind: 'truth'; truth: TruthSummary }
  | { kind: 'start'; extractor: ExtractorName }
  | { kind: 'rows'; extractor: ExtractorName; rows: Row[] }
  | { kind: 'done'; heapMb: number }
  | { kind: 'fatal'; error: string };

/** A row for an extractor that produced nothing: timed out, crashed. */
export function failedRow(
  task: PageTask,
  truth: TruthSummary | null,
  extractor: Scored,
  error: string,
  ms: number,
): Row {
  const row: Row = {
    corpus: task.corpus,
    id: task.id,
    type: task.type,
    url: task.url,
    extractor,
    ok: false,
    failed: true,
    error,
    ms,
    words: 0,
    truthWords: truth?.truthWords ?? 0,
    precision: 0,
    recall: 0,
    f1: 0,
    twice: 0,
    twiceExamples: [],
    title: { got: null, want: truth?.title ?? null, exact: false, contains: false },
    author: { got: null, want: truth?.author ?? null, ok: false },
    date: { got: null, want: truth?.date ?? null, day: false, near: false },
  };
  if (truth?.withTotal !== undefined) row.withTotal = truth.withTotal;
  if (truth?.withTotal !== undefined) row.withFound = 0;
  if (truth?.withoutTotal !== undefined) row.withoutTotal = truth.withoutTotal;
  if (truth?.withoutTotal !== undefined) row.withoutLeaked = [];
  if (truth?.clutterTotal !== undefined) row.clutterTotal = truth.clutterTotal;
  if (truth?.clutterTotal !== undefined) row.clutterLeaked = [];
  if (truth?.clutterTotal !== undefined) row.parasTwice = 0;
  if (extractor === 'sift' || extractor === 'sift-html') row.source = null;
  if (extractor.startsWith('sift') && task.corpus === 'fixtures') row.sourceRight = false;
  return row;
}
