import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { FIXTURES } from '../../helpers/corpus';
import { hostilePage } from '../../hostile/payloads';

/** Extra pages for the states that are not an article. */
export const EXTRA_PAGES: Record<string, string> = {
  'hostile.html': hostilePage(),
  'deep.html': `<!doctype html><html><head><title>Deep</title></head><body>${'<div>'.repeat(5000)}${'<p>The committee met again on Thursday to discuss the budget, and several members asked for more time to read it.</p>'.repeat(6)}${'</div>'.repeat(5000)}</body></html>`,
  // A single-page app: an empty shell at load; its script fills the article 1.5 s later.
  'spa.html': `<!doctype html><html><head><title>An app</title></head><body><div id="app">Loading…</div><script>
setTimeout(() => {
  const app = document.getElementById('app');
  app.textContent = '';
  const article = document.createElement('article');
  const h1 = document.createElement('h1');
  h1.textContent = 'The council extends the programme';
  article.append(h1);
  for (let i = 1; i <= 8; i++) {
    const p = document.createElement('p');
    p.textContent = 'Paragraph ' + i + ' of a story an app wrote into the page after it loaded: the council voted on Tuesday to extend the programme for another year.';
    article.append(p);
  }
  app.append(article);
}, 1500);
</script></body></html>`,
  // A page that keeps changing while Sift reads it: a ticker rewritten and a list grown every 20 ms.
  'ticker.html': `<!doctype html><html><head><title>Live</title></head><body><div id="ticker">0</div><ul id="feed"></ul><article><h1>A story beside a live ticker</h1>${Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1} of a story on a page that never stops changing: the committee met again on Thursday to discuss the budget.</p>`).join('')}</article><script>
let n = 0;
setInterval(() => {
  n++;
  document.getElementById('ticker').textContent = 'Update ' + n;
  const li = document.createElement('li');
  li.textContent = 'Live item ' + n;
  document.getElementById('feed').prepend(li);
}, 20);
</script></body></html>`,
  'no-article.html':
    '<!doctype html><html><head><title>Sign in</title></head><body><nav><a href="/">Home</a> <a href="/login">Sign in</a></nav><form><input name="user"><button>Go</button></form></body></html>',
};

/** A request for /pwned/…: something on a hostile page managed to make a request. */
export interface Hit {
  path: string;
  site: string;
  dest: string;
}

/**
 * Serves the fixture pages on 127.0.0.1 (a random port): /<slug>.html and the extra pages. Requests
 * for /pwned/… are recorded with their Sec-Fetch headers, so a test can tell the page's own requests
 * (same-origin) from any made by Sift's extension pages (cross-site).
 */
export async function serveFixtures(): Promise<{ base: string; hits: Hit[]; close: () => Promise<void> }> {
  const hits: Hit[] = [];
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname.slice(1));
    if (name.startsWith('pwned/'))
      hits.push({
        path: name,
        site: String(req.headers['sec-fetch-site'] ?? ''),
        dest: String(req.headers['sec-fetch-dest'] ?? ''),
      });
    const file = path.join(FIXTURES, name.replace(/\.html$/, ''), 'source.html');
    const body =
      EXTRA_PAGES[name] ??
      (name.endsWith('.html') && !name.includes('..') && fs.existsSync(file) ? fs.readFileSync(file) : null);
    if (body === null) {
      // The pages' own scripts, styles and images point at hosts that do not exist here.
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}/`,
    hits,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
