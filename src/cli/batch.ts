import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type Args, CliError } from './main';
import type { Outcome, PageDone, PageJob } from './worker';

/**
 * Batch mode: `sift a.html b.html folder/ …` writes one JSON line per page on stdout (NDJSON). The pages
 * are read in worker threads (worker.ts, the single-page code path), `--jobs` at a time, and written in
 * the order given (lines that finish early wait their turn) or as they finish with `--unordered`. A page
 * that fails is reported in its own line; exit 0 when every page had an article, else 2.
 */

const PAGE = /\.html?$/i;

/** What a path is, following links; null when it cannot be seen (missing, no access, a loop). */
function kind(p: string): 'folder' | 'file' | null {
  try {
    const stat = statSync(p, { throwIfNoEntry: false });
    return stat?.isDirectory() ? 'folder' : stat?.isFile() ? 'file' : null;
  } catch {
    return null;
  }
}

/** The folder's pages: its *.html and *.htm files, recursively, sorted by path (code-unit order). */
export function pagesIn(folder: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const walk = (dir: string) => {
    // A link back up the tree is followed once only.
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of entries) {
      const p = path.join(dir, name);
      const what = kind(p);
      if (what === 'folder') walk(p);
      else if (what === 'file' && PAGE.test(name)) found.push(p);
    }
  };
  walk(folder);
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The pages to read, in order: each file as given (one that cannot be read is reported in its line),
 * each folder as its pages, "-" (or nothing) as standard input.
 */
export function listPages(inputs: readonly string[]): string[] {
  if (inputs.length === 0) return ['-'];
  return inputs.flatMap((input) => (input !== '-' && kind(input) === 'folder' ? pagesIn(input) : [input]));
}

export async function runBatch(args: Args): Promise<number> {
  const pages = listPages(args.files);
  if (pages.length === 0) throw new CliError(`no .html or .htm files in ${args.files.join(', ')}`);
  const workerFile = fileURLToPath(new URL('./worker.mjs', import.meta.url));
  if (!existsSync(workerFile)) throw new CliError('batch mode is not built yet; run `npm run build` first');
  const stdin = pages.includes('-') ? new Uint8Array(readFileSync(0)) : null;
  const jobs = Math.min(args.jobs ?? availableParallelism(), pages.length);
  // In order, a slow page holds the lines after it: at most this many pages are read ahead of it.
  const window = Math.max(64, jobs * 16);
  const showProgress = args.progress || process.stderr.isTTY === true;
  const workerArgs: Args = { ...args, files: [], format: 'json' };

  const held: (string | undefined)[] = [];
  let next = 0;
  let written = 0;
  let finished = 0;
  let status = 0;
  let stdoutBlocked = false;
  let stopped = false;
  // Workers that died with no page in hand since the last page was done: past a few, none will start.
  let idleCrashes = 0;

  return await new Promise<number>((resolve) => {
    interface Slot {
      worker: Worker;
      job: PageJob | null;
    }
    const slots: Slot[] = [];

    const finish = () => {
      if (stopped) return;
      stopped = true;
      process.stdout.off('error', onStdoutError);
      if (showProgress) process.stderr.write('\n');
      void Promise.all(slots.map((s) => s.worker.terminate())).then(() => resolve(status));
    };
    // The reader went away (`sift dir/ | head`): stop quietly.
    const onStdoutError = () => {
      finish();
    };
    process.stdout.on('error', onStdoutError);

    const write = (line: string) => {
      if (!process.stdout.write(`${line}\n`) && !stdoutBlocked) {
        stdoutBlocked = true;
        process.stdout.once('drain', () => {
          stdoutBlocked = false;
          for (const s of slots) if (!s.job) dispatch(s);
        });
      }
    };

    const progress = (file: string) => {
      if (!showProgress) return;
      let text = `[${finished}/${pages.length}] ${file}`;
      if (process.stderr.isTTY) {
        const width = process.stderr.columns || 80;
        if (text.length > width - 1) text = `${text.slice(0, width - 2)}…`;
        text += '\x1b[K';
      }
      process.stderr.write(`\r${text}`);
    };

    const done = (slot: Slot, outcome: Outcome, line: string) => {
      const job = slot.job;
      if (!job || stopped) return;
      slot.job = null;
      finished++;
      if (outcome !== 'article') status = 2;
      progress(job.file);
      if (args.unordered) write(line);
      else {
        held[job.id] = line;
        while (held[written] !== undefined) {
          write(held[written] as string);
          held[written] = undefined;
          written++;
        }
      }
      if (finished === pages.length) return finish();
      for (const s of slots) if (!s.job) dispatch(s);
    };

    const dispatch = (slot: Slot) => {
      if (stopped || slot.job || stdoutBlocked || next >= pages.length) return;
      if (!args.unordered && next - written >= window) return;
      const id = next++;
      const file = pages[id] as string;
      slot.job = file === '-' && stdin ? { id, file, data: stdin } : { id, file };
      slot.worker.postMessage(slot.job);
    };

    const spawn = (): Slot => {
      // The workers' own output (none is expected) would break the JSON lines: it is dropped.
      const worker = new Worker(workerFile, { workerData: workerArgs, stdout: true, stderr: true });
      worker.stdout.resume();
      worker.stderr.resume();
      const slot: Slot = { worker, job: null };
      worker.on('message', (m: PageDone) => {
        idleCrashes = 0;
        done(slot, m.outcome, m.line);
      });
      // A page that kills its worker (out of memory, say) is reported, and a new worker takes the slot.
      const crashed = (why: string) => {
        if (stopped) return;
        worker.removeAllListeners();
        void worker.terminate();
        const job = slot.job;
        const at = slots.indexOf(slot);
        if (job || (++idleCrashes <= 3 && next < pages.length)) {
          const fresh = spawn();
          slots[at] = fresh;
          if (!job) return dispatch(fresh);
          fresh.job = job;
          return done(
            fresh,
            'error',
            JSON.stringify({ file: job.file, ok: false, error: `unexpected error: ${why}` }),
          );
        }
        slots.splice(at, 1);
        if (slots.length > 0) return;
        // No worker thread will start: the pages not yet read are reported as such.
        while (!stopped && next < pages.length) {
          const id = next++;
          const failed = { file: pages[id], ok: false, error: `unexpected error: ${why}` };
          done({ worker, job: { id, file: pages[id] as string } }, 'error', JSON.stringify(failed));
        }
      };
      worker.on('error', (e) => crashed(e instanceof Error ? e.message : String(e)));
      worker.on('exit', (code) => crashed(`worker stopped (exit ${code})`));
      return slot;
    };

    for (let i = 0; i < jobs; i++) slots.push(spawn());
    for (const s of slots) dispatch(s);
  });
}
