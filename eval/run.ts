/**
 * npm run eval [-- options]: extraction quality of Sift beside plain @mozilla/readability and defuddle,
 * on Sift's fixtures, Readability's test pages and the WCXB dev split, in one run. Writes
 * eval/RESULTS.md and eval/pages.ndjson (one row per page and extractor). Reports; decides nothing.
 *
 *   --corpus fixtures|readability|wcxb   only these corpora (comma-separated)
 *   --only sift|readability|defuddle     only these extractors (comma-separated)
 *   --type TYPE                          WCXB pages of this page type only (article, forum, …)
 *   --filter TEXT[,TEXT…]                pages whose id contains one of the TEXTs
 *   --limit N                            the first N pages of each corpus
 *   --jobs N                             worker threads (default 2)
 *   --timeout S                          seconds one extractor may take on one page (default 60)
 *   --sift-budget MS                     give Sift a time budget, timeBudgetMs (default none, as the
 *                                        command line: a loaded machine would turn slow pages into
 *                                        failures; 0 is none). --timeout still stops a hung page
 *   --fixtures DIR --readability DIR --wcxb DIR   where the corpora are
 *   --out FILE --pages FILE              where to write (a partial run defaults to *.partial.*)
 *   --defuddle-dom linkedom|jsdom       the DOM defuddle reads the page with (default linkedom, see worker.ts)
 *   --report-from FILE                   no run: write the results again from a per-page file
 *   --no-cache                           run Readability and defuddle again instead of reusing their
 *                                        outputs from node_modules/.cache/sift-eval (see worker.ts)
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  CORPORA,
  type CorpusLoad,
  type CorpusName,
  loadFixtures,
  loadReadability,
  loadWcxb,
  type PageTask,
  resolveDir,
} from './corpora';
import { type RunInfo, report } from './report';
import {
  EXTRACTORS,
  type ExtractorName,
  failedRow,
  type Job,
  type Message,
  type Row,
  type TruthSummary,
} from './row';

// eval/build.mjs bakes the repository's root in; run unbundled, it is two folders up.
const ROOT = process.env.SIFT_ROOT ?? path.resolve(import.meta.dirname, '../..');

interface Options {
  corpora: CorpusName[];
  extractors: ExtractorName[];
  type: string | null;
  filter: string | null;
  limit: number | null;
  jobs: number;
  timeoutMs: number;
  siftBudgetMs: number | null;
  dirs: Record<CorpusName, string | null>;
  out: string | null;
  pages: string | null;
  cache: boolean;
  defuddleDom: 'linkedom' | 'jsdom';
  reportFrom: string | null;
}

function usage(message: string): never {
  console.error(`npm run eval: ${message}\nSee the options at the top of eval/run.ts.`);
  process.exit(1);
}

function list<T extends string>(value: string, allowed: readonly T[], what: string): T[] {
  const items = value.split(',').map((s) => s.trim());
  for (const item of items) if (!allowed.includes(item as T)) usage(`unknown ${what} "${item}"`);
  return items as T[];
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    corpora: [...CORPORA],
    extractors: [...EXTRACTORS],
    type: null,
    filter: null,
    limit: null,
    jobs: 2,
    timeoutMs: 60_000,
    siftBudgetMs: null,
    dirs: { fixtures: null, readability: null, wcxb: null },
    out: null,
    pages: null,
    cache: true,
    defuddleDom: 'linkedom',
    reportFrom: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) usage(`${flag} needs a value`);
      return v;
    };
    const num = () => {
      const n = Number(value());
      if (!Number.isFinite(n) || n <= 0) usage(`${flag} needs a positive number`);
      return n;
    };
    switch (flag) {
      case '--corpus':
        o.corpora = list(value(), CORPORA, 'corpus');
        break;
      case '--only':
        o.extractors = list(value(), EXTRACTORS, 'extractor');
        break;
      case '--type':
        o.type = value();
        break;
      case '--filter':
        o.filter = value();
        break;
      case '--limit':
        o.limit = Math.floor(num());
        break;
      case '--jobs':
        o.jobs = Math.floor(num());
        break;
      case '--timeout':
        o.timeoutMs = num() * 1000;
        break;
      case '--sift-budget':
        o.siftBudgetMs = num() || null;
        break;
      case '--fixtures':
      case '--readability':
      case '--wcxb':
        o.dirs[flag.slice(2) as CorpusName] = path.resolve(value());
        break;
      case '--out':
        o.out = path.resolve(value());
        break;
      case '--pages':
        o.pages = path.resolve(value());
        break;
      case '--report-from':
        o.reportFrom = path.resolve(value());
        break;
      case '--no-cache':
        o.cache = false;
        break;
      case '--defuddle-dom':
        o.defuddleDom = list(value(), ['linkedom', 'jsdom'] as const, 'DOM')[0] ?? 'linkedom';
        break;
      default:
        usage(`unknown option ${flag}`);
    }
  }
  return o;
}

function loadCorpora(o: Options): CorpusLoad[] {
  const defaults: Record<CorpusName, string[]> = {
    fixtures: [path.join(ROOT, 'tests/fixtures')],
    readability: [
      path.join(ROOT, 'tests/data/readability-pages'),
      path.resolve(ROOT, '../shared/data/readability-test-pages'),
    ],
    wcxb: [path.resolve(ROOT, '../shared/data/wcxb-dev')],
  };
  const loaders = { fixtures: loadFixtures, readability: loadReadability, wcxb: loadWcxb };
  const out: CorpusLoad[] = [];
  for (const name of o.corpora) {
    const given = o.dirs[name];
    const dir = resolveDir(name, given ? [given] : defaults[name]);
    if (!dir) continue;
    let pages = loaders[name](dir);
    if (o.type && name === 'wcxb') pages = pages.filter((p) => p.type === o.type);
    if (o.filter) {
      const parts = o.filter.split(',').filter(Boolean);
      pages = pages.filter((p) => parts.some((f) => p.id.includes(f)));
    }
    if (o.limit) pages = pages.slice(0, o.limit);
    out.push({ name, dir, pages });
  }
  return out;
}

function fmtTime(ms: number): string {
  const s = Math.round(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/** FNV-1a: a stable pseudo-random order key. */
function mix(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A pool of worker threads; each page's extractors run in one worker, each under its own time limit. */
async function runAll(tasks: PageTask[], o: Options, onRow: (row: Row) => void): Promise<void> {
  // A fixed shuffle: big and small pages of every corpus spread evenly, so the time left is a fair guess.
  const queue: Job[] = [...tasks]
    .sort((a, b) => mix(`${a.corpus}/${a.id}`) - mix(`${b.corpus}/${b.id}`))
    .map((task) => ({
      task,
      extractors: [...o.extractors],
      siftBudgetMs: o.siftBudgetMs,
      cache: o.cache,
      defuddleDom: o.defuddleDom,
    }));
  const total = tasks.length;
  const started = Date.now();
  let done = 0;
  const failures: Record<string, number> = {};
  const tty = process.stderr.isTTY;
  let lastLine = 0;
  const progress = (last: string, final = false) => {
    const now = Date.now();
    if (!final && !tty && now - lastLine < 10_000) return;
    lastLine = now;
    const elapsed = now - started;
    const left = done > 0 ? ((total - done) * elapsed) / done : 0;
    const f = Object.entries(failures)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    const line = `eval: ${done}/${total} pages (${Math.floor((100 * done) / Math.max(1, total))}%) · ${fmtTime(elapsed)} elapsed${done > 0 && done < total ? ` · ~${fmtTime(left)} left` : ''}${f ? ` · failures: ${f}` : ''} · ${last}`;
    process.stderr.write(tty ? `\r\x1b[K${line.slice(0, (process.stderr.columns ?? 120) - 1)}` : `${line}\n`);
  };

  const workerUrl = new URL('./worker.mjs', import.meta.url);
  // jsdom allocates a great deal of short-lived objects: a larger young generation (semi-spaces of
  // 128 MB) spends much less time in garbage collection.
  const spawn = () =>
    new Worker(workerUrl, {
      resourceLimits: { maxOldGenerationSizeMb: 2048, maxYoungGenerationSizeMb: 384 },
      stdout: true,
      stderr: true,
    });

  await new Promise<void>((resolveAll) => {
    let active = 0;
    const slot = () => {
      let worker = spawn();
      let jobs = 0;
      let job: Job | null = null;
      let truth: TruthSummary | null = null;
      let current: ExtractorName | null = null;
      let remaining: ExtractorName[] = [];
      let since = 0;
      let timer: NodeJS.Timeout | null = null;

      const arm = () => {
        if (timer) clearTimeout(timer);
        since = Date.now();
        timer = setTimeout(() => fail(`timeout after ${o.timeoutMs / 1000} s`), o.timeoutMs);
      };
      const fail = (why: string) => {
        if (!job) return;
        if (timer) clearTimeout(timer);
        const j = job;
        const ms = Date.now() - since;
        // The extractor that was running fails; a page that could not even be parsed fails them all.
        const failing = current && remaining.includes(current) ? [current] : remaining;
        for (const name of failing) {
          const why2 = current ? why : `${why} (parsing the page)`;
          for (const scored of name === 'sift' ? (['sift', 'sift-html'] as const) : [name])
            onRow(failedRow(j.task, truth, scored, why2, ms));
          failures[name] = (failures[name] ?? 0) + 1;
        }
        const rest = remaining.filter((n) => !failing.includes(n));
        worker.removeAllListeners();
        void worker.terminate();
        worker = spawn();
        listen();
        jobs = 0;
        job = null;
        if (rest.length > 0) queue.unshift({ ...j, extractors: rest });
        else done++;
        progress(`${j.task.corpus} ${j.task.id}: ${why}`);
        next();
      };
      const listen = () => {
        worker.on('message', (m: Message) => {
          if (!job) return;
          if (m.kind === 'truth') {
            truth = m.truth;
            arm();
          } else if (m.kind === 'start') {
            current = m.extractor;
            arm();
          } else if (m.kind === 'rows') {
            for (const row of m.rows) onRow(row);
            remaining = remaining.filter((n) => n !== m.extractor);
          } else if (m.kind === 'fatal') {
            fail(`worker error: ${m.error}`);
          } else if (m.kind === 'done') {
            if (timer) clearTimeout(timer);
            const finished = job;
            job = null;
            done++;
            jobs++;
            progress(`${finished.task.corpus} ${finished.task.id}`);
            if (m.heapMb > 1200 || jobs >= 250) {
              worker.removeAllListeners();
              void worker.terminate();
              worker = spawn();
              listen();
              jobs = 0;
            }
            next();
          }
        });
        worker.on('error', (e) => fail(`crashed: ${String(e).slice(0, 120)}`));
        worker.on('exit', (code) => fail(`worker exited (${code})`));
        // Anything a library prints goes nowhere: stderr carries the progress line only.
        worker.stdout.resume();
        worker.stderr.resume();
      };
      const next = () => {
        const j = queue.shift();
        if (!j) {
          worker.removeAllListeners();
          void worker.terminate();
          active--;
          if (active === 0) resolveAll();
          return;
        }
        job = j;
        truth = null;
        current = null;
        remaining = [...j.extractors];
        arm();
        worker.postMessage(j);
      };
      listen();
      next();
    };
    const n = Math.max(1, Math.min(o.jobs, queue.length));
    active = n;
    if (queue.length === 0) resolveAll();
    else for (let i = 0; i < n; i++) slot();
  });
  progress('finished', true);
  if (tty) process.stderr.write('\n');
}

function version(pkg: string): string {
  try {
    return (
      JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
  } catch {
    return 'not installed';
  }
}

function gitCommit(): string {
  try {
    const sha = execSync('git rev-parse --short HEAD', { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
    const dirty = execSync('git status --porcelain -- src', {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim();
    return dirty ? `${sha} (src/ with uncommitted changes)` : sha;
  } catch {
    return 'unknown';
  }
}

/** RESULTS.md again from a per-page file (after a change to the report, without running anything). */
function reportFrom(file: string, given: string | null) {
  if (!fs.existsSync(file)) usage(`${file} is missing`);
  const lines = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Row | { run: RunInfo });
  const info = lines.find((l): l is { run: RunInfo } => 'run' in l)?.run;
  if (!info) usage(`${file} has no run line at its end (the run did not finish)`);
  const rows = lines.filter((l): l is Row => !('run' in l));
  const out = given ?? path.join(ROOT, info.partial ? 'eval/RESULTS.partial.md' : 'eval/RESULTS.md');
  fs.writeFileSync(out, report(rows, info));
  console.error(`eval: wrote ${path.relative(ROOT, out)} from ${path.relative(ROOT, file)}`);
}

async function main() {
  const argv = process.argv.slice(2);
  const o = parseArgs(argv);
  if (o.reportFrom) return reportFrom(o.reportFrom, o.out);
  const partial =
    argv.some((a) => ['--corpus', '--only', '--type', '--filter', '--limit'].includes(a)) ||
    o.extractors.length < EXTRACTORS.length;
  const out = o.out ?? path.join(ROOT, partial ? 'eval/RESULTS.partial.md' : 'eval/RESULTS.md');
  const pagesFile = o.pages ?? path.join(ROOT, partial ? 'eval/pages.partial.ndjson' : 'eval/pages.ndjson');
  const corpora = loadCorpora(o);
  const tasks = corpora.flatMap((c) => c.pages);
  if (tasks.length === 0) usage('no pages to run (every corpus is missing or filtered out)');
  console.error(
    `eval: ${corpora.map((c) => `${c.name} ${c.pages.length} pages`).join(', ')} · ${o.extractors.join(', ')} · ${o.jobs} worker threads`,
  );

  fs.mkdirSync(path.dirname(pagesFile), { recursive: true });
  const sink = fs.openSync(pagesFile, 'w');
  const rows: Row[] = [];
  const started = Date.now();
  const cpu0 = process.cpuUsage();
  await runAll(tasks, o, (row) => {
    rows.push(row);
    fs.writeSync(sink, `${JSON.stringify(row)}\n`);
  });
  fs.closeSync(sink);
  const elapsedMs = Date.now() - started;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;

  const cpus = os.cpus();
  const info: RunInfo = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'} · ${Math.round(os.totalmem() / 2 ** 30)} GiB · ${os.platform()} ${os.release()} · Node ${process.version}`,
    versions: `@mozilla/readability ${version('@mozilla/readability')} · defuddle ${version('defuddle')} · jsdom ${version('jsdom')} · linkedom ${version('linkedom')} · Sift ${gitCommit()}`,
    command: `npm run eval${argv.length ? ` -- ${argv.join(' ')}` : ''}`,
    partial,
    elapsedMs,
    cpuMs,
    load: os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' / '),
    jobs: o.jobs,
    timeoutMs: o.timeoutMs,
    siftBudgetMs: o.siftBudgetMs,
    defuddleDom: o.defuddleDom,
    pagesFile: path.relative(ROOT, pagesFile),
    corpora: corpora.map((c) => ({
      name: c.name,
      dir: path.relative(ROOT, c.dir) || '.',
      pages: c.pages.length,
    })),
  };
  // The run's description ends the per-page file, so that --report-from can write the results again.
  fs.appendFileSync(pagesFile, `${JSON.stringify({ run: info })}\n`);
  fs.writeFileSync(out, report(rows, info));
  console.error(
    `eval: wrote ${path.relative(ROOT, out)} and ${path.relative(ROOT, pagesFile)} in ${fmtTime(elapsedMs)}`,
  );
}

await main();
