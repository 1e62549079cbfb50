import { parentPort, workerData } from 'node:worker_threads';
import { failureDetail } from '../shared/words';
import { type Args, CliError, decodeHtml, readInput, run } from './main';

/**
 * One worker thread of batch mode (batch.ts): reads the pages it is sent, one at a time, by the
 * single-page path (readInput, decodeHtml, run), and posts back each page's JSON line. Built as
 * dist/cli/worker.mjs beside dist/cli/sift.mjs.
 */

/** A page to read: its path, or its bytes when it came from standard input (file "-"). */
export interface PageJob {
  id: number;
  file: string;
  data?: Uint8Array;
}

/** article: the page had one; no-article: the engine found none; error: the page could not be read. */
export type Outcome = 'article' | 'no-article' | 'error';

export interface PageDone {
  id: number;
  outcome: Outcome;
  /** The page's line of output, without its newline. */
  line: string;
}

export async function readPage(args: Args, file: string, data?: Uint8Array): Promise<Omit<PageDone, 'id'>> {
  try {
    const bytes = readInput(file, () => Buffer.from(data ?? new Uint8Array()));
    const { result } = await run(args, decodeHtml(bytes, args.encoding));
    const timings = args.timings ? { timings: result.timings } : {};
    if (!result.ok)
      return {
        outcome: 'no-article',
        line: JSON.stringify({
          file,
          ok: false,
          reason: result.reason,
          message: failureDetail(result.reason, result.data),
          ...timings,
        }),
      };
    return {
      outcome: 'article',
      line: JSON.stringify({ file, ok: true, article: result.article, ...timings }),
    };
  } catch (error) {
    const message =
      error instanceof CliError ? error.message : `unexpected error: ${(error as Error)?.message ?? error}`;
    return { outcome: 'error', line: JSON.stringify({ file, ok: false, error: message }) };
  }
}

const port = parentPort;
if (port) {
  const args = workerData as Args;
  port.on('message', async (job: PageJob) => {
    const done: PageDone = { id: job.id, ...(await readPage(args, job.file, job.data)) };
    port.postMessage(done);
  });
}
