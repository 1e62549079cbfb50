import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { FIXTURES } from '../../helpers/corpus';

/** Extra pages for the states that are not an article. */
export const EXTRA_PAGES: Record<string, string> = {
  'no-article.html':
    '<!doctype html><html><head><title>Sign in</title></head><body><nav><a href="/">Home</a> <a href="/login">Sign in</a></nav><form><input name="user"><button>Go</button></form></body></html>',
};

/** Serves the fixture pages on 127.0.0.1 (a random port): /<slug>.html and the extra pages. */
export async function serveFixtures(): Promise<{ base: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname.slice(1));
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
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
