/** Runs defuddle on one page at a time, in a worker the benchmark can stop if a page runs away. */
import { parentPort } from 'node:worker_threads';
import { Defuddle } from 'defuddle/node';
import { JSDOM } from 'jsdom';

parentPort?.on('message', async ({ html, url }: { html: string; url: string }) => {
  const dom = new JSDOM(html, { url });
  try {
    const r = await Defuddle(dom.window.document, url);
    parentPort?.postMessage({ ok: true, content: r.content ?? '' });
  } catch (error) {
    parentPort?.postMessage({ ok: false, content: '', error: String(error) });
  } finally {
    dom.window.close();
  }
});
