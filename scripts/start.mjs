// npm start: serves a demo aggregator page on 127.0.0.1 and opens Chromium with Sift loaded on it.
// Without a browser or a display, it prints how to load Sift by hand and keeps serving the page.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const fixtures = path.join(root, 'tests/fixtures');
const PORT = Number(process.env.PORT ?? 8719);

const server = http.createServer((req, res) => {
  const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname.slice(1)) || 'index.html';
  if (name === 'index.html') {
    const links = fs
      .readdirSync(fixtures)
      .map((slug) => `<li><a href="/${slug}.html">${slug}</a></li>`)
      .join('');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><title>Sift demo pages</title><h1>Sift demo pages</h1><p>Open one, then click the Sift button (or press Alt+Shift+S).</p><ul>${links}</ul>`,
    );
    return;
  }
  const file = path.join(fixtures, name.replace(/\.html$/, ''), 'source.html');
  if (!name.includes('..') && fs.existsSync(file)) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(fs.readFileSync(file));
  } else res.writeHead(404).end();
});

server.listen(PORT, '127.0.0.1', () => {
  const demo = `http://127.0.0.1:${PORT}/seed-000-iihs-news.html`;
  const ext = path.join(root, 'dist/chrome');
  const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((b) =>
    fs.existsSync(b),
  );
  const display = process.env.DISPLAY || process.env.WAYLAND_DISPLAY || process.platform === 'darwin';
  console.log(`Demo aggregator pages: http://127.0.0.1:${PORT}/ (Ctrl+C to stop)`);
  if (chromium && display) {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'sift-start-'));
    const child = spawn(
      chromium,
      [`--user-data-dir=${profile}`, `--load-extension=${ext}`, '--no-first-run', demo],
      {
        stdio: 'ignore',
      },
    );
    child.on('exit', () => {
      fs.rmSync(profile, { recursive: true, force: true });
      server.close();
    });
    console.log(
      `Opened Chromium with Sift on ${demo}. Click the Sift button in the toolbar (pin it from the puzzle menu).`,
    );
    return;
  }
  console.log(`No browser window can be opened here${chromium ? ' (no display)' : ' (no Chromium found)'}. Load Sift by hand:
  Chrome/Chromium: chrome://extensions → turn on Developer mode → Load unpacked → ${ext}
  Firefox:         about:debugging#/runtime/this-firefox → Load Temporary Add-on → ${path.join(root, 'dist/firefox/manifest.json')}
Then open ${demo} and click the Sift button.`);
});
