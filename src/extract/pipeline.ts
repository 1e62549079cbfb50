import { Readability } from '@mozilla/readability';
import { absolutize } from './absolute-urls';
import { copyPage } from './copy-page';
import { FILTERS } from './filters';
import { markBylineBlock } from './filters/remove-byline-block';
import { keepOnly, storyRegion } from './focus';
import { type JsonObject, readJsonLd } from './jsonld';
import { isNotAnArticle } from './judge';
import {
  cleanByline,
  EMPTY_METADATA,
  guessDir,
  type PageMetadata,
  readMetadata,
  toIso,
  writtenAsName,
} from './metadata';
import { repairMojibake, repairTextNodes } from './mojibake';
import { gatherPosts } from './posts';
import { dropRepeatedTitle } from './repeated-title';
import { restoreKept } from './restore-kept';
import { copyStoryStep, restoreSectionsStep } from './restore-sections';
import { Run, type Step, type StepOutcome, TimeUp } from './runner';
import { sanitizedCopy, sanitizeInPieces } from './sanitize';
import { findProvenance } from './source';
import { findStandfirst } from './standfirst';
import {
  bareHost,
  collapse,
  collapsedLength,
  countWords,
  fingerprintText,
  hasText,
  readableText,
} from './text';
import {
  type Article,
  ExtractOptionError,
  type ExtractOptions,
  type ExtractResult,
  type Filter,
  type OriginalSource,
  type Provenance,
  type Timings,
} from './types';

/** Reading speed used for reading time, words per minute. */
export const WORDS_PER_MINUTE = 230;
/** The extension's time budget (README: "Limits"). The engine itself has none unless given one. */
export const TIME_BUDGET_MS = 10_000;
/** Past this many elements a page is refused with a clear message rather than freezing the tab. */
export const MAX_ELEMENTS = 250_000;
/** Below this much text, the filtered extraction is retried on the unfiltered page. */
const MIN_ARTICLE_CHARS = 250;
const PAGE_TEXT_CHARS = 20_000;
/** A result with less than this share of the page's paragraph text gets a second opinion. */
const SUSPICIOUS_SHARE = 0.25;
/** Readability's reading without its guesses by class replaces its first one from this many times as long… */
const AGAIN_GROWTH = 4;
/** …and from this many times when it holds the first one (a forum's first post and its replies, 4087)… */
const THREAD_GROWTH = 10;
/**
 * …or from this many times without the comments its guesses dropped, in prose of its own: the opening
 * of a longer story (a recipe's introduction, 4163, 6.1x), not a service page's section beside the
 * rest of the page (4281, 4.6x), nor a post beside its comments (4449, 1.2x without them).
 */
const OPENING_GROWTH = 5;
/**
 * Where a reading holds comments: the blocks a site names for them, or marks up as comments (by id and
 * microdata: Readability's output keeps no classes).
 */
const COMMENTS = '[id*="comment" i], [id*="disqus" i], [itemtype*="Comment"]';

type Parsed = {
  content: Element;
  title: string | null | undefined;
  byline: string | null | undefined;
  siteName: string | null | undefined;
  publishedTime: string | null | undefined;
  lang: string | null | undefined;
  dir: string | null | undefined;
};

/** What the steps share. Each step reads what earlier ones left and adds its part. */
interface State {
  readonly page: Document;
  readonly url: URL;
  readonly maxElements: number;
  work: Document;
  jsonLd: JsonObject[];
  meta: PageMetadata;
  source: OriginalSource | null;
  provenance: Provenance;
  parsed: Parsed | null;
  /** The page was too long to give to Readability in the budget: it was read plainly (quickReading). */
  quick: boolean;
  /**
   * The page was too long to copy in the budget: every step reads the page itself (never changing it),
   * and the plain reading copies only the part it shows, piece by piece (sanitize).
   */
  uncopied: boolean;
  html: string;
  text: string;
  words: number;
  /** The summary the page prints over the story, when the article lacks it: shown with the headline. */
  standfirst: string | null;
  /** copy-story's copy of the body as Readability is given it (restore-sections reads it). */
  sectionsPage?: Element | null;
}

/** The filters of one stage, as steps. */
function filterSteps(stage: Filter['stage']): Step<State>[] {
  return FILTERS.filter((f) => f.stage === stage).map((filter) => ({
    id: filter.id,
    optional: true,
    run(state, run) {
      const before = stage !== 'after-readability';
      const root = before ? state.work.body : state.parsed?.content;
      // A quick reading skips the clean-up of Readability's result: there was no time for it.
      if (!root || state.uncopied || (!before && state.quick)) return undefined;
      // Once the full reading cannot fit, it never will (the time spent only grows, the time left only
      // shrinks): a plain reading follows, so the clean-up before Readability is skipped to answer sooner.
      if (before && !fullReadingFits(run.elapsed(), run.remaining())) return undefined;
      const removed = run.removals.length;
      filter.apply(
        run.context(filter, {
          doc: state.work,
          root,
          title: state.meta.title,
          byline: state.meta.byline,
          url: state.url,
          source: state.source,
          ...(state.provenance.named ? { named: state.provenance.named } : {}),
          authorBios: state.meta.authorBios,
        }),
      );
      // What is left of the page is measured again for the filters after find-source: the other
      // stories' blocks are not copies of the story's.
      if (stage === 'before-source' && run.removals.length > removed) run.forget(root);
      return undefined;
    },
  }));
}

/**
 * The pipeline as data: every step in the order it runs. Filters, the safety net and the standfirst
 * can be switched off by id; the rest is what reading a page means.
 */
export const STEPS: readonly Step<State>[] = [
  {
    id: 'check-page',
    optional: false,
    run(state, run) {
      const { page, maxElements } = state;
      const elements = page.getElementsByTagName('*').length;
      if (elements > maxElements) return { stop: 'too-large', data: { elements, limit: maxElements } };
      if (!page.body || !hasText(page.body)) return { stop: 'empty-page' };
      // Counting the page's elements is one pass over it; copying it costs up to COPY_PER_COUNT times
      // that. When the copy would not fit in half the budget, there is none (see `uncopied`).
      const spent = run.elapsed();
      run.passMs = spent;
      state.uncopied = spent * (1 + COPY_PER_COUNT) > (spent + run.remaining()) * PREPARE_SHARE;
      return undefined;
    },
  },
  {
    id: 'clone-page',
    optional: false,
    run(state) {
      // Everything below works on this copy; the page the reader is looking at is never touched.
      state.work = state.uncopied ? state.page : copyPage(state.page);
      state.jsonLd = readJsonLd(state.work);
      return undefined;
    },
  },
  {
    id: 'read-metadata',
    optional: false,
    run(state, run) {
      // On a page too long for the budget, the headline's, byline's and date's searches of the whole
      // page are left out once they could end past half of it (all of them take about 8 times the
      // count of check-page on the 50,000-paragraph page): the reading needs the rest.
      const cut = run.cutoff(PREPARE_SHARE, 8);
      state.meta = readMetadata(state.work, state.jsonLd, state.url, cut);
      if (cut.hit) run.note('read-metadata', 'metadata-partial');
      // The byline block next to the headline is shown in the header; remove-byline-block finds it by this mark.
      const block = state.uncopied ? null : state.meta.bylineBlock;
      if (block) markBylineBlock(block);
      return undefined;
    },
  },
  ...filterSteps('before-source'),
  {
    id: 'find-source',
    optional: false,
    run(state, run) {
      // Before any filter: the lines that carry the clue are removed later. Stops looking once half
      // of the budget is spent, with what it found.
      // Its searches before that loop take about 12 counts of check-page (50,000 paragraphs).
      const cut = run.cutoff(PREPARE_SHARE, 12);
      state.provenance = findProvenance(state.work, state.url, state.jsonLd, state.meta, cut);
      state.source = state.provenance.source;
      if (cut.hit) run.note('find-source', 'source-unchecked');
      return undefined;
    },
  },
  ...filterSteps('before-readability'),
  {
    id: 'focus-story',
    optional: true,
    run(state, run) {
      // Readability scores every node it is given; the page's header, side columns and footer cannot
      // hold the story (under a tenth of its paragraph text), so they are not given to it.
      const body = state.work.body;
      // Past half the budget the reading needs what is left: the plain reading takes the whole body.
      if (!body || state.uncopied || run.cutoff(PREPARE_SHARE, 6)()) return undefined;
      const region = storyRegion(run.index(body), body, state.meta.headline);
      if (region) keepOnly(region, body);
      return undefined;
    },
  },
  {
    ...copyStoryStep,
    run(state, run) {
      // restore-sections only follows a full reading: a page read plainly (too long for the budget, or
      // not copied at all) is not copied again here.
      if (state.uncopied || !fullReadingFits(run.elapsed(), run.remaining())) return undefined;
      return copyStoryStep.run(state, run);
    },
  },
  {
    id: 'readability',
    optional: false,
    run(state, run) {
      // Readability cannot be stopped once started. When what is left of the budget cannot hold it and
      // the steps after it, the page is read plainly instead (linear), and the reader is told.
      if (state.uncopied || !fullReadingFits(run.elapsed(), run.remaining())) {
        // Past half the budget, its navigation and side matter are left out piece by piece (sanitize).
        state.parsed = quickReading(state.work, !state.uncopied && !run.cutoff(PREPARE_SHARE)());
        state.quick = true;
        run.note('readability', 'long-page');
        return undefined;
      }
      state.parsed = parse(state.work);
      return undefined;
    },
  },
  {
    id: 'safety-net',
    optional: true,
    run(state, run) {
      // Removing clutter can tip Readability onto the wrong block (on a blog page without its comment
      // form it picks a comment). When the result holds a small share of the page's paragraph text,
      // read the page as plain Readability would and keep that if it is much longer.
      // Not after a quick reading, nor when a second Readability cannot fit in the budget.
      if (state.quick || !fullReadingFits(run.elapsed(), run.remaining())) return undefined;
      const got = state.parsed ? collapsedLength(state.parsed.content) : 0;
      // The page as Readability was given it (copy-story's copy): Readability has since taken nodes out.
      const given = state.sectionsPage ?? state.work.body ?? null;
      const wanted = proseChars(given) * SUSPICIOUS_SHARE;
      if (got >= MIN_ARTICLE_CHARS && got >= wanted) return undefined;
      // Readability stops at the first reading of 500 characters, and on its first try it drops every
      // block whose class reads as clutter to it ("with-sidebar" on the article, WCXB 0334), keeping
      // the site's disclosure. Asked for the share wanted, it reads the filtered page again without
      // its guesses by class; a reading that reaches it, and is several times what it kept, is the
      // story (the introduction of a list of 80 restaurants, each an <article>: 4340; a recipe's
      // introduction without its recipe card: 4163). A short page's own text beside a long block
      // Readability scored down (a carousel of shipping offers, 4759) is not replaced by that block;
      // nor is the story Readability found by the same story with the comments its guesses dropped
      // (blog posts under long comment threads, 0479, 4449): see againReads.
      if (state.sectionsPage && got < wanted) {
        const again = parse(storyDocument(state.work, state.sectionsPage), Math.ceil(wanted));
        const first = state.parsed?.content;
        if (again && againReads(again.content, first, got, wanted)) {
          state.parsed = again;
          return undefined;
        }
      }
      const plain = parse(copyPage(state.page));
      if (plain && collapsedLength(plain.content) > Math.max(got * 2, got + MIN_ARTICLE_CHARS)) {
        state.parsed = plain;
        run.resetRemovals();
        run.note('safety-net', 'plain-reading');
      }
      return undefined;
    },
  },
  {
    id: 'gather-posts',
    optional: true,
    run(state, run) {
      // A thread the page declares (a question and its answers, a forum post and its replies) is read
      // whole when Readability kept one post of it (src/extract/posts.ts). Not after a quick or a plain
      // reading: copy-story's copy is then not the page that was read.
      const parsed = state.parsed;
      const page = state.sectionsPage;
      if (state.quick || !parsed || !page || run.noted('plain-reading')) return undefined;
      const thread = gatherPosts(page, parsed.content);
      if (!thread) return undefined;
      parsed.content = thread;
      // The posts are the article: restore-sections has no sections of a story to bring back.
      state.sectionsPage = null;
      run.note('gather-posts', 'thread');
      return undefined;
    },
  },
  restoreSectionsStep,
  {
    id: 'judge-article',
    optional: false,
    run({ parsed, url }) {
      return !parsed || isNotAnArticle(parsed.content, url) ? { stop: 'no-article' } : undefined;
    },
  },
  ...filterSteps('after-readability'),
  {
    id: 'drop-repeated-title',
    optional: true,
    run(state) {
      // The headline is shown above the article: the body does not start with it again (any reading).
      const content = state.parsed?.content;
      const title = state.meta.title || collapse(state.parsed?.title ?? '');
      // Not on the page itself (uncopied): it is never changed.
      if (content && !state.uncopied) dropRepeatedTitle(content, title);
      return undefined;
    },
  },
  {
    id: 'restore-standfirst',
    optional: true,
    run(state, run) {
      const content = state.parsed?.content;
      const body = state.work.body;
      // A plain reading past half the budget has no time for the page's index (focus-story was skipped).
      if (state.uncopied || (state.quick && run.cutoff(PREPARE_SHARE)())) return undefined;
      state.standfirst =
        content && body ? findStandfirst(run.index(body), content, state.meta.description) : null;
      if (state.standfirst) run.note('restore-standfirst', 'standfirst-restored');
      return undefined;
    },
  },
  {
    id: 'restore-kept',
    optional: true,
    run(state, run) {
      // Blocks the reader put back that Readability left out (a link list, share buttons), in place.
      const content = state.parsed?.content;
      const body = state.page.body;
      // Not after a quick reading: there was no time for another pass over the page (it kept the
      // page's text as it stands, kept blocks with it, short of its navigation and side matter).
      if (run.keep.size === 0 || state.quick || !content || !body) return undefined;
      restoreKept(run.index(body), run.index(content), run.keep);
      return undefined;
    },
  },
  {
    id: 'sanitize',
    optional: false,
    run(state, run) {
      const content = state.parsed?.content;
      const win = state.page.defaultView as (Window & typeof globalThis) | null;
      if (!content || !win) return undefined;
      if (!state.quick) {
        // The root is a <div> or the <body>, never one the policy removes; if it were, nothing is shown.
        const clean = sanitizedCopy(content, win) ?? state.work.createElement('div');
        (state.parsed as Parsed).content = clean;
        state.html = clean.innerHTML;
        return undefined;
      }
      // A page read plainly for want of time is sanitized piece by piece, in order, as long as the
      // budget holds the next piece and the text still to derive: the reader gets its first part in time.
      // Once: the document's base address is a search of the page for <base> each time it is asked.
      const base = state.work.baseURI;
      const started = run.elapsed();
      let last = started;
      const pieces = sanitizeInPieces(content, win, {
        copy: state.uncopied,
        skip: (el) => el.matches(NOT_STORY),
        prepare: (piece) => {
          for (const el of piece.querySelectorAll(NOT_STORY)) el.remove();
          absolutize(piece, base);
        },
        outOfTime: () => {
          const now = run.elapsed();
          const piece = now - last;
          last = now;
          // The next piece is up to twice as large: three times the last one's time, with a margin.
          return run.remaining() < piece * 3 + (now - started) * TEXT_PER_SANITIZE;
        },
      });
      (state.parsed as Parsed).content = pieces.content;
      state.html = pieces.content.innerHTML;
      if (!pieces.whole) run.note('sanitize', 'cut-short');
      return undefined;
    },
  },
  {
    id: 'repair-encoding',
    optional: false,
    run(state) {
      // Text the page stored encoded twice ("Investorâs"), read back: the article's words, before
      // they are counted.
      const content = state.parsed?.content;
      if (content && repairTextNodes(content) > 0) state.html = content.innerHTML;
      return undefined;
    },
  },
  {
    id: 'derive-text',
    optional: false,
    run(state) {
      // From the sanitized article itself: what the reader sees is what is counted.
      if (state.parsed) state.text = readableText(state.parsed.content);
      state.words = countWords(state.text);
      return undefined;
    },
  },
  {
    id: 'judge-result',
    optional: false,
    run({ text }) {
      // judge-article asked it of Readability's pick, which holds text; the clean-up after it can
      // leave none (a shop's category page whose pick was its sign-up box, WCXB 4470; a product page
      // whose description the page shows by script, 0631). An article without text is no article,
      // as for judge-article: the reader gets the message, not a blank page.
      return text.trim() === '' ? { stop: 'no-article' } : undefined;
    },
  },
];

/** The ids `disable` accepts. */
export const OPTIONAL_STEPS: readonly string[] = STEPS.filter((s) => s.optional).map((s) => s.id);

/**
 * Sift's engine: a Document in, an article (or the reason there is none) out. Works on a clone; the
 * document passed in is never changed. Pure DOM: runs unchanged in a content script and in jsdom.
 */
export function extract(doc: Document, options: ExtractOptions = {}): ExtractResult {
  const disabled = new Set(options.disable ?? []);
  for (const id of disabled)
    if (!OPTIONAL_STEPS.includes(id))
      throw new ExtractOptionError(
        `unknown step "${id}" (steps that can be switched off: ${OPTIONAL_STEPS.join(', ')})`,
      );
  if (!doc.defaultView)
    throw new ExtractOptionError(
      'extract() needs a document that has a window (a live page or a jsdom document)',
    );
  const now = options.now ?? defaultClock;
  const run = new Run(now, options.timeBudgetMs, new Set(options.keep ?? []));
  const state: State = {
    page: doc,
    url: pageUrl(doc, options.url),
    maxElements: options.maxElements ?? MAX_ELEMENTS,
    work: doc,
    jsonLd: [],
    meta: EMPTY_METADATA,
    source: null,
    provenance: { state: 'original', source: null, evidence: [] },
    parsed: null,
    standfirst: null,
    quick: false,
    uncopied: false,
    html: '',
    text: '',
    words: 0,
  };
  let outcome: StepOutcome | undefined;
  try {
    outcome = run.steps(STEPS, state, disabled);
  } catch (error) {
    if (error instanceof TimeUp)
      return failure(doc, 'timeout', { budgetMs: options.timeBudgetMs ?? 0 }, run.timings);
    // A page nested thousands of levels deep can exhaust the stack of a DOM implementation that
    // recurses (jsdom's clone does); say so instead of crashing.
    if (error instanceof RangeError) return failure(doc, 'too-deep', {}, run.timings);
    throw error;
  }
  if (outcome) return failure(doc, outcome.stop, outcome.data ?? {}, run.timings);
  return { ok: true, article: assemble(state, run.removals, run.notes), timings: run.timings };
}

function assemble(state: State, removals: Article['removals'], notes: Article['notes']): Article {
  const { meta, url, text, words } = state;
  const parsed = state.parsed as Parsed;
  const siteName = meta.siteName ?? (collapse(parsed.siteName ?? '') || null);
  // The site credited as its own author (an account "worldnewsera" on World News Era, seed-003; the
  // organization "Head Topics", seed-001) is not a byline, unless the page prints it next to the
  // headline ("By ASU Online") or declares it as a person's name: a personal blog named after its
  // author ("Cory Dransfeldt", WCXB 0437). The metadata reader has already refused the organization.
  let byline = meta.byline ?? cleanByline(parsed.byline ?? null) ?? meta.owner ?? null;
  if (
    byline &&
    siteName &&
    !meta.bylineBlock &&
    fingerprintText(byline) === fingerprintText(siteName) &&
    !((byline === meta.byline || byline === meta.owner) && writtenAsName(byline))
  )
    byline = null;
  return {
    title: repairMojibake(meta.title || collapse(parsed.title ?? '') || bareHost(url)),
    byline: byline && repairMojibake(byline),
    standfirst: state.standfirst && repairMojibake(state.standfirst),
    published: meta.published ?? toIso(parsed.publishedTime),
    site: bareHost(url),
    siteName: siteName && repairMojibake(siteName),
    url: url.href,
    lang: meta.lang ?? (parsed.lang || null),
    dir: meta.dir ?? (parsed.dir === 'rtl' ? 'rtl' : parsed.dir === 'ltr' ? 'ltr' : guessDir(text)),
    source: state.provenance.source,
    provenance: state.provenance,
    html: state.html,
    text,
    wordCount: words,
    readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
    removals,
    notes,
  };
}

/**
 * How long Readability and every step after it take, at most, as a multiple of the time the steps
 * before it took on the same page: all of them are linear in the page, so what the first steps took on
 * this page, on this machine, under this load, predicts the rest. Measured on articles of 10,000 to
 * 100,000 paragraphs (bench/RESULTS.md): 2.4 to 3.9 in jsdom, 5 to 11 in Chromium under load; with
 * a margin, because Readability cannot be stopped once started.
 */
export const REST_PER_ELAPSED = 10;

/**
 * The share of the budget the steps before the reading may use on a page too long for it: past it,
 * read-metadata and find-source stop looking (answering with what they found) and focus-story is
 * skipped, so the plain reading has the other half.
 */
export const PREPARE_SHARE = 0.5;

/**
 * Time kept for deriving the text of a plain reading, as a share of the time its sanitizing took:
 * measured 0.06 on the 50,000-paragraph page in jsdom (0.61 s for 10.2 s), with a margin.
 */
const TEXT_PER_SANITIZE = 0.25;

/**
 * What copying a page costs, at most, as a multiple of counting its elements (check-page): 9 to 26
 * on the 50,000-paragraph page in jsdom at load 17 to 20 (clone 3.5 to 18 s), with a margin.
 */
export const COPY_PER_COUNT = 30;

/** Whether the rest of a full reading fits in what is left of the budget, from the time spent so far. */
export function fullReadingFits(elapsedMs: number, remainingMs: number): boolean {
  return remainingMs >= elapsedMs * REST_PER_ELAPSED;
}

/** Navigation and side matter a plain reading leaves out (Readability would not keep them either). */
const NOT_STORY =
  'nav, aside, footer, dialog, [role="navigation"], [role="complementary"], [role="contentinfo"], [hidden]';

/**
 * The plain reading of a page too long to give to Readability in the budget: what focus-story kept
 * (the story's region, or the whole body) without its navigation and side matter, as the page has it.
 * It keeps the article whole; the filters before Readability have already cleaned it. Linear.
 * `clean`: leave out the navigation here, in one pass of the page (else piece by piece, in sanitize).
 */
function quickReading(doc: Document, clean: boolean): Parsed | null {
  const body = doc.body;
  if (!body) return null;
  if (clean) for (const el of body.querySelectorAll(NOT_STORY)) el.remove();
  // Readability would have made links and images absolute (the sanitizer drops relative ones): done
  // piece by piece as the article is sanitized (sanitize).
  const root = doc.documentElement;
  return {
    // The body itself: moving a hundred thousand nodes into a new element would cost a pass of its own.
    content: body,
    title: doc.title,
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: root?.getAttribute('lang') || null,
    dir: root?.getAttribute('dir') || null,
  };
}

/** `charThreshold`: the length below which Readability tries again with fewer of its guesses. */
function parse(doc: Document, charThreshold?: number): Parsed | null {
  const result = new Readability<Element>(doc, {
    serializer: (node) => node as Element,
    maxElemsToParse: MAX_ELEMENTS,
    ...(charThreshold === undefined ? {} : { charThreshold }),
  }).parse();
  return result?.content ? { ...result, content: result.content } : null;
}

/**
 * The page's address: the one given, else the document's own, else (a saved file read without --url)
 * the address the page declares as its canonical or og:url.
 */
function pageUrl(doc: Document, given: string | undefined): URL {
  const declared = () =>
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    undefined;
  // The declared address is looked for last, and only then: on a long page each search is a pass.
  for (const candidate of [() => given, () => doc.URL, declared]) {
    const address = candidate();
    if (!address) continue;
    try {
      const url = new URL(address);
      if (/^https?:$/.test(url.protocol) || (url.protocol === 'file:' && address === doc.URL)) return url;
    } catch {
      // try the next
    }
  }
  return new URL('http://localhost/');
}

function defaultClock(): number {
  return typeof performance === 'undefined' ? Date.now() : performance.now();
}

function failure(
  doc: Document,
  reason: Exclude<ExtractResult, { ok: true }>['reason'],
  data: Exclude<ExtractResult, { ok: true }>['data'],
  timings: Timings,
): ExtractResult {
  const pageText =
    reason === 'too-large' || reason === 'too-deep' || reason === 'timeout' ? '' : visibleText(doc);
  return { ok: false, reason, data, pageText, timings };
}

/** The page's words without its scripts and styles, for "show the page's text anyway". */
function visibleText(doc: Document): string {
  if (!doc.body) return '';
  return collapse(readableText(doc.body, { limit: PAGE_TEXT_CHARS }).slice(0, PAGE_TEXT_CHARS));
}

/** Paragraphs shorter than this prove nothing about where a reading is (a date, "Share"). */
const MIN_HELD_CHARS = 25;

/**
 * Whether the safety net's second reading replaces the first (`got` characters long). Holding the first
 * reading, it either grows as a thread does, or grows outside comment blocks with prose of its own, not
 * headlines of other stories with their summaries (a section's front page, Readability's nytimes-5).
 */
function againReads(again: Element, first: Element | undefined, got: number, wanted: number): boolean {
  const length = collapsedLength(again);
  if (length < wanted) return false;
  if (!first || !holds(fingerprintText(again.textContent ?? ''), first)) return length >= got * AGAIN_GROWTH;
  if (length >= got * THREAD_GROWTH) return true;
  const comments: Element[] = [];
  for (const el of again.querySelectorAll(COMMENTS))
    if (!el.parentElement?.closest(COMMENTS)) comments.push(el);
  let own = length;
  for (const c of comments) own -= collapsedLength(c);
  return (
    own >= wanted &&
    own >= got * OPENING_GROWTH &&
    ownProse(again, comments) >= ownProse(first, []) * OPENING_GROWTH
  );
}

/**
 * `print` (letters and digits) holds most of the paragraphs of `inner` (two readings of one page lay
 * out its byline and headings apart, not its paragraphs).
 */
function holds(print: string, inner: Element): boolean {
  let all = 0;
  let held = 0;
  for (const p of inner.querySelectorAll('p')) {
    const text = fingerprintText(p.textContent ?? '');
    if (text.length < MIN_HELD_CHARS) continue;
    all++;
    if (print.includes(text)) held++;
  }
  return all > 0 && held * 2 >= all;
}

/** The text of a reading's paragraphs and list items outside links and the comment blocks given. */
function ownProse(content: Element, comments: readonly Element[]): number {
  let n = 0;
  for (const block of content.querySelectorAll('p, li')) {
    if (block.parentElement?.closest('p, li') || comments.some((c) => c.contains(block))) continue;
    let links = 0;
    for (const a of block.querySelectorAll('a')) links += collapsedLength(a);
    n += Math.max(0, collapsedLength(block) - links);
  }
  return n;
}

/**
 * A document of the page's head and a copy of `body` (the page as Readability was given it), at the
 * page's address. Readability may have left the working copy without its root element (WCXB 0601).
 */
function storyDocument(work: Document, body: Element): Document {
  const doc = work.cloneNode(false) as Document;
  const root = work.documentElement ? doc.importNode(work.documentElement, false) : doc.createElement('html');
  doc.appendChild(root);
  if (work.head) root.appendChild(doc.importNode(work.head, true));
  root.appendChild(doc.importNode(body, true));
  return doc;
}

/** Characters of text in the page's paragraphs: what an article is usually made of. One static pass. */
function proseChars(body: Element | null): number {
  let n = 0;
  if (body) for (const p of body.querySelectorAll('p')) n += (p.textContent ?? '').length;
  return n;
}
