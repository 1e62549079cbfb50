/**
 * npm run bench [-- --wcxb N --runs N --jsdom-pages N --only chromium,jsdom,scaling,popup,size]: speed and
 * size of Sift beside plain @mozilla/readability, in one run, on this machine. Writes bench/RESULTS.md.
 * Quality is `npm run eval`'s. Reports; decides nothing (no thresholds fail here).
 *
 * Corpus: the fixtures, Readability's test pages (both in the repository), and the first N article
 * pages of the WCXB dev split (../shared/data/wcxb-dev, or --wcxb-dir), skipped with a message when
 * missing. Sift and Readability run interleaved on the same parsed document, alternating which goes
 * first, so a busy machine slows both alike.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extract, TIME_BUDGET_MS } from '../src/extract/pipeline';
import type { Timings } from '../src/extract/types';
import { fixtures, ROOT, readabilityPages } from '../tests/helpers/corpus';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const RUNS = Number(option('runs', process.env.BENCH_RUNS ?? '5'));
const WCXB_PAGES = Number(option('wcxb', '200'));
const WCXB_DIR = path.resolve(ROOT, option('wcxb-dir', '../shared/data/wcxb-dev'));
const ONLY = new Set(option('only', 'chromium,jsdom,scaling,popup,size').split(','));
/** jsdom is slow: it times every k-th page of the corpus so that about this many are timed. */
const JSDOM_PAGES = Number(option('jsdom-pages', '80'));
const BUDGET_KB = {
  'content.js': { min: 150, gzip: 55 },
  // Was 70 / 25 and 15 / 5: the reader's tools, the interface's English catalog, auto-open (README,
  // Limits and safety). Turndown is in markdown.js, loaded only when the Markdown menu opens.
  'popup.js': { min: 95, gzip: 35 },
  'markdown.js': { min: 30, gzip: 10 },
  'background.js': { min: 25, gzip: 8 },
};

const out: string[] = [];
const log = (line = '') => {
  out.push(line);
  console.log(line);
};
const progress = (line: string) => process.stderr.write(`\r${line.padEnd(70)}`);

interface Page {
  name: string;
  kind: 'fixture' | 'readability' | 'wcxb';
  url: string;
  html: string;
}

function corpus(): { pages: Page[]; missing: string | null } {
  const pages: Page[] = [
    ...fixtures().map((f) => ({ name: f.slug, kind: 'fixture' as const, url: f.expected.url, html: f.html })),
    ...readabilityPages().map((p) => ({
      name: p.slug,
      kind: 'readability' as const,
      url: 'http://fakehost/test/page.html',
      html: p.source,
    })),
  ];
  if (!fs.existsSync(path.join(WCXB_DIR, 'ground-truth')))
    return { pages, missing: `${WCXB_DIR} (the WCXB dev split; pass --wcxb-dir DIR)` };
  const ids = fs
    .readdirSync(path.join(WCXB_DIR, 'ground-truth'))
    .filter((f) => f.endsWith('.json'))
    .sort();
  let taken = 0;
  for (const file of ids) {
    if (taken >= WCXB_PAGES) break;
    const truth = JSON.parse(fs.readFileSync(path.join(WCXB_DIR, 'ground-truth', file), 'utf8'));
    if (truth._internal?.page_type?.primary !== 'article') continue;
    const id = file.replace(/\.json$/, '');
    const html = gunzipSync(fs.readFileSync(path.join(WCXB_DIR, 'html', `${id}.html.gz`))).toString('utf8');
    pages.push({ name: `wcxb-${id}`, kind: 'wcxb', url: truth.url, html });
    taken++;
  }
  return { pages, missing: null };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

/** Per page: the median of runs for Sift and for Readability, and Sift's median time per step. */
interface PageTime {
  sift: number;
  plain: number;
  steps: Record<string, number>;
}

function stepMedians(all: Timings[]): Record<string, number> {
  const by: Record<string, number[]> = {};
  for (const t of all)
    for (const { step, ms } of t) {
      const list = by[step] ?? [];
      list.push(ms);
      by[step] = list;
    }
  return Object.fromEntries(Object.entries(by).map(([k, v]) => [k, pct(v, 50)]));
}

function speedTable(title: string, times: PageTime[]) {
  const sift = times.map((t) => t.sift);
  const plain = times.map((t) => t.plain);
  log(`| ${title} | median | p95 |`);
  log('| --- | --- | --- |');
  log(`| Sift (whole \`extract()\`) | ${ms(pct(sift, 50))} | ${ms(pct(sift, 95))} |`);
  log(`| Readability alone (clone + parse) | ${ms(pct(plain, 50))} | ${ms(pct(plain, 95))} |`);
  log(
    `| ratio (targets ≤ 1.0× / ≤ 1.3×) | ${(pct(sift, 50) / pct(plain, 50)).toFixed(2)}× | ${(pct(sift, 95) / pct(plain, 95)).toFixed(2)}× |`,
  );
  const ratios = times.map((t) => t.sift / t.plain);
  log(
    `| per-page ratio Sift / Readability | ${pct(ratios, 50).toFixed(2)}× | ${pct(ratios, 95).toFixed(2)}× |`,
  );
  log();
  const totals: Record<string, number> = {};
  for (const t of times) for (const [k, v] of Object.entries(t.steps)) totals[k] = (totals[k] ?? 0) + v;
  const all = Object.values(totals).reduce((a, b) => a + b, 0);
  log('Where Sift’s time goes (sum over pages of each step’s median):');
  log();
  log('| step | total | share |');
  log('| --- | --- | --- |');
  for (const [k, v] of Object.entries(totals).sort((a, b) => b[1] - a[1]))
    log(`| ${k} | ${ms(v)} | ${((100 * v) / all).toFixed(1)}% |`);
  log();
  const plainTotal = plain.reduce((a, b) => a + b, 0);
  log(`Readability alone, summed over the same pages: ${ms(plainTotal)}.`);
  log();
}

function byKind(pages: Page[], times: PageTime[]) {
  log('| pages | n | Sift median | Readability median | ratio |');
  log('| --- | --- | --- | --- | --- |');
  for (const kind of ['fixture', 'readability', 'wcxb'] as const) {
    const sel = times.filter((_, i) => pages[i]?.kind === kind);
    if (sel.length === 0) continue;
    const s = pct(
      sel.map((t) => t.sift),
      50,
    );
    const r = pct(
      sel.map((t) => t.plain),
      50,
    );
    log(`| ${kind} | ${sel.length} | ${ms(s)} | ${ms(r)} | ${(s / r).toFixed(2)}× |`);
  }
  log();
}

const quiet = () => new VirtualConsole();

function jsdomSpeed(all: Page[]) {
  const step = Math.max(1, Math.ceil(all.length / JSDOM_PAGES));
  const pages = all.filter((_, i) => i % step === 0);
  log('## Speed in jsdom (the command line)');
  log();
  log(`Every ${step === 1 ? '' : `${step}th `}page of the corpus (${pages.length} pages).`);
  log();
  log(`Per page, on an already parsed document, the median of ${RUNS} interleaved runs of each; then the`);
  log('median and 95th percentile over pages.');
  log();
  const times: PageTime[] = [];
  pages.forEach((page, n) => {
    progress(`jsdom ${n + 1}/${pages.length} ${page.name}`);
    const dom = new JSDOM(page.html, { url: page.url, virtualConsole: quiet() });
    const doc = dom.window.document;
    extract(doc); // warm up
    const s: number[] = [];
    const r: number[] = [];
    const steps: Timings[] = [];
    for (let i = 0; i < RUNS; i++) {
      const siftRun = () => {
        const t = performance.now();
        const result = extract(doc);
        s.push(performance.now() - t);
        steps.push(result.timings);
      };
      const plainRun = () => {
        const t = performance.now();
        new Readability(doc.cloneNode(true) as Document).parse();
        r.push(performance.now() - t);
      };
      if (i % 2 === 0) {
        siftRun();
        plainRun();
      } else {
        plainRun();
        siftRun();
      }
    }
    times.push({ sift: pct(s, 50), plain: pct(r, 50), steps: stepMedians(steps) });
    dom.window.close();
    (globalThis as { gc?: () => void }).gc?.();
  });
  process.stderr.write('\n');
  speedTable('jsdom', times);
  byKind(pages, times);
}

async function chromiumSpeed(pages: Page[]) {
  log('## Speed in Chromium (what the extension runs)');
  log();
  const bundle = path.join(ROOT, 'dist/bench/engine-entry.js');
  if (!fs.existsSync('/usr/bin/chromium') || !fs.existsSync(bundle)) {
    log('Not measured: /usr/bin/chromium or dist/bench/engine-entry.js is missing.');
    log();
    return;
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const context = await browser.newContext({ offline: true, javaScriptEnabled: true });
  const code = fs.readFileSync(bundle, 'utf8');
  const times: PageTime[] = [];
  try {
    for (const [n, page] of pages.entries()) {
      progress(`chromium ${n + 1}/${pages.length} ${page.name}`);
      const tab = await context.newPage();
      // The page's own scripts are taken out so that they cannot change the DOM while it is timed.
      const html = page.html.replace(/<script\b[\s\S]*?<\/script>/gi, '');
      await tab.setContent(html, { waitUntil: 'domcontentloaded', timeout: 30_000 }).catch(() => undefined);
      await tab.evaluate(code);
      const t = await tab.evaluate(
        ({ url, runs }) => {
          const b = (
            globalThis as unknown as {
              __siftBench: {
                extract: (d: Document, o: object) => { timings: { step: string; ms: number }[] };
                Readability: new (d: Document) => { parse(): unknown };
              };
            }
          ).__siftBench;
          const s: number[] = [];
          const r: number[] = [];
          const steps: { step: string; ms: number }[][] = [];
          b.extract(document, { url });
          new b.Readability(document.cloneNode(true) as Document).parse();
          for (let i = 0; i < runs; i++) {
            const siftRun = () => {
              const t0 = performance.now();
              const result = b.extract(document, { url });
              s.push(performance.now() - t0);
              steps.push(result.timings);
            };
            const plainRun = () => {
              const t0 = performance.now();
              new b.Readability(document.cloneNode(true) as Document).parse();
              r.push(performance.now() - t0);
            };
            if (i % 2 === 0) {
              siftRun();
              plainRun();
            } else {
              plainRun();
              siftRun();
            }
          }
          return { s, r, steps };
        },
        { url: page.url, runs: RUNS },
      );
      times.push({ sift: pct(t.s, 50), plain: pct(t.r, 50), steps: stepMedians(t.steps) });
      await tab.close();
    }
  } finally {
    process.stderr.write('\n');
    log(
      `Chromium ${browser.version()}, each page (its scripts taken out) set into a tab and timed inside it;`,
    );
    log(`the median of ${RUNS} interleaved runs per page, then the median and 95th percentile over pages.`);
    log();
    await browser.close();
  }
  speedTable('Chromium', times);
  byKind(pages, times);
}

/** A page of `paragraphs` paragraphs with seed 000's clutter around them, repeated with the page. */
function scaledPage(base: Page, k: number): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(base.html)?.[1] ?? '';
  return `<!doctype html><html><head><title>x</title></head><body>${Array.from({ length: k }, (_, i) => `<section data-copy="${i}">${body}</section>`).join('')}</body></html>`;
}

async function scaling(pages: Page[]) {
  log('## The whole engine is linear in the page');
  log();
  const seed = pages.find((p) => p.name.startsWith('seed-000')) as Page;
  const scales = [1, 4, 16, 64];
  log('`extract()` without a budget on seed 000 repeated 1× to 64× (clutter and body alike), and on a plain');
  log('article of 100 to 100,000 paragraphs; the median of 3 runs (1 past 40,000 elements). Time per');
  log('element should stay flat.');
  log();
  const sentence =
    'The committee met again on Thursday to discuss the budget, and several members asked for more time. ';
  const article = (n: number) =>
    `<html><body><article><h1>Long</h1>${Array.from({ length: n }, (_, i) => `<p>${i} ${sentence}${sentence}</p>`).join('')}</article></body></html>`;
  const cases = [
    ...scales.map((k) => ({
      name: `seed 000 × ${k}`,
      html: () => scaledPage(seed, k),
      runs: k < 64 ? 3 : 1,
    })),
    ...[100, 1_000, 10_000, 50_000, 100_000].map((n) => ({
      name: `${n.toLocaleString('en')} paragraphs`,
      html: () => article(n),
      runs: n < 40_000 ? 3 : 1,
    })),
  ];
  const { chromium } = fs.existsSync('/usr/bin/chromium')
    ? await import('playwright-core')
    : { chromium: null };
  const browser = chromium
    ? await chromium.launch({
        executablePath: '/usr/bin/chromium',
        args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      })
    : null;
  const code = fs.readFileSync(path.join(ROOT, 'dist/bench/engine-entry.js'), 'utf8');
  type Answer = { ms: number; ok: boolean; what: string };
  /** Times extract() on the page in Chromium: the median of `runs` (with a budget, one run's answer). */
  const inChromium = async (html: string, runs: number, budgetMs?: number): Promise<Answer> => {
    if (!browser) return { ms: Number.NaN, ok: false, what: 'not measured' };
    const tab = await browser.newPage();
    try {
      await tab.setContent(html, { waitUntil: 'domcontentloaded', timeout: 300_000 });
      await tab.evaluate(code);
      return await tab.evaluate(
        ({ runs, budgetMs }) => {
          const b = (
            globalThis as unknown as {
              __siftBench: {
                extract: (
                  d: Document,
                  o: object,
                ) => { ok: boolean; reason?: string; article?: { notes: { code: string }[] } };
              };
            }
          ).__siftBench;
          const xs: { ms: number; ok: boolean; what: string }[] = [];
          for (let i = 0; i < runs; i++) {
            const t = performance.now();
            const r = b.extract(document, { maxElements: 1_000_000, timeBudgetMs: budgetMs });
            const ms = performance.now() - t;
            const what = r.ok ? (r.article?.notes.map((n) => n.code).join(', ') ?? '') : (r.reason ?? '');
            xs.push({ ms, ok: r.ok, what });
          }
          xs.sort((a, b) => a.ms - b.ms);
          return xs[Math.floor(xs.length / 2)] as { ms: number; ok: boolean; what: string };
        },
        { runs, budgetMs },
      );
    } finally {
      await tab.close();
    }
  };
  const inJsdom = (html: string, runs: number, budgetMs?: number): Answer & { elements: number } => {
    const dom = new JSDOM(html, { url: seed.url, virtualConsole: quiet() });
    const doc = dom.window.document;
    const elements = doc.getElementsByTagName('*').length;
    const xs: Answer[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const r = extract(doc, {
        maxElements: 1_000_000,
        ...(budgetMs === undefined ? {} : { timeBudgetMs: budgetMs }),
      });
      const ms = performance.now() - t;
      xs.push({ ms, ok: r.ok, what: r.ok ? r.article.notes.map((n) => n.code).join(', ') : r.reason });
    }
    dom.window.close();
    (globalThis as { gc?: () => void }).gc?.();
    xs.sort((a, b) => a.ms - b.ms);
    return { ...(xs[Math.floor(xs.length / 2)] as Answer), elements };
  };
  const rows: string[] = [];
  try {
    for (const c of cases) {
      progress(`scaling ${c.name}`);
      const html = c.html();
      const j = inJsdom(html, c.runs);
      const chrome = await inChromium(html, c.runs);
      rows.push(
        `| ${c.name} | ${j.elements.toLocaleString('en')} | ${ms(j.ms)} | ${((j.ms * 1000) / j.elements).toFixed(1)} | ${ms(chrome.ms)} | ${((chrome.ms * 1000) / j.elements).toFixed(1)} |`,
      );
    }
    process.stderr.write('\n');
    log('| page | elements | jsdom | µs / element | Chromium | µs / element |');
    log('| --- | --- | --- | --- | --- | --- |');
    for (const row of rows) log(row);
    log();
    // The extension's budget on the largest page the issue names: an answer within it, in both.
    progress('scaling: 50,000 paragraphs with the budget');
    const html = article(50_000);
    const j = inJsdom(html, 1, TIME_BUDGET_MS);
    const chrome = await inChromium(html, 1, TIME_BUDGET_MS);
    process.stderr.write('\n');
    const answer = (a: Answer) =>
      `${ms(a.ms)} | ${a.ok ? `article${a.what ? ` (${a.what})` : ''}` : `no article (${a.what})`}`;
    log(`The 50,000-paragraph page with the extension's ${TIME_BUDGET_MS / 1000} s budget (one run each):`);
    log();
    log('| where | answered in | answer |');
    log('| --- | --- | --- |');
    log(`| jsdom | ${answer(j)} |`);
    log(`| Chromium | ${answer(chrome)} |`);
  } finally {
    await browser?.close();
  }
  log();
}

async function popup(pages: Page[]) {
  log('## Toolbar action to article rendered (the real popup in Chromium)');
  log();
  const ext = path.join(ROOT, 'dist/test-chrome');
  if (!fs.existsSync('/usr/bin/chromium') || !fs.existsSync(ext)) {
    log('Not measured: Chromium or dist/test-chrome is missing (`SIFT_TEST_HOST=1 node build.mjs`).');
    log();
    return;
  }
  const { launchChromium, readWithPopup } = await import('../tests/e2e/helpers/chromium');
  const { serveFixtures } = await import('../tests/e2e/helpers/server');
  const { FILTERS } = await import('../src/extract/filters');
  const server = await serveFixtures();
  const session = await launchChromium(ext);
  const off = `?disable=${FILTERS.map((f) => f.id).join(',')}`;
  log(`From \`chrome.action.openPopup()\` to the popup’s final state, median of ${RUNS} runs per seed page,`);
  log('interleaved with the same path with every filter switched off.');
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
        b.push((await readWithPopup(session, url, off)).elapsedMs);
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

function versionOf(pkg: string): string {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
}

async function main() {
  const { pages, missing } = corpus();
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  log('# Benchmark results');
  log();
  log(
    `${new Date().toISOString().slice(0, 10)} · ${os.cpus().length} × ${cpu} · ${Math.round(os.totalmem() / 2 ** 30)} GiB · Node ${process.version} · @mozilla/readability ${versionOf('@mozilla/readability')} · jsdom ${versionOf('jsdom')} · load average ${os.loadavg()[0]?.toFixed(1)} at the start (a shared machine: compare rows of one run, not runs) · written by \`npm run bench\``,
  );
  log();
  log(
    `Corpus: ${pages.filter((p) => p.kind === 'fixture').length} aggregator fixtures, ${pages.filter((p) => p.kind === 'readability').length} Readability test pages, ${pages.filter((p) => p.kind === 'wcxb').length} WCXB article pages (WCXB, Foley 2026, CC-BY-4.0).`,
  );
  if (missing) log(`WCXB pages not included: missing ${missing}.`);
  log();
  if (ONLY.has('chromium')) await chromiumSpeed(pages);
  if (ONLY.has('jsdom')) jsdomSpeed(pages);
  if (ONLY.has('scaling')) await scaling(pages);
  if (ONLY.has('popup')) await popup(pages);
  if (ONLY.has('size')) size();
  const file = ONLY.size === 5 ? 'bench/RESULTS.md' : 'bench/RESULTS.partial.md';
  fs.writeFileSync(path.join(ROOT, file), `${out.join('\n')}\n`);
  console.error(`wrote ${file}`);
}

await main();
