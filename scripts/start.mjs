// npm start: serves the demo aggregator pages on 127.0.0.1 and opens Chromium with Sift loaded on them.
// It reports success only after seeing it: Chromium runs on a throwaway profile with its DevTools endpoint
// on a random loopback port, and this script waits (at most START_TIMEOUT_MS) until that endpoint answers
// and lists Sift's service worker. If there is no Chromium or no display, if Chromium exits early (no X
// server, refused to run), never answers, or runs without Sift, it says so, prints how to load Sift by hand
// (the README's steps) and keeps serving the pages.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const fixtures = path.join(root, 'tests/fixtures');
const PORT = Number(process.env.PORT ?? 8719);
const START_TIMEOUT_MS = Number(process.env.SIFT_START_TIMEOUT_MS ?? 30_000);
const demo = `http://127.0.0.1:${PORT}/seed-000-iihs-news.html`;
const ext = path.join(root, 'dist/chrome');

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

function printManualSteps(why) {
  console.log(`No browser window with Sift could be opened here (${why}). Load Sift by hand:
  Chrome/Chromium/Edge: chrome://extensions → Developer mode → Load unpacked → ${ext}
  Firefox (142+):       about:debugging#/runtime/this-firefox → Load Temporary Add-on → ${path.join(root, 'dist/firefox/manifest.json')}
Then open ${demo} and click the Sift button (or press Alt+Shift+S).`);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function getJson(url) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
    return res.ok ? await res.json() : null;
  } catch {
    return null;
  }
}

/** The most telling of Chromium's last stderr lines, e.g. "Missing X server or $DISPLAY". */
function lastError(lines) {
  const telling = /Missing X server|cannot open display|not supported|FATAL/i;
  const useful = lines.filter((l) => !/dbus|fontconfig|unexpected operator/i.test(l)); // noise on any desktop
  const line = useful.findLast((l) => telling.test(l)) ?? useful.findLast((l) => /ERROR/.test(l));
  return line ? `: ${line.replace(/^\[[^\]]*\]\s*/, '').slice(0, 200)}` : '';
}

/**
 * Starts Chromium and resolves once it is known whether it came up with Sift: { child } on success,
 * { why } otherwise (the child is then stopped and its profile removed).
 */
async function launch(chromium) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'sift-start-'));
  const args = [
    `--user-data-dir=${profile}`,
    `--load-extension=${ext}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--remote-debugging-address=127.0.0.1',
    '--remote-debugging-port=0', // Chromium picks a free port and writes it to <profile>/DevToolsActivePort
  ];
  // Chromium refuses to start as root with its sandbox on; this is a throwaway demo profile.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const child = spawn(chromium, [...args, demo], { stdio: ['ignore', 'ignore', 'pipe'] });
  const stderr = [];
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    stderr.push(...chunk.split('\n').filter(Boolean));
    stderr.splice(0, stderr.length - 30);
  });
  let exited = null;
  child.on('error', (err) => {
    exited ??= `could not run ${chromium}: ${err.message}`;
  });
  // Chromium's helper processes can outlive it by a moment and recreate the folder: remove it twice.
  const removeProfile = () => {
    fs.rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
    setTimeout(() => fs.rmSync(profile, { recursive: true, force: true, maxRetries: 3 }), 1500);
  };
  child.on('exit', (code, signal) => {
    exited ??= `Chromium exited before it came up (${signal ?? `status ${code}`})${lastError(stderr)}`;
    removeProfile();
  });

  const fail = async (why) => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill();
      await sleep(500);
    }
    removeProfile();
    return { why };
  };

  const deadline = Date.now() + START_TIMEOUT_MS;
  let browserUp = false;
  while (Date.now() < deadline) {
    await sleep(250);
    if (exited) return fail(exited);
    let port;
    try {
      port = Number(fs.readFileSync(path.join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0]);
    } catch {
      continue; // not written yet
    }
    if (!(await getJson(`http://127.0.0.1:${port}/json/version`))) continue;
    browserUp = true;
    const targets = (await getJson(`http://127.0.0.1:${port}/json/list`)) ?? [];
    const sift = targets.some(
      (t) => t.type === 'service_worker' && /^chrome-extension:\/\/[a-p]{32}\/background\.js$/.test(t.url),
    );
    if (sift) {
      child.on('exit', () => server.close()); // closing the browser ends npm start
      return { child };
    }
  }
  return fail(
    browserUp
      ? `Chromium started but did not load Sift from ${ext} within ${START_TIMEOUT_MS / 1000} s`
      : `Chromium did not answer within ${START_TIMEOUT_MS / 1000} s; it may be showing an error in its window${lastError(stderr)}`,
  );
}

server.on('error', (err) => {
  console.error(
    `Cannot serve the demo pages on 127.0.0.1:${PORT}: ${err.message} (set PORT=… to use another)`,
  );
  process.exit(1);
});

server.listen(PORT, '127.0.0.1', async () => {
  console.log(`Demo aggregator pages: http://127.0.0.1:${PORT}/ (Ctrl+C to stop)`);
  const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((b) =>
    fs.existsSync(b),
  );
  const display = process.env.DISPLAY || process.env.WAYLAND_DISPLAY || process.platform === 'darwin';
  if (!chromium) return printManualSteps('no Chromium found');
  if (!display) return printManualSteps('no display: DISPLAY and WAYLAND_DISPLAY are unset');
  console.log(`Starting Chromium with Sift (waiting up to ${START_TIMEOUT_MS / 1000} s for it)…`);
  const result = await launch(chromium);
  if ('why' in result) return printManualSteps(result.why);
  const stop = () => {
    result.child.kill();
    server.close();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  console.log(
    `Opened Chromium with Sift on ${demo}. Click the Sift button in the toolbar (pin it from the puzzle menu).`,
  );
});
