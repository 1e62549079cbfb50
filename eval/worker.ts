/**
 * One worker thread of `npm run eval`: loads a page and its truth, parses the page once with jsdom, runs
 * the extractors on that one document (Sift, then plain Readability on a clone, then defuddle, which
 * changes the document it reads, last), scores each output and posts one row per scored output.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { Defuddle } from 'defuddle/node';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { PageTask, WcxbTruth } from './corpora';
import {
  authorOk,
  dateScore,
  flat,
  occurrences,
  printedTwice,
  snippetsFound,
  titleScore,
  wordF1,
  words,
} from './metrics';
import type { ExtractorName, Job, Message, Row, Scored, TruthSummary } from './row';
import { collapse, htmlToText } from './text';

type Extract = (
  doc: Document,
  options: { url?: string; timeBudgetMs?: number },
) =>
  | {
      ok: true;
      article: {
        title: string;
        byline: string | null;
        published: string | null;
        text: string;
        html: string;
        source: { url: string } | null;
      };
    }
  | { ok: false; reason: string };

// The engine bundle (dist/eval/engine.mjs) sits beside this file once built.
const engine = (await import(new URL('./engine.mjs', import.meta.url).href)) as { extract: Extract };

// Extractor libraries log to the console; the progress line on stderr is the only output wanted.
for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) console[method] = () => undefined;
// No network, whatever an extractor would like to fetch.
globalThis.fetch = () => Promise.reject(new Error('npm run eval: no network'));

interface Truth extends TruthSummary {
  text: string;
  with?: string[];
  without?: string[];
  clutter?: string[];
  paragraphs?: string[];
  source?: string | null;
}

function readHtml(task: PageTask): string {
  const buf = fs.readFileSync(task.htmlPath);
  return (task.htmlPath.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
}

function loadTruth(task: PageTask): Truth {
  if (task.corpus === 'wcxb') {
    const t = (JSON.parse(fs.readFileSync(task.truthPath, 'utf8')) as WcxbTruth).ground_truth;
    const text = t.main_content ?? '';
    return {
      text,
      truthWords: words(text).length,
      with: t.with ?? [],
      without: t.without ?? [],
      withTotal: (t.with ?? []).length,
      withoutTotal: (t.without ?? []).length,
      title: t.title || null,
      author: t.author || null,
      date: t.publish_date || null,
    };
  }
  if (task.corpus === 'fixtures') {
    const e = JSON.parse(fs.readFileSync(task.truthPath, 'utf8')) as {
      title: string;
      byline: string | null;
      published: string | null;
      source: { url: string } | null;
      paragraphs: string[];
      headings: string[];
      clutter: string[];
    };
    const text = [...e.headings, ...e.paragraphs].join('\n');
    return {
      text,
      truthWords: words(text).length,
      clutter: e.clutter,
      clutterTotal: e.clutter.length,
      paragraphs: e.paragraphs,
      source: e.source?.url ?? null,
      title: e.title || null,
      author: e.byline || null,
      date: e.published || null,
    };
  }
  // Readability's test pages: expected.html, and expected-metadata.json beside it when present.
  const dom = new JSDOM(fs.readFileSync(task.truthPath, 'utf8'), { virtualConsole: new VirtualConsole() });
  const text = htmlToText(dom.window.document.body?.innerHTML ?? '', new dom.window.DOMParser());
  dom.window.close();
  const metaFile = path.join(path.dirname(task.truthPath), 'expected-metadata.json');
  const meta = fs.existsSync(metaFile)
    ? (JSON.parse(fs.readFileSync(metaFile, 'utf8')) as {
        title?: string | null;
        byline?: string | null;
        publishedTime?: string | null;
      })
    : {};
  return {
    text,
    truthWords: words(text).length,
    title: meta.title || null,
    author: meta.byline || null,
    date: meta.publishedTime || null,
  };
}

interface Output {
  /** An article came out. */
  ok: boolean;
  /** A failure (timeout, exception) scores 0 even where the truth is empty; "no article" is empty output. */
  failed?: boolean;
  error?: string;
  /** The text scored. */
  text: string;
  /** Its blocks, one per line, for "printed twice". */
  blockText: string;
  title: string | null;
  author: string | null;
  date: string | null;
  source?: string | null;
}

function score(task: PageTask, truth: Truth, extractor: Scored, out: Output, ms: number): Row {
  const s = out.failed ? { precision: 0, recall: 0, f1: 0 } : wordF1(out.text, truth.text);
  const lower = flat(out.text);
  const whole = collapse(out.blockText);
  const twice = printedTwice(out.blockText.split('\n'), whole);
  const title = truth.title ? titleScore(out.title, truth.title) : { exact: false, contains: false };
  const row: Row = {
    corpus: task.corpus,
    id: task.id,
    type: task.type,
    url: task.url,
    extractor,
    ok: out.ok,
    ms: Math.round(ms * 10) / 10,
    words: words(out.text).length,
    truthWords: truth.truthWords,
    precision: s.precision,
    recall: s.recall,
    f1: s.f1,
    twice: twice.length,
    twiceExamples: twice.slice(0, 3).map((t) => t.slice(0, 120)),
    title: { got: out.title, want: truth.title, ...title },
    author: {
      got: out.author,
      want: truth.author,
      ok: truth.author ? authorOk(out.author, truth.author) : false,
    },
    date: {
      got: out.date,
      want: truth.date,
      ...(truth.date ? dateScore(out.date, truth.date) : { day: false, near: false }),
    },
  };
  if (out.error) row.error = out.error;
  if (out.failed) row.failed = true;
  if (truth.with && truth.without) {
    row.withTotal = truth.with.length;
    row.withFound = snippetsFound(lower, truth.with).length;
    row.withoutTotal = truth.without.length;
    row.withoutLeaked = snippetsFound(lower, truth.without);
  }
  if (truth.clutter && truth.paragraphs) {
    row.clutterTotal = truth.clutter.length;
    row.clutterLeaked = snippetsFound(lower, truth.clutter);
    const spaced = collapse(out.text);
    row.parasTwice = truth.paragraphs.filter((p) => occurrences(spaced, collapse(p)) > 1).length;
  }
  if (out.source !== undefined) {
    row.source = out.source;
    if (task.corpus === 'fixtures') row.sourceRight = out.source === (truth.source ?? null);
  }
  return row;
}

const EMPTY = { text: '', blockText: '', title: null, author: null, date: null } as const;

interface Produced {
  /** Sift gives two outputs: its text and the text of its HTML. */
  outputs: [Scored, Output][];
  ms: number;
}

/** Extractor output HTML becomes text in one small jsdom document kept for the whole worker. */
const converter = new JSDOM('<!doctype html>', { virtualConsole: new VirtualConsole() });
const parser = new converter.window.DOMParser();

/**
 * Runs one extractor on the page; an exception is a failure, not a crash of the run. Sift and
 * Readability read the one jsdom document `page()` parses. defuddle reads the page with linkedom, the
 * way its own command line does (an HTML string in), unless the run asks for jsdom: on a sample of 41
 * WCXB pages both gave the same word F1 (0.824), linkedom eight times faster.
 */
async function produce(
  name: ExtractorName,
  page: () => JSDOM,
  html: string,
  task: PageTask,
  job: Job,
): Promise<Produced> {
  // The page is parsed (once, by the first extractor that needs it) before the clock starts: the
  // times are the extractors' own. A page jsdom cannot parse fails each extractor that needs it.
  let doc: Document | null = null;
  let t0 = performance.now();
  try {
    if (name !== 'defuddle' || job.defuddleDom === 'jsdom') doc = page().window.document;
    t0 = performance.now();
    if (name === 'sift') {
      const r = engine.extract(doc as Document, {
        url: task.url,
        ...(job.siftBudgetMs === null ? {} : { timeBudgetMs: job.siftBudgetMs }),
      });
      const ms = performance.now() - t0;
      if (!r.ok) {
        // "No article" is an empty output (right on a page whose truth is empty); a timeout is a failure.
        const empty = { ...EMPTY, ok: false, failed: r.reason === 'timeout', error: r.reason, source: null };
        return {
          outputs: [
            ['sift', empty],
            ['sift-html', empty],
          ],
          ms,
        };
      }
      const a = r.article;
      const meta = {
        ok: true,
        title: a.title,
        author: a.byline,
        date: a.published,
        source: a.source?.url ?? null,
      };
      const htmlText = htmlToText(a.html, parser);
      return {
        outputs: [
          ['sift', { ...meta, text: a.text, blockText: a.text }],
          ['sift-html', { ...meta, text: htmlText, blockText: htmlText }],
        ],
        ms,
      };
    }
    if (name === 'readability') {
      const r = new Readability((doc as Document).cloneNode(true) as Document).parse();
      const ms = performance.now() - t0;
      if (!r) return { outputs: [['readability', { ...EMPTY, ok: false, error: 'no article' }]], ms };
      const out: Output = {
        ok: true,
        text: r.textContent ?? '',
        blockText: htmlToText(r.content ?? '', parser),
        title: r.title ?? null,
        author: r.byline ?? null,
        date: r.publishedTime ?? null,
      };
      return { outputs: [['readability', out]], ms };
    }
    // After Sift and Readability: defuddle changes the jsdom document it is given.
    const r = await Defuddle(doc ?? html, task.url, { useAsync: false });
    const ms = performance.now() - t0;
    const text = htmlToText(r.content ?? '', parser);
    const out: Output = {
      ok: true,
      text,
      blockText: text,
      title: r.title || null,
      author: r.author || null,
      date: r.published || null,
    };
    return { outputs: [['defuddle', out]], ms };
  } catch (error) {
    const ms = performance.now() - t0;
    const failed: Output = {
      ...EMPTY,
      ok: false,
      failed: true,
      error: `exception: ${String(error).slice(0, 200)}`,
    };
    if (name === 'sift') {
      const f = { ...failed, source: null };
      return {
        outputs: [
          ['sift', f],
          ['sift-html', f],
        ],
        ms,
      };
    }
    return { outputs: [[name, failed]], ms };
  }
}

/**
 * Readability's and defuddle's outputs depend only on the page and the library, not on Sift: they are
 * kept in node_modules/.cache/sift-eval, keyed by the page's HTML and URL, the library version and
 * CACHE_VERSION (raise it when the text conversion changes), so a rerun after a change to Sift only
 * runs Sift. `--no-cache` ignores and rewrites it.
 */
const CACHE_VERSION = 1;
// eval/build.mjs bakes the repository's root in; run unbundled, it is two folders up.
const ROOT = process.env.SIFT_ROOT ?? path.resolve(import.meta.dirname, '../..');
const CACHE_DIR = path.join(ROOT, 'node_modules/.cache/sift-eval');
const LIB: Record<Exclude<ExtractorName, 'sift'>, string> = {
  readability: '@mozilla/readability',
  defuddle: 'defuddle',
};
const LINKEDOM_VERSION = (() => {
  try {
    const pkg = path.join(ROOT, 'node_modules/linkedom/package.json');
    return (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
})();
const libVersion = new Map<string, string>();

function cacheFile(name: Exclude<ExtractorName, 'sift'>, html: string, url: string, job: Job): string {
  let v = libVersion.get(name);
  if (!v) {
    const pkg = path.join(ROOT, 'node_modules', LIB[name], 'package.json');
    v = (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { version: string }).version;
    libVersion.set(name, v);
  }
  const dom =
    name !== 'defuddle' ? '' : job.defuddleDom === 'linkedom' ? `-linkedom${LINKEDOM_VERSION}` : '-jsdom';
  const key = createHash('sha256')
    .update(`${CACHE_VERSION}\n${v}${dom}\n${url}\n`)
    .update(html)
    .digest('hex');
  return path.join(CACHE_DIR, `${name}-${v}${dom}`, key.slice(0, 2), `${key}.json`);
}

function readCache(file: string): Produced | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Produced;
  } catch {
    return null;
  }
}

function writeCache(file: string, p: Produced) {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(`${file}.tmp`, JSON.stringify(p));
    fs.renameSync(`${file}.tmp`, file);
  } catch {
    // A cache that cannot be written only makes the next run slower.
  }
}

const post = (m: Message) => parentPort?.postMessage(m);

parentPort?.on('message', async (job: Job) => {
  try {
    await run(job);
  } catch (error) {
    post({ kind: 'fatal', error: String(error).slice(0, 200) });
  }
});

async function run(job: Job) {
  const { task } = job;
  const truth = loadTruth(task);
  const { text: _text, with: _w, without: _wo, clutter: _c, paragraphs: _p, source: _s, ...summary } = truth;
  post({ kind: 'truth', truth: summary });
  const html = readHtml(task);
  let dom: JSDOM | null = null;
  let parseMs: number | null = null;
  const page = () => {
    if (!dom) {
      const t = performance.now();
      dom = new JSDOM(html, { url: task.url, virtualConsole: new VirtualConsole() });
      parseMs = Math.round(performance.now() - t);
      // The engine is bundled as the extension ships it, and its patched Readability parses <noscript>
      // images with the global DOMParser that a browser has: give it the page window's.
      (globalThis as { DOMParser?: unknown }).DOMParser = dom.window.DOMParser;
    }
    return dom;
  };
  try {
    for (const name of job.extractors) {
      post({ kind: 'start', extractor: name });
      let p: Produced | null = null;
      let hit = false;
      if (name !== 'sift') {
        const file = cacheFile(name, html, task.url, job);
        p = job.cache ? readCache(file) : null;
        hit = p !== null;
        if (!p) {
          p = await produce(name, page, html, task, job);
          writeCache(file, p);
        }
      } else p = await produce(name, page, html, task, job);
      const { ms } = p;
      // The rows of the extractor that parsed the page carry the parse time.
      const parsed: number | null = parseMs;
      parseMs = null;
      const rows = p.outputs.map(([scored, out]) => ({
        ...score(task, truth, scored, out, ms),
        ...(hit ? { cached: true } : {}),
        ...(parsed !== null && scored !== 'sift-html' ? { parseMs: parsed } : {}),
      }));
      post({ kind: 'rows', extractor: name, rows });
    }
  } finally {
    (dom as JSDOM | null)?.window.close();
  }
  post({ kind: 'done', heapMb: Math.round(process.memoryUsage().heapUsed / 2 ** 20) });
}
