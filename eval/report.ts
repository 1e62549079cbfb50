/** eval/RESULTS.md from the rows of one run. */
import { CORPUS_TITLE, type CorpusName } from './corpora';
import { type Row, SCORED, SCORED_LABEL, type Scored } from './row';

export interface RunInfo {
  date: string;
  machine: string;
  versions: string;
  command: string;
  partial: boolean;
  elapsedMs: number;
  /** CPU time of the whole run, every thread. */
  cpuMs: number;
  /** Load average (1, 5, 15 min) at the end: the machine may be shared. */
  load: string;
  jobs: number;
  timeoutMs: number;
  siftBudgetMs: number | null;
  defuddleDom: 'linkedom' | 'jsdom';
  pagesFile: string;
  corpora: { name: CorpusName; dir: string; pages: number }[];
}

interface Stats {
  n: number;
  f1: number;
  precision: number;
  recall: number;
  withN: number;
  withRate: number;
  withoutN: number;
  withoutRate: number;
  twiceBlocks: number;
  twicePages: number;
  titleN: number;
  titleExact: number;
  titleContains: number;
  authorN: number;
  author: number;
  dateN: number;
  dateDay: number;
  dateNear: number;
  failed: number;
  noArticle: number;
  msMedian: number;
  msP95: number;
  sourceReported: number;
  clutterTotal: number;
  clutterLeaked: number;
  parasTwice: number;
  sourceRight: number;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN);
const share = (rows: Row[], ok: (r: Row) => boolean) =>
  rows.length ? rows.filter(ok).length / rows.length : Number.NaN;
function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
}

function stats(rows: Row[]): Stats {
  const withRows = rows.filter((r) => (r.withTotal ?? 0) > 0);
  const withoutRows = rows.filter((r) => (r.withoutTotal ?? 0) > 0);
  const titled = rows.filter((r) => r.title.want);
  const authored = rows.filter((r) => r.author.want);
  const dated = rows.filter((r) => r.date.want);
  const ran = rows.filter((r) => !r.failed).map((r) => r.ms);
  return {
    n: rows.length,
    f1: mean(rows.map((r) => r.f1)),
    precision: mean(rows.map((r) => r.precision)),
    recall: mean(rows.map((r) => r.recall)),
    withN: withRows.length,
    withRate: mean(withRows.map((r) => (r.withFound ?? 0) / (r.withTotal ?? 1))),
    withoutN: withoutRows.length,
    withoutRate: mean(withoutRows.map((r) => (r.withoutLeaked?.length ?? 0) / (r.withoutTotal ?? 1))),
    twiceBlocks: rows.reduce((a, r) => a + r.twice, 0),
    twicePages: rows.filter((r) => r.twice > 0).length,
    titleN: titled.length,
    titleExact: share(titled, (r) => r.title.exact),
    titleContains: share(titled, (r) => r.title.contains),
    authorN: authored.length,
    author: share(authored, (r) => r.author.ok),
    dateN: dated.length,
    dateDay: share(dated, (r) => r.date.day),
    dateNear: share(dated, (r) => r.date.near),
    failed: rows.filter((r) => r.failed).length,
    noArticle: rows.filter((r) => !r.ok && !r.failed).length,
    msMedian: pct(ran, 50),
    msP95: pct(ran, 95),
    sourceReported: rows.filter((r) => r.source).length,
    clutterTotal: rows.reduce((a, r) => a + (r.clutterTotal ?? 0), 0),
    clutterLeaked: rows.reduce((a, r) => a + (r.clutterLeaked?.length ?? 0), 0),
    parasTwice: rows.reduce((a, r) => a + (r.parasTwice ?? 0), 0),
    sourceRight: rows.filter((r) => r.sourceRight).length,
  };
}

const f3 = (x: number) => (Number.isNaN(x) ? '–' : x.toFixed(3));
const ms = (x: number) => (Number.isNaN(x) ? '–' : `${Math.round(x)} ms`);

/** One line, cut to `max` characters. */
function clip(text: string | null | undefined, max: number): string {
  const t = (text ?? '').replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** A table cell: one line, cut to `max` characters, pipes and backslashes escaped. */
function cell(text: string | null | undefined, max = 160): string {
  return clip(text, max).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/`/g, "'");
}

function table(head: string[], body: string[][]): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...body.map((r) => `| ${r.join(' | ')} |`),
  ];
}

function byExtractor(rows: Row[]): Map<Scored, Row[]> {
  const m = new Map<Scored, Row[]>();
  for (const s of SCORED) {
    const rs = rows.filter((r) => r.extractor === s);
    if (rs.length) m.set(s, rs);
  }
  return m;
}

type Metric = [label: string, value: (s: Stats, name: Scored) => string];

const WCXB_METRICS: Metric[] = [
  ['word F1', (s) => f3(s.f1)],
  ['word precision', (s) => f3(s.precision)],
  ['word recall', (s) => f3(s.recall)],
  ['with-rate ↑', (s) => f3(s.withRate)],
  ['without-rate ↓', (s) => f3(s.withoutRate)],
  ['blocks printed twice (pages)', (s) => `${s.twiceBlocks} (${s.twicePages})`],
  ['title exact', (s) => f3(s.titleExact)],
  ['title contains', (s) => f3(s.titleContains)],
  ['author (pages naming one)', (s) => `${f3(s.author)} (${s.authorN})`],
  ['date, same day (pages giving one)', (s) => `${f3(s.dateDay)} (${s.dateN})`],
  ['date, within a day', (s) => f3(s.dateNear)],
  [
    'original source reported',
    (s, n) => (n.startsWith('sift') ? `${s.sourceReported} (${f3(s.sourceReported / s.n)})` : '–'),
  ],
  ['no article', (s) => String(s.noArticle)],
  ['failed (timeout, exception)', (s) => String(s.failed)],
  ['time, median / p95', (s) => `${ms(s.msMedian)} / ${ms(s.msP95)}`],
];

const FIXTURE_METRICS: Metric[] = [
  ['token F1 (expected paragraphs + headings)', (s) => f3(s.f1)],
  ['precision / recall', (s) => `${f3(s.precision)} / ${f3(s.recall)}`],
  ['clutter strings leaked', (s) => `${s.clutterLeaked} of ${s.clutterTotal}`],
  ['expected paragraphs printed twice', (s) => String(s.parasTwice)],
  ['blocks printed twice (pages)', (s) => `${s.twiceBlocks} (${s.twicePages})`],
  ['title exact / contains', (s) => `${f3(s.titleExact)} / ${f3(s.titleContains)}`],
  ['author (pages naming one)', (s) => `${f3(s.author)} (${s.authorN})`],
  ['date, same day (pages giving one)', (s) => `${f3(s.dateDay)} (${s.dateN})`],
  ['original source right', (s, n) => (n.startsWith('sift') ? `${s.sourceRight} of ${s.n}` : '–')],
  ['no article / failed', (s) => `${s.noArticle} / ${s.failed}`],
  ['time, median / p95', (s) => `${ms(s.msMedian)} / ${ms(s.msP95)}`],
];

const READABILITY_METRICS: Metric[] = [
  ['word F1 (expected.html)', (s) => f3(s.f1)],
  ['precision / recall', (s) => `${f3(s.precision)} / ${f3(s.recall)}`],
  ['blocks printed twice (pages)', (s) => `${s.twiceBlocks} (${s.twicePages})`],
  ['title exact / contains (expected-metadata.json)', (s) => `${f3(s.titleExact)} / ${f3(s.titleContains)}`],
  ['author (pages naming one)', (s) => `${f3(s.author)} (${s.authorN})`],
  ['date, same day (pages giving one)', (s) => `${f3(s.dateDay)} (${s.dateN})`],
  ['no article / failed', (s) => `${s.noArticle} / ${s.failed}`],
  ['time, median / p95', (s) => `${ms(s.msMedian)} / ${ms(s.msP95)}`],
];

function metricTable(rows: Row[], metrics: Metric[]): string[] {
  const groups = byExtractor(rows);
  const st = [...groups].map(([name, rs]) => [name, stats(rs)] as const);
  return table(
    ['', ...st.map(([name]) => SCORED_LABEL[name])],
    metrics.map(([label, value]) => [label, ...st.map(([name, s]) => value(s, name))]),
  );
}

/** One measure per page type (rows) and extractor (columns). */
function byTypeTable(rows: Row[], value: (s: Stats) => string): string[] {
  const types = [...new Set(rows.map((r) => r.type))].sort(
    (a, b) => rows.filter((r) => r.type === b).length - rows.filter((r) => r.type === a).length,
  );
  const names = [...byExtractor(rows).keys()];
  const pagesOf = (t: string) => new Set(rows.filter((r) => r.type === t).map((r) => r.id)).size;
  return table(
    ['page type (pages)', ...names.map((n) => SCORED_LABEL[n])],
    [...types, 'all'].map((t) => [
      t === 'all' ? `**all** (${new Set(rows.map((r) => r.id)).size})` : `${t} (${pagesOf(t)})`,
      ...names.map((n) =>
        value(stats(rows.filter((r) => r.extractor === n && (t === 'all' || r.type === t)))),
      ),
    ]),
  );
}

function sourceByType(rows: Row[]): string[] {
  const sift = rows.filter((r) => r.extractor === 'sift');
  if (sift.length === 0) return [];
  const types = [...new Set(sift.map((r) => r.type))].sort(
    (a, b) => sift.filter((r) => r.type === b).length - sift.filter((r) => r.type === a).length,
  );
  return table(
    ['page type', 'pages', 'source reported', 'share'],
    [...types, 'all'].map((t) => {
      const rs = sift.filter((r) => t === 'all' || r.type === t);
      const n = rs.filter((r) => r.source).length;
      return [t === 'all' ? '**all**' : t, String(rs.length), String(n), f3(n / rs.length)];
    }),
  );
}

/** What P and R say about a page Sift got wrong. */
function note(s: Row): string {
  if (s.words === 0) return 'empty article';
  if (s.recall < 0.5 && s.words * 5 < s.truthWords) return 'kept almost nothing';
  if (s.recall < 0.5 && s.precision < 0.5) return 'another block than the truth';
  if (s.recall < 0.5) return 'missed most of the text';
  if (s.precision < 0.5) return 'mostly text the truth does not have';
  return '';
}

function losses(rows: Row[], withUrl: boolean): string[] {
  const of = (name: Scored) => new Map(rows.filter((r) => r.extractor === name).map((r) => [r.id, r]));
  const sift = of('sift');
  const read = of('readability');
  const defu = of('defuddle');
  if (sift.size === 0 || read.size === 0) return ['Needs both Sift and Readability in the run.'];
  const worst = [...sift.values()]
    .map((s) => ({ s, r: read.get(s.id) }))
    .filter((x): x is { s: Row; r: Row } => !!x.r && x.s.f1 < x.r.f1)
    .sort((a, b) => a.s.f1 - a.r.f1 - (b.s.f1 - b.r.f1))
    .slice(0, 25);
  if (worst.length === 0) return ['Sift is at or above Readability on every page.'];
  const head = [
    'page',
    'type',
    'Sift F1',
    'Readability F1',
    'defuddle F1',
    'Sift P / R',
    'Sift words / truth',
  ];
  return table(
    [...head, 'Sift note', ...(withUrl ? ['url'] : [])],
    worst.map(({ s, r }) => [
      cell(s.id),
      cell(s.type),
      f3(s.f1),
      f3(r.f1),
      f3(defu.get(s.id)?.f1 ?? Number.NaN),
      `${f3(s.precision)} / ${f3(s.recall)}`,
      `${s.words} / ${s.truthWords}`,
      cell(s.error ?? note(s), 80),
      ...(withUrl ? [cell(s.url, 90)] : []),
    ]),
  );
}

function leaks(rows: Row[], corpus: CorpusName): string[] {
  const leaked = (r: Row) => (corpus === 'fixtures' ? r.clutterLeaked : r.withoutLeaked) ?? [];
  const total = (r: Row) => (corpus === 'fixtures' ? r.clutterTotal : r.withoutTotal) ?? 0;
  const read = new Map(rows.filter((r) => r.extractor === 'readability').map((r) => [r.id, r]));
  const worst = rows
    .filter((r) => r.extractor === 'sift' && leaked(r).length > 0)
    .sort(
      (a, b) =>
        leaked(b).length - leaked(a).length || leaked(b).length / total(b) - leaked(a).length / total(a),
    )
    .slice(0, 25);
  if (worst.length === 0) return ['Sift leaked none.'];
  return table(
    ['page', 'type', 'Sift leaked', 'Readability leaked', 'leaked text (Sift)'],
    worst.map((r) => {
      const rr = read.get(r.id);
      return [
        cell(r.id),
        cell(r.type),
        `${leaked(r).length} of ${total(r)}`,
        rr ? String(leaked(rr).length) : '–',
        cell(
          leaked(r)
            .map((t) => `“${clip(t, 70)}”`)
            .join(' · '),
          600,
        ),
      ];
    }),
  );
}

/** The headline numbers, one line each, for the extractors side by side. */
function summary(rows: Row[], names: Scored[]): string[] {
  const lines: string[][] = [];
  const add = (label: string, pick: (r: Row) => boolean, value: (s: Stats) => string) => {
    const sel = rows.filter(pick);
    if (sel.length === 0) return;
    lines.push([label, ...names.map((n) => value(stats(sel.filter((r) => r.extractor === n))))]);
  };
  const wcxb = (r: Row) => r.corpus === 'wcxb';
  const article = (r: Row) => r.corpus === 'wcxb' && r.type === 'article';
  add('WCXB word F1, all pages', wcxb, (s) => f3(s.f1));
  add('WCXB word F1, article pages', article, (s) => f3(s.f1));
  add('WCXB with-rate ↑ / without-rate ↓, all', wcxb, (s) => `${f3(s.withRate)} / ${f3(s.withoutRate)}`);
  add('WCXB with-rate / without-rate, articles', article, (s) => `${f3(s.withRate)} / ${f3(s.withoutRate)}`);
  add('WCXB blocks printed twice (pages)', wcxb, (s) => `${s.twiceBlocks} (${s.twicePages})`);
  add('WCXB title exact / contains', wcxb, (s) => `${f3(s.titleExact)} / ${f3(s.titleContains)}`);
  add('WCXB author', wcxb, (s) => f3(s.author));
  add('WCXB date, same day', wcxb, (s) => f3(s.dateDay));
  const siftWcxb = rows.filter((r) => wcxb(r) && r.extractor === 'sift');
  if (siftWcxb.length && names.includes('sift')) {
    const n = siftWcxb.filter((r) => r.source).length;
    lines.push([
      'WCXB original source reported',
      ...names.map((x) => (x === 'sift' ? `${n} (${f3(n / siftWcxb.length)})` : '–')),
    ]);
  }
  add(
    'Readability’s test pages: word F1',
    (r) => r.corpus === 'readability',
    (s) => f3(s.f1),
  );
  add(
    'fixtures: token F1',
    (r) => r.corpus === 'fixtures',
    (s) => f3(s.f1),
  );
  add(
    'fixtures: clutter leaked',
    (r) => r.corpus === 'fixtures',
    (s) => `${s.clutterLeaked} of ${s.clutterTotal}`,
  );
  add(
    'fixtures: paragraphs printed twice',
    (r) => r.corpus === 'fixtures',
    (s) => String(s.parasTwice),
  );
  add(
    'failed (timeout, exception), all corpora',
    () => true,
    (s) => String(s.failed),
  );
  if (lines.length === 0) return [];
  return ['## Summary', '', ...table(['', ...names.map((n) => SCORED_LABEL[n])], lines)];
}

export function report(rows: Row[], info: RunInfo): string {
  const out: string[] = [];
  const log = (...lines: string[]) => out.push(...lines);
  log('# Extraction quality: Sift, Readability, defuddle', '');
  if (info.partial) log(`**Partial run** (\`${info.command}\`): not the full evaluation.`, '');
  log(
    `${info.date} · ${info.machine}`,
    '',
    `${info.versions}`,
    '',
    `Written by \`${info.command}\` in ${(info.elapsedMs / 60000).toFixed(1)} min of wall time, ${(info.cpuMs / 60000).toFixed(1)} min of CPU time (load average at the end ${info.load}; ${info.jobs} worker threads, ${info.timeoutMs / 1000} s limit per extractor and page, ${info.siftBudgetMs === null ? 'no time budget for Sift' : `Sift's own budget ${info.siftBudgetMs / 1000} s`}). Per-page rows: \`${info.pagesFile}\` (regenerated by each run, not committed).`,
    '',
  );
  log(
    ...table(
      ['corpus', 'path', 'pages'],
      info.corpora.map((c) => [CORPUS_TITLE[c.name], `\`${c.dir}\``, String(c.pages)]),
    ),
    '',
  );
  const names = [...byExtractor(rows).keys()].filter((n) => n !== 'sift-html');
  log(...summary(rows, names), '');
  log(
    ...table(
      ['extractor', 'outputs', 'from the cache', 'extraction time, total', 'failed'],
      names.map((n) => {
        const rs = rows.filter((r) => r.extractor === n);
        const fresh = rs.filter((r) => !r.cached);
        return [
          SCORED_LABEL[n],
          String(rs.length),
          String(rs.length - fresh.length),
          `${(fresh.reduce((a, r) => a + r.ms, 0) / 60000).toFixed(1)} min (this run)`,
          String(rs.filter((r) => r.failed).length),
        ];
      }),
    ),
    '',
    `Parsing the pages with jsdom (once per page, shared by Sift and Readability) took ${(rows.reduce((a, r) => a + (r.parseMs ?? 0), 0) / 60000).toFixed(1)} min of that run's time; times are wall time inside the worker threads, so they grow when the machine is busy.`,
    '',
  );
  log(
    '## How it is measured',
    '',
    `- Every page is parsed once by jsdom at its own URL. **Sift** is \`extract(document, { url, timeBudgetMs })\`, bundled with esbuild as the extension ships it (Readability and DOMPurify inside, the \`vendorPatches\` applied); **Readability** is plain \`@mozilla/readability\`, \`new Readability(document.cloneNode(true)).parse()\` on the same document; **defuddle** (\`defuddle/node\`, \`useAsync: false\` so nothing is fetched) ${info.defuddleDom === 'linkedom' ? 'reads the page with linkedom, as its own command line does: on a 41-page WCXB sample that gave the same word F1 as on jsdom (0.824 both), eight times faster (`--defuddle-dom jsdom` runs it on the jsdom document instead)' : 'runs last on the same jsdom document (it changes it)'}. Readability's and defuddle's outputs are cached between runs (keyed by page, library version and DOM; \`--no-cache\` runs them again); the table above says how many came from the cache.`,
    "- What is scored is each extractor's **text**: Sift's `article.text`, Readability's `textContent`, the text of defuddle's `content` (one line per block). **Sift (text of html)** is Sift scored a second time on the text of its `article.html`: a difference between the two columns is a difference between the two outputs.",
    '- **Word F1** follows the WCXB README: tokens are `\\w+` (Unicode letters, digits, underscore) over the lower-cased text, multiset overlap, precision = overlap / output tokens, recall = overlap / truth tokens; empty output against an empty truth is 1. A failure (timeout, exception, crash) scores 0; "no article" is an empty output. Mean over pages.',
    "- **With-rate / without-rate** (WCXB): the share of a page's `with` (`without`) snippets found, case-insensitively (whitespace runs taken as one space), in the output text; mean over pages that have such snippets. Lower is better for `without`.",
    '- **Blocks printed twice**: blocks (lines of the output, one per block) of 40 characters or more whose text occurs more than once in the output; each repeated text counts once; in brackets the pages with any.',
    '- **Title**: exact after NFKC, lower-casing and turning every run of non-letters into one space; *contains*: exact, or the output contains the true title, or the true title contains the output and the output keeps at least half its letters. **Author** (pages whose truth names one): name tokens (letters only; "by", "and", "written", "posted", "author" dropped) shared with the truth at least half of the larger set. **Date** (pages whose truth gives one): the same calendar day — the output\'s own YYYY-MM-DD when it starts with one, otherwise the UTC day of `Date.parse`; *within a day* shows time-zone shifts.',
    '- **Fixtures**: token F1 against the expected headings and paragraphs, clutter strings of expected.json found in the output (same lookup as snippets), expected paragraphs occurring more than once in the output, and the original source against expected.json.',
    '',
  );

  for (const c of info.corpora) {
    const rows_ = rows.filter((r) => r.corpus === c.name);
    if (rows_.length === 0) continue;
    log(`## ${CORPUS_TITLE[c.name]} (${c.pages} pages)`, '');
    if (c.name === 'wcxb') {
      log(
        'WCXB (Foley, 2026), the Web Content eXtraction Benchmark, development split, CC-BY-4.0: github.com/Murrough-Foley/web-content-extraction-benchmark. Each page is read at the `url` of its ground truth.',
        '',
      );
      log('### All pages', '', ...metricTable(rows_, WCXB_METRICS), '');
      const articles = rows_.filter((r) => r.type === 'article');
      if (articles.length) {
        log(
          `### Article pages (${new Set(articles.map((r) => r.id)).size})`,
          '',
          ...metricTable(articles, WCXB_METRICS),
          '',
        );
      }
      log('### Word F1 by page type', '', ...byTypeTable(rows_, (s) => f3(s.f1)), '');
      log(
        '### With-rate by page type (higher is better)',
        '',
        ...byTypeTable(rows_, (s) => f3(s.withRate)),
        '',
      );
      log(
        '### Without-rate by page type (lower is better)',
        '',
        ...byTypeTable(rows_, (s) => f3(s.withoutRate)),
        '',
      );
      log(
        '### Blocks printed twice by page type (lower is better; pages with any in brackets)',
        '',
        ...byTypeTable(rows_, (s) => `${s.twiceBlocks} (${s.twicePages})`),
        '',
      );
      log('### Title exact by page type', '', ...byTypeTable(rows_, (s) => f3(s.titleExact)), '');
      log('### Title contains by page type', '', ...byTypeTable(rows_, (s) => f3(s.titleContains)), '');
      log(
        '### Author by page type (pages whose truth names one)',
        '',
        ...byTypeTable(rows_, (s) => (s.authorN ? `${f3(s.author)} (${s.authorN})` : '–')),
        '',
      );
      log(
        '### Date, same day, by page type (pages whose truth gives one)',
        '',
        ...byTypeTable(rows_, (s) => (s.dateN ? `${f3(s.dateDay)} (${s.dateN})` : '–')),
        '',
      );
      log('### Sift: original source reported, by page type', '');
      log(
        'The share of pages where `article.source` is not null. WCXB pages are mostly originals, so a source reported here is usually a canonical or `og:url` on another host, or a link Sift took for "the original".',
        '',
        ...sourceByType(rows_),
        '',
      );
    } else if (c.name === 'fixtures') {
      log(...metricTable(rows_, FIXTURE_METRICS), '');
    } else {
      log(...metricTable(rows_, READABILITY_METRICS), '');
    }
  }

  log('## Biggest losses and leaks', '');
  log(
    "For each corpus, the 25 pages where Sift's word F1 is furthest below Readability's (P / R tell lost text from extra text), then the 25 pages where Sift's output holds the most `without` snippets (clutter strings for the fixtures), with the text found. Every page's numbers are in the per-page file; `npm run eval -- --corpus wcxb --filter ID` reruns one page.",
    '',
  );
  for (const c of info.corpora) {
    const rows_ = rows.filter((r) => r.corpus === c.name);
    if (rows_.length === 0) continue;
    log(
      `### ${CORPUS_TITLE[c.name]}: Sift below Readability`,
      '',
      ...losses(rows_, c.name !== 'readability'),
      '',
    );
    if (c.name !== 'readability')
      log(
        `### ${CORPUS_TITLE[c.name]}: most leaked ${c.name === 'fixtures' ? 'clutter' : '`without` snippets'}`,
        '',
        ...leaks(rows_, c.name),
        '',
      );
  }
  return `${out.join('\n').trimEnd()}\n`;
}
