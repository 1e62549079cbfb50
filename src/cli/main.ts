import { readFileSync, statSync } from 'node:fs';
import { OPTIONAL_STEPS, STEPS } from '../extract/pipeline';
import type { ExtractResult } from '../extract/types';
import { failureDetail } from '../shared/words';

/**
 * `sift page.html [options]`: the extension's engine from a terminal. Reads stdin when no file is given.
 * Exit 0 with an article, 2 when the page has none, 1 on bad input; errors are one line on stderr and
 * nothing on stdout. jsdom (slow to load) is imported only once there is a page to read, so `--help`
 * and bad arguments answer at once. Several files, a folder or `--ndjson` is batch mode (batch.ts):
 * one JSON line per page, the pages read in worker threads (worker.ts) by this same code.
 */
const FORMATS = ['json', 'markdown', 'html', 'text'] as const;
type Format = (typeof FORMATS)[number];
const MAX_INPUT_BYTES = 50 * 1024 * 1024;
declare const SIFT_VERSION: string;

const USAGE = `usage: sift [page.html] [options]
       sift page.html... folder... [options]      (batch mode)
Reads the page from the file, or from standard input when no file is given (or given as -).

  --url URL            the page's address (default: the page's canonical or og:url, else http://localhost/)
  --format FORMAT      json (default), markdown, html or text
  --encoding NAME      the page's character encoding, over its BOM and <meta charset> (e.g. windows-1252)
  --disable STEP,...   switch steps off; these can be:
                       ${OPTIONAL_STEPS.join(',\n                       ')}
  --time-budget MS     stop with exit 2 past this many milliseconds (default: no limit)
  --timings            print each step's time to standard error (batch mode: in each line)
  --version            print the version
  --help               print this

Batch mode: several files, or folders (their *.html and *.htm files, recursively, sorted), or --ndjson.
Writes one JSON line per page: {"file","ok":true,"article"}, {"file","ok":false,"reason","message"}
(no article) or {"file","ok":false,"error"} (unreadable); a failed page never stops the batch.
  --jobs N             pages read at once, each in a worker thread (default: the number of cores)
  --unordered          write each line as its page is done (default: in the order given)
  --progress           show [n/total] on standard error (default: only when it is a terminal)
  --ndjson             batch mode (one JSON line) even for one page
--format is json only and --url is refused with several pages (each page's own address is used).

Exit status: 0 with an article (batch: every page had one), 2 when the page has none (the reason on
stderr; batch: some page had none or could not be read), 1 on bad input (batch: bad arguments).`;

export class CliError extends Error {}

export interface Args {
  /** The pages and folders given, in order; none means standard input. */
  files: string[];
  url: string | null;
  format: Format;
  disable: string[];
  encoding: string | null;
  timeBudgetMs: number | null;
  timings: boolean;
  /** Batch mode: worker threads (null: one per core), output order, progress line, NDJSON for one page. */
  jobs: number | null;
  unordered: boolean;
  progress: boolean;
  ndjson: boolean;
}

export function parseArgs(argv: readonly string[]): Args | 'help' | 'version' {
  const args: Args = {
    files: [],
    url: null,
    format: 'json',
    disable: [],
    encoding: null,
    timeBudgetMs: null,
    timings: false,
    jobs: null,
    unordered: false,
    progress: false,
    ndjson: false,
  };
  let filesOnly = false;
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i] as string;
    // After --, every argument is a file, even one starting with a dash.
    if (filesOnly || arg === '--') {
      if (filesOnly) args.files.push(arg);
      filesOnly = true;
      continue;
    }
    let inline: string | undefined;
    // --format=text is the same as --format text.
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    if (eq > 0) {
      inline = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new CliError(`${arg} needs a value`);
      return v;
    };
    const flag = () => {
      if (inline !== undefined) throw new CliError(`${arg} takes no value`);
    };
    if (arg === '-h' || arg === '--help') return 'help';
    else if (arg === '-v' || arg === '--version') return 'version';
    else if (arg === '--url') args.url = value();
    else if (arg === '--format' || arg === '-f') {
      const f = value();
      if (!(FORMATS as readonly string[]).includes(f))
        throw new CliError(`unknown format "${f}" (use ${FORMATS.join(', ')})`);
      args.format = f as Format;
    } else if (arg === '--disable') {
      for (const id of value().split(',').filter(Boolean)) {
        if (!OPTIONAL_STEPS.includes(id))
          throw new CliError(
            STEPS.some((s) => s.id === id)
              ? `step "${id}" cannot be switched off`
              : `unknown step "${id}" (see sift --help)`,
          );
        args.disable.push(id);
      }
    } else if (arg === '--encoding') {
      const name = value();
      try {
        new TextDecoder(name);
      } catch {
        throw new CliError(`unknown encoding "${name}"`);
      }
      args.encoding = name;
    } else if (arg === '--time-budget') {
      const ms = Number(value());
      if (!Number.isFinite(ms) || ms <= 0) throw new CliError('--time-budget needs a number of milliseconds');
      args.timeBudgetMs = ms;
    } else if (arg === '--timings') {
      flag();
      args.timings = true;
    } else if (arg === '--jobs' || arg === '-j') {
      const jobs = Number(value());
      if (!Number.isInteger(jobs) || jobs < 1)
        throw new CliError(`${arg} needs a whole number of at least 1`);
      args.jobs = jobs;
    } else if (arg === '--unordered' || arg === '--progress' || arg === '--ndjson') {
      flag();
      args[arg.slice(2) as 'unordered' | 'progress' | 'ndjson'] = true;
    } else if (arg.startsWith('-') && arg !== '-') throw new CliError(`unknown option ${arg}`);
    else args.files.push(arg);
  }
  if (args.files.filter((f) => f === '-').length > 1)
    throw new CliError('standard input (-) can be read only once');
  if (args.url !== null) {
    try {
      new URL(args.url);
    } catch {
      throw new CliError(`--url is not a URL: ${args.url}`);
    }
  }
  return args;
}

export function readInput(file: string | null, stdin: () => Buffer): Buffer {
  let data: Buffer;
  if (file === null || file === '-') data = stdin();
  else {
    try {
      data = readFileSync(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new CliError(
        code === 'ENOENT'
          ? `no such file: ${file}`
          : code === 'EISDIR'
            ? `${file} is a folder`
            : `cannot read ${file}`,
      );
    }
  }
  if (data.length === 0) throw new CliError(file ? `${file} is empty` : 'no input on standard input');
  if (data.length > MAX_INPUT_BYTES)
    throw new CliError(`input is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
  return data;
}

/**
 * Text in the given encoding, else the byte-order mark's, else the page's declared charset (meta
 * charset), else UTF-8; refuses binary data.
 */
export function decodeHtml(data: Buffer, encoding: string | null = null): string {
  const head = data.subarray(0, 2048).toString('latin1');
  const bom =
    data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf
      ? 'utf-8'
      : data[0] === 0xff && data[1] === 0xfe
        ? 'utf-16le'
        : data[0] === 0xfe && data[1] === 0xff
          ? 'utf-16be'
          : null;
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  let text: string;
  try {
    text = new TextDecoder(encoding ?? bom ?? declared ?? 'utf-8').decode(data);
  } catch {
    text = new TextDecoder('utf-8').decode(data);
  }
  const sample = text.slice(0, 4096);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 9 || (c > 13 && c < 32)) controls++;
  }
  if (controls > sample.length * 0.01 || !/<[a-z!/?]/i.test(text.slice(0, 65536)))
    throw new CliError('input is not HTML');
  return text;
}

/** The address a saved page declares for itself, when none is given: its canonical link or og:url. */
export function declaredUrl(html: string): string | null {
  const head = html.slice(0, 262_144);
  for (const tag of head.match(/<(link|meta)\b[^>]*>/gi) ?? []) {
    const isCanonical = /\brel\s*=\s*["']?canonical\b/i.test(tag);
    const isOgUrl = /\bproperty\s*=\s*["']?og:url\b/i.test(tag);
    if (!isCanonical && !isOgUrl) continue;
    const value = /\b(?:href|content)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    const url = value?.[1] ?? value?.[2] ?? value?.[3];
    if (!url) continue;
    try {
      const parsed = new URL(url.trim());
      if (/^https?:$/.test(parsed.protocol)) return parsed.href;
    } catch {}
  }
  return null;
}

export async function run(args: Args, html: string): Promise<{ result: ExtractResult; output: string }> {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const { extract } = await import('../extract/pipeline');
  // jsdom reports CSS it cannot parse and scripts it does not run on its console: not the reader's concern.
  const virtualConsole = new VirtualConsole();
  const dom = new JSDOM(html, { url: args.url ?? declaredUrl(html) ?? 'http://localhost/', virtualConsole });
  try {
    const result = extract(dom.window.document, {
      disable: args.disable,
      ...(args.timeBudgetMs === null ? {} : { timeBudgetMs: args.timeBudgetMs }),
    });
    return { result, output: result.ok ? await format(result.article, args.format) : '' };
  } finally {
    // jsdom's teardown recurses through the tree and can exhaust the stack on a very deep page.
    try {
      dom.window.close();
    } catch {}
  }
}

async function format(article: Extract<ExtractResult, { ok: true }>['article'], as: Format): Promise<string> {
  switch (as) {
    case 'json':
      return `${JSON.stringify(article, null, 2)}\n`;
    case 'html':
      return `${article.html}\n`;
    case 'text':
      return `${[article.title, article.standfirst, article.text].filter(Boolean).join('\n\n')}\n`;
    case 'markdown': {
      const { JSDOM } = await import('jsdom');
      const { toMarkdown } = await import('../shared/markdown');
      const parsed = new JSDOM(`<body>${article.html}</body>`);
      const output = toMarkdown(article, parsed.window.document.body);
      parsed.window.close();
      return output;
    }
  }
}

function printTimings(result: ExtractResult): void {
  const total = result.timings.reduce((sum, t) => sum + t.ms, 0);
  const width = Math.max(...result.timings.map((t) => t.step.length));
  for (const t of result.timings)
    process.stderr.write(`${t.step.padEnd(width)}  ${t.ms.toFixed(1).padStart(8)} ms\n`);
  process.stderr.write(`${'total'.padEnd(width)}  ${total.toFixed(1).padStart(8)} ms\n`);
}

function isFolder(file: string): boolean {
  try {
    return file !== '-' && statSync(file, { throwIfNoEntry: false })?.isDirectory() === true;
  } catch {
    return false; // unreadable: batch mode or not, the page's own read reports it
  }
}

/**
 * Batch mode is several inputs, a folder, or --ndjson. It writes JSON lines only, and each page keeps
 * its own address: --format other than json and --url over several pages are refused.
 */
function batchMode(args: Args): boolean {
  const several = args.files.length > 1 || args.files.some(isFolder);
  if (!several && !args.ndjson) return false;
  if (args.format !== 'json')
    throw new CliError(
      `--format ${args.format} is for one page; batch mode (several pages, a folder or --ndjson) writes JSON lines only`,
    );
  if (several && args.url !== null)
    throw new CliError(
      '--url names one page; with several pages each takes its canonical link or og:url (leave out --url)',
    );
  return true;
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (args === 'version') {
      process.stdout.write(`sift ${SIFT_VERSION}\n`);
      return 0;
    }
    if (batchMode(args)) {
      const { runBatch } = await import('./batch');
      return await runBatch(args);
    }
    const html = decodeHtml(
      readInput(args.files[0] ?? null, () => readFileSync(0)),
      args.encoding,
    );
    const { result, output } = await run(args, html);
    if (args.timings) printTimings(result);
    if (!result.ok) {
      process.stderr.write(`sift: ${failureDetail(result.reason, result.data)}\n`);
      return 2;
    }
    process.stdout.write(output);
    return 0;
  } catch (error) {
    const message =
      error instanceof CliError ? error.message : `unexpected error: ${(error as Error).message}`;
    process.stderr.write(`sift: ${message}\n`);
    return 1;
  }
}
