/**
 * npm run bench: quality and speed of Sift beside plain @mozilla/readability and defuddle, in one run,
 * on this machine. Writes bench/RESULTS.md. Reports; decides nothing (no thresholds fail here).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { FILTERS } from '../src/extract/filters';
import { extract } from '../src/extract/pipeline';
import { fixtures, READABILITY_PAGES, ROOT, readabilityPages } from '../tests/helpers/corpus';
import { occurrences, type Score, tokenScore } from '../tests/helpers/score';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const out: string[] = [];
const log = (line = '') => {
  out.push(line);
  console.log(line);
};

interface Page {
  name: string;
  kind: 'aggregator' | 'readability';
  url: string;
  html: string;
  wantText: string;
  paragraphs: string[];
  clutter: string[];
  source: string | null;
}

function htmlText(html: string): string {
  const dom = new JSDOM(`<body>${html}</body>`);
  const t = dom.window.document.body.textContent ?? '';
  dom.window.close();
  return t;
}

function corpus(): Page[] {
  const pages: Page[] = fixtures().map(({ slug, html, expected }) => ({
    name: slug,
    kind: 'aggregator',
    url: expected.url,
    html,
    wantText: [...expected.headings, ...expected.paragraphs].join('\n'),
    paragraphs: expected.paragraphs,
    clutter: expected.clutter,
    source: expected.source?.url ?? null,
  }));
  for (const p of readabilityPages()) {
    const want = htmlText(p.expected);
    const paragraphs = (new JSDOM(p.expected).window.document.querySelectorAll(
      'p',
    ) as NodeListOf<HTMLParagraphElement>)
      ? [...new JSDOM(p.expected).window.document.querySelectorAll('p')]
          .map((x) => (x.textContent ?? '').replace(/\s+/g, ' ').trim())
          .filter((t) => t.length >= 60)
      : [];
    pages.push({
      name: p.slug,
      kind: 'readability',
      url: 'http://fakehost/test/page.html',
      html: p.source,
      wantText: want,
      paragraphs,
      clutter: [],
      source: null,
    });
  }
  return pages;
}

interface Output {
  text: string;
  source: string | null;
}

type Extractor = (page: Page) => Promise<Output>;

const extractors: Record<string, Extractor> = {
  Sift: async (page) => {
    const dom = new JSDOM(page.html, { url: page.url });
    const r = extract(dom.window.document);
    dom.window.close();
    return r.ok
      ? { text: htmlText(r.article.html), source: r.article.source?.url ?? null }
      : { text: '', source: null };
  },
  Readability: async (page) => {
    const dom = new JSDOM(page.html, { url: page.url });
    const r = new Readability(dom.window.document).parse();
    dom.window.close();
    return { text: r?.content ? htmlText(r.content) : '', source: null };
  },
  defuddle: async (page) => {
    const r = await defuddleInWorker(page);
    return { text: htmlText(r), source: null };
  },
};

/** defuddle in a worker with a memory cap and a time limit: a page that runs away counts as empty. */
let worker: Worker | null = null;
const DEFUDDLE_LIMIT_MS = 20_000;
export const defuddleFailures: string[] = [];

function defuddleInWorker(page: Page): Promise<string> {
  worker ??= new Worker(new URL('./defuddle-worker.mjs', import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: 1536 },
  });
  const w = worker;
  return new Promise((resolve) => {
    const fail = (why: string) => {
      defuddleFailures.push(`${page.name} (${why})`);
      worker = null;
      void w.terminate();
      resolve('');
    };
    const timer = setTimeout(() => fail('timed out'), DEFUDDLE_LIMIT_MS);
    w.once('error', (e) => {
      clearTimeout(timer);
      fail(String(e).slice(0, 60));
    });
    w.once('message', (m: { ok: boolean; content: string }) => {
      clearTimeout(timer);
      w.removeAllListeners('error');
      resolve(m.content);
    });
    w.postMessage({ html: page.html, url: page.url });
  });
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};
const f3 = (x: number) => x.toFixed(3);
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function quality(pages: Page[]) {
  log('## Quality');
  log();
  log('Token precision, recall and F1 of each extractor’s text against the expected text; clutter strings');
  log('from the fixtures’ expected.json found in the output; expected paragraphs printed more than once;');
  log('original source found (aggregator fixtures, exact URL). Same pages, same run.');
  for (const kind of ['aggregator', 'readability'] as const) {
    const set = pages.filter((p) => p.kind === kind);
    log();
    log(
      kind === 'aggregator'
        ? `### Aggregator fixtures (${set.length} pages: the five seeds and other templates)`
        : `### Readability’s test pages (${set.length} pages)`,
    );
    log();
    log(
      '| extractor | precision | recall | F1 | clutter leaked | paragraphs duplicated | original source found |',
    );
    log('| --- | --- | --- | --- | --- | --- | --- |');
    for (const [name, run] of Object.entries(extractors)) {
      const scores: Score[] = [];
      let leaked = 0;
      let clutterTotal = 0;
      let duplicated = 0;
      let sources = 0;
      for (const page of set) {
        const o = await run(page);
        scores.push(tokenScore(o.text, page.wantText));
        clutterTotal += page.clutter.length;
        leaked += page.clutter.filter((c) => o.text.includes(c)).length;
        const flat = o.text.replace(/\s+/g, ' ');
        duplicated += page.paragraphs.filter((p) => occurrences(flat, p) > 1).length;
        if (page.source && o.source === page.source) sources++;
      }
      const withSource = set.filter((p) => p.source).length;
      log(
        `| ${name} | ${f3(mean(scores.map((s) => s.precision)))} | ${f3(mean(scores.map((s) => s.recall)))} | ${f3(mean(scores.map((s) => s.f1)))} | ${kind === 'aggregator' ? `${leaked} of ${clutterTotal}` : '–'} | ${duplicated} | ${kind === 'aggregator' ? `${sources} of ${withSource}` : '–'} |`,
      );
    }
  }
  if (defuddleFailures.length > 0)
    log(
      `defuddle failed on ${defuddleFailures.length} page(s), counted as empty: ${defuddleFailures.join(', ')}.`,
    );
  log();
}

/** Median and p95 over pages of Sift's and Readability's per-page times, and their ratio. */
function speedTable(sift: number[], plain: number[]) {
  log('| | median | p95 |');
  log('| --- | --- | --- |');
  log(`| Sift (whole pipeline) | ${ms(pct(sift, 50))} | ${ms(pct(sift, 95))} |`);
  log(`| Readability alone | ${ms(pct(plain, 50))} | ${ms(pct(plain, 95))} |`);
  log(
    `| ratio (target ≤ 1.3×) | ${(pct(sift, 50) / pct(plain, 50)).toFixed(2)}× | ${(pct(sift, 95) / pct(plain, 95)).toFixed(2)}× |`,
  );
  log();
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

function speed(pages: Page[]) {
  log('## Speed');
  log();
  log('### In jsdom (the CLI)');
  log();
  log(`Extraction time per page on an already parsed Document (jsdom), the median of ${RUNS} runs for each`);
  log('page; then the median and 95th percentile over pages. Readability alone includes the document');
  log('clone it needs (it changes the document it reads), as Sift’s time does.');
  log();
  const sift: number[] = [];
  const plain: number[] = [];
  for (const page of pages) {
    const dom = new JSDOM(page.html, { url: page.url });
    const doc = dom.window.document;
    extract(doc); // warm up
    const s: number[] = [];
    const r: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      s.push(time(() => extract(doc)));
      r.push(time(() => new Readability(doc.cloneNode(true) as Document).parse()));
    }
    sift.push(pct(s, 50));
    plain.push(pct(r, 50));
    dom.window.close();
    (globalThis as { gc?: () => void }).gc?.();
  }
  speedTable(sift, plain);
}

/** The same measurement in Chromium, on the page's own parsed DOM: what the content script does. */
async function speedInChromium(pages: Page[]) {
  log('### In Chromium (what the extension runs)');
  log();
  const bundle = path.join(ROOT, 'dist/bench/engine-entry.js');
  if (!fs.existsSync('/usr/bin/chromium') || !fs.existsSync(bundle)) {
    log('Not measured: Chromium or the engine bundle is missing.');
    log();
    return;
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const context = await browser.newContext({ offline: true });
  const code = fs.readFileSync(bundle, 'utf8');
  const sift: number[] = [];
  const plain: number[] = [];
  try {
    for (const page of pages) {
      const tab = await context.newPage();
      // The page's own scripts are taken out so that they cannot change the DOM while it is timed.
      const html = page.html.replace(/<script\b[\s\S]*?<\/script>/gi, '');
      await tab.setContent(html, { waitUntil: 'domcontentloaded' }).catch(() => undefined);
      await tab.evaluate(code);
      const t = await tab.evaluate(
        ({ url, runs }) => {
          const b = (
            globalThis as unknown as {
              __siftBench: {
                extract: (d: Document, o: object) => unknown;
                Readability: new (d: Document) => { parse(): unknown };
              };
            }
          ).__siftBench;
          const s: number[] = [];
          const r: number[] = [];
          b.extract(document, { url });
          for (let i = 0; i < runs; i++) {
            let t0 = performance.now();
            b.extract(document, { url });
            s.push(performance.now() - t0);
            t0 = performance.now();
            new b.Readability(document.cloneNode(true) as Document).parse();
            r.push(performance.now() - t0);
          }
          const mid = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0;
          return { s: mid(s), r: mid(r) };
        },
        { url: page.url, runs: RUNS },
      );
      sift.push(t.s);
      plain.push(t.r);
      await tab.close();
    }
  } finally {
    await browser.close();
  }
  log(
    `Chromium ${browser.version()}, each page (its scripts taken out) set into a tab, then timed inside it.`,
  );
  log();
  speedTable(sift, plain);
}

function scaling(pages: Page[]) {
  log('### The whole engine is linear in the page');
  log();
  log('`extract()` in jsdom on seed 000 with its body repeated 1×, 4× and 16× (median of runs).');
  log();
  log('| scale | elements | time | µs per element |');
  log('| --- | --- | --- | --- |');
  const seed = pages.find((p) => p.name.startsWith('seed-000')) as Page;
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(seed.html)?.[1] ?? '';
  for (const k of [1, 4, 16]) {
    const html = `<!doctype html><html><head><title>x</title></head><body>${Array.from({ length: k }, (_, i) => `<section data-copy="${i}">${body}</section>`).join('')}</body></html>`;
    const times: number[] = [];
    let elements = 0;
    for (let i = 0; i < RUNS; i++) {
      const dom = new JSDOM(html, { url: seed.url });
      const doc = dom.window.document;
      elements = doc.getElementsByTagName('*').length;
      times.push(time(() => extract(doc)));
      dom.window.close();
    }
    const t = pct(times, 50);
    log(`| ${k}× | ${elements} | ${ms(t)} | ${((t * 1000) / elements).toFixed(2)} |`);
  }
  log();
}

async function browser(pages: Page[]) {
  log('## In Chromium: toolbar action to article rendered');
  log();
  const ext = path.join(ROOT, 'dist/test-chrome');
  if (!fs.existsSync('/usr/bin/chromium') || !fs.existsSync(ext)) {
    log('Not measured: Chromium or dist/test-chrome is missing (`SIFT_TEST_HOST=1 node build.mjs`).');
    log();
    return;
  }
  const { launchChromium, readWithPopup } = await import('../tests/e2e/helpers/chromium');
  const { serveFixtures } = await import('../tests/e2e/helpers/server');
  const server = await serveFixtures();
  const session = await launchChromium(ext);
  const off = `?disable=${FILTERS.map((f) => f.id).join(',')}`;
  log(`From \`chrome.action.openPopup()\` to the popup’s final state (the real popup, headless), median of`);
  log(`${RUNS} runs per seed page. "Filters off" is the same path with every Sift filter switched off:`);
  log('Readability plus metadata, source detection and sanitizing.');
  log();
  log('| page | Sift | filters off | ratio |');
  log('| --- | --- | --- | --- |');
  try {
    for (const page of pages.filter((p) => p.name.startsWith('seed-'))) {
      const url = `${server.base}${page.name}.html`;
      const a: number[] = [];
      const b: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        a.push((await readWithPopup(session, url)).elapsedMs);
        b.push((await readWithPopup(session, url, 20_000, off)).elapsedMs);
      }
      log(
        `| ${page.name} | ${ms(pct(a, 50))} | ${ms(pct(b, 50))} | ${(pct(a, 50) / pct(b, 50)).toFixed(2)}× |`,
      );
    }
  } finally {
    await session.close();
    await server.close();
  }
  log();
}

/** Size budget, also stated in the README. */
const BUDGET_KB: Record<string, { min: number; gzip: number }> = {
  'content.js': { min: 120, gzip: 40 },
  'popup.js': { min: 70, gzip: 25 },
  'background.js': { min: 15, gzip: 5 },
};

function size() {
  log('## Bundle size');
  log();
  log('Minified bundles in dist/chrome (license comments included), gzipped, against the budget.');
  log();
  log('| bundle | minified | gzip | budget (min / gzip) | within |');
  log('| --- | --- | --- | --- | --- |');
  for (const [file, budget] of Object.entries(BUDGET_KB)) {
    const buf = fs.readFileSync(path.join(ROOT, 'dist/chrome', file));
    const min = buf.length / 1024;
    const gz = gzipSync(buf, { level: 9 }).length / 1024;
    const ok = min <= budget.min && gz <= budget.gzip;
    log(
      `| ${file} | ${min.toFixed(1)} KB | ${gz.toFixed(1)} KB | ${budget.min} KB / ${budget.gzip} KB | ${ok ? 'yes' : '**no**'} |`,
    );
  }
  log();
}

async function main() {
  if (!fs.existsSync(READABILITY_PAGES)) throw new Error('../shared must sit beside the repository');
  const pages = corpus();
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  log('# Benchmark results');
  log();
  log(
    `${new Date().toISOString().slice(0, 10)} · ${os.cpus().length} × ${cpu} · ${Math.round(os.totalmem() / 2 ** 30)} GiB · Node ${process.version} · jsdom`,
  );
  log(
    `Corpus: ${pages.filter((p) => p.kind === 'aggregator').length} aggregator fixtures, ${pages.filter((p) => p.kind === 'readability').length} Readability test pages. Written by \`npm run bench\`.`,
  );
  log();
  await quality(pages);
  speed(pages);
  await speedInChromium(pages);
  scaling(pages);
  await browser(pages);
  size();
  fs.writeFileSync(path.join(ROOT, 'bench/RESULTS.md'), `${out.join('\n')}\n`);
  console.error('wrote bench/RESULTS.md');
  await worker?.terminate();
}

await main();
