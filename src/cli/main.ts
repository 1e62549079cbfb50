import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { extract } from '../extract/pipeline';
import type { ExtractResult } from '../extract/types';
import { toMarkdown } from './markdown';

/**
 * `sift page.html [--url URL] [--format json|markdown|html|text]`: the extension's engine from a
 * terminal. Reads stdin when no file is given. Exit 0 with an article, 2 when the page has none,
 * 1 on bad input; errors are one line on stderr and nothing on stdout.
 */
const FORMATS = ['json', 'markdown', 'html', 'text'] as const;
type Format = (typeof FORMATS)[number];
const MAX_INPUT_BYTES = 50 * 1024 * 1024;

const USAGE = `usage: sift [page.html] [--url URL] [--format json|markdown|html|text] [--disable FILTER,…]
Reads the page from the file, or from standard input when no file is given.`;

export class CliError extends Error {}

interface Args {
  file: string | null;
  url: string | null;
  format: Format;
  disable: string[];
}

export function parseArgs(argv: readonly string[]): Args | 'help' {
  const args: Args = { file: null, url: null, format: 'json', disable: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new CliError(`${arg} needs a value`);
      return v;
    };
    if (arg === '-h' || arg === '--help') return 'help';
    else if (arg === '--url') args.url = value();
    else if (arg === '--format' || arg === '-f') {
      const f = value();
      if (!(FORMATS as readonly string[]).includes(f))
        throw new CliError(`unknown format "${f}" (use ${FORMATS.join(', ')})`);
      args.format = f as Format;
    } else if (arg === '--disable') args.disable.push(...value().split(','));
    else if (arg.startsWith('-') && arg !== '-') throw new CliError(`unknown option ${arg}`);
    else if (args.file !== null) throw new CliError('give one page at a time');
    else args.file = arg;
  }
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

/** Text in the page's declared charset (meta charset or BOM), UTF-8 otherwise; refuses binary data. */
export function decodeHtml(data: Buffer): string {
  const head = data.subarray(0, 2048).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  let text: string;
  try {
    text = new TextDecoder(declared ?? 'utf-8').decode(data);
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

export function run(args: Args, html: string): { result: ExtractResult; output: string } {
  const dom = new JSDOM(html, { url: args.url ?? 'http://localhost/' });
  try {
    const result = extract(dom.window.document, { disable: args.disable });
    return { result, output: format(result, args.format) };
  } finally {
    // jsdom's teardown recurses through the tree and can exhaust the stack on a very deep page.
    try {
      dom.window.close();
    } catch {}
  }
}

function format(result: ExtractResult, as: Format): string {
  if (!result.ok) return as === 'json' ? `${JSON.stringify(result, null, 2)}\n` : '';
  const { article } = result;
  switch (as) {
    case 'json':
      return `${JSON.stringify(article, null, 2)}\n`;
    case 'html':
      return `${article.html}\n`;
    case 'text':
      return `${article.title}\n\n${article.text}\n`;
    case 'markdown': {
      const parsed = new JSDOM(`<body>${article.html}</body>`);
      const output = toMarkdown(article, parsed.window.document.body);
      parsed.window.close();
      return output;
    }
  }
}

export function main(argv: readonly string[]): number {
  try {
    const args = parseArgs(argv);
    if (args === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const html = decodeHtml(readInput(args.file, () => readFileSync(0)));
    const { result, output } = run(args, html);
    if (!result.ok) {
      process.stderr.write(`sift: ${result.message}\n`);
      if (output) process.stdout.write(output);
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
