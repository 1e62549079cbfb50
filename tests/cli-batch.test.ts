import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from './helpers/corpus';

/**
 * `sift a.html b.html folder/`: batch mode, one JSON line per page, pages read in worker threads.
 * Runs the built bundle (bin/sift.mjs, dist/cli/sift.mjs and dist/cli/worker.mjs). No timing is checked.
 */
const BIN = path.join(ROOT, 'bin/sift.mjs');

function sift(args: string[], options: { cwd?: string; input?: string | Buffer } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const lines = (out: string) =>
  out
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

let dir: string;
/** The pages of the folder, in the order batch mode reads them (sorted by path, recursively). */
const PAGES = [
  { name: 'a-iihs.html', fixture: 'seed-000-iihs-news', expect: 'article' },
  { name: 'b-bbc.html', fixture: 'seed-004-newsroomtoday-bbc', expect: 'article' },
  { name: 'c-nav-only.html', expect: 'no-article' },
  { name: 'd-image.html', expect: 'not-html' },
  { name: 'e/f-akhbar.htm', fixture: 'agg-ar-akhbar-rtl', expect: 'article' },
] as const;

beforeAll(() => {
  for (const built of ['dist/cli/sift.mjs', 'dist/cli/worker.mjs'])
    if (!fs.existsSync(path.join(ROOT, built))) throw new Error('run `npm run build` first (npm test does)');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sift-batch-'));
  const pages = path.join(dir, 'pages');
  fs.mkdirSync(path.join(pages, 'e'), { recursive: true });
  for (const page of PAGES)
    if ('fixture' in page)
      fs.copyFileSync(path.join(FIXTURES, page.fixture, 'source.html'), path.join(pages, page.name));
  fs.writeFileSync(
    path.join(pages, 'c-nav-only.html'),
    '<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>',
  );
  fs.writeFileSync(
    path.join(pages, 'd-image.html'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0, 4, 5, 6, 7, 0, 0]),
  );
  // Not a page: a folder's other files are left alone.
  fs.writeFileSync(path.join(pages, 'notes.txt'), '<p>not read</p>');
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('sift batch mode (several pages)', () => {
  it('reads a folder recursively, one line per page in order, a failed page in its own line, exit 2', () => {
    const { code, out, err } = sift(['pages/'], { cwd: dir });
    expect(err).toBe('');
    expect(code).toBe(2);
    expect(out.endsWith('\n')).toBe(true);
    const got = lines(out);
    expect(got.map((l) => l.file)).toEqual(PAGES.map((p) => `pages/${p.name}`));
    for (const [i, page] of PAGES.entries()) {
      const line = got[i];
      if (page.expect === 'article') {
        expect(Object.keys(line)).toEqual(['file', 'ok', 'article']);
        expect(line.ok).toBe(true);
        expect(line.article.title.length).toBeGreaterThan(10);
        expect(line.article.wordCount).toBeGreaterThan(100);
      } else if (page.expect === 'no-article') {
        expect(Object.keys(line)).toEqual(['file', 'ok', 'reason', 'message']);
        expect(line).toMatchObject({ ok: false, reason: 'no-article' });
        expect(line.message).toMatch(/no article/);
      } else expect(line).toEqual({ file: `pages/${page.name}`, ok: false, error: 'input is not HTML' });
    }
    expect(got[1].article.title).toBe('Pete Hegseth sets out hard line on European defence and Nato');
    expect(got[4].article.dir).toBe('rtl');
  });

  it('gives the same article as single-page mode for the same page', () => {
    const batch = lines(sift(['pages'], { cwd: dir }).out);
    for (const [i, page] of PAGES.entries()) {
      if (page.expect !== 'article') continue;
      const single = sift([path.join('pages', page.name)], { cwd: dir });
      expect(single.code).toBe(0);
      expect(batch[i].article, page.name).toEqual(JSON.parse(single.out));
    }
  });

  it('writes the same output with --jobs 1 and --jobs 2; --unordered writes the same lines', () => {
    const one = sift(['pages', '--jobs', '1'], { cwd: dir });
    const two = sift(['pages', '--jobs=2'], { cwd: dir });
    expect(one.code).toBe(2);
    expect(two.code).toBe(2);
    expect(two.out).toBe(one.out);
    const unordered = sift(['pages', '--unordered', '-j', '2'], { cwd: dir });
    expect(unordered.code).toBe(2);
    expect(unordered.out.split('\n').sort()).toEqual(one.out.split('\n').sort());
  });

  it('takes files and folders together, reports a missing file in its line, exits 0 when all had an article', () => {
    const files = ['pages/b-bbc.html', 'pages/e', 'pages/a-iihs.html'];
    const all = sift(files, { cwd: dir });
    expect(all.code).toBe(0);
    expect(lines(all.out).map((l) => [l.file, l.ok])).toEqual([
      ['pages/b-bbc.html', true],
      ['pages/e/f-akhbar.htm', true],
      ['pages/a-iihs.html', true],
    ]);
    const missing = sift(['pages/no-such.html', 'pages/b-bbc.html'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(lines(missing.out)).toMatchObject([
      { file: 'pages/no-such.html', ok: false, error: 'no such file: pages/no-such.html' },
      { file: 'pages/b-bbc.html', ok: true },
    ]);
  });

  it('keeps one file as before (pretty JSON) unless --ndjson; - reads standard input', () => {
    const single = sift(['pages/b-bbc.html'], { cwd: dir });
    expect(single.code).toBe(0);
    expect(single.out.startsWith('{\n  "title"')).toBe(true);
    const ndjson = sift(['pages/b-bbc.html', '--ndjson'], { cwd: dir });
    expect(ndjson.code).toBe(0);
    expect(ndjson.out.split('\n')).toHaveLength(2);
    expect(JSON.parse(ndjson.out)).toEqual({
      file: 'pages/b-bbc.html',
      ok: true,
      article: JSON.parse(single.out),
    });
    const stdin = sift(['-', 'pages/c-nav-only.html'], {
      cwd: dir,
      input: fs.readFileSync(path.join(dir, 'pages/b-bbc.html')),
    });
    expect(stdin.code).toBe(2);
    expect(lines(stdin.out)).toMatchObject([
      { file: '-', ok: true, article: { title: JSON.parse(single.out).title } },
      { file: 'pages/c-nav-only.html', ok: false, reason: 'no-article' },
    ]);
  });

  it('applies the per-page options to every page, and shows progress on stderr with --progress', () => {
    const { code, out, err } = sift(
      ['pages/a-iihs.html', 'pages/b-bbc.html', '--disable', 'remove-share-widgets', '--progress'],
      { cwd: dir },
    );
    expect(code).toBe(0);
    for (const line of lines(out))
      expect(line.article.removals.some((r: { step: string }) => r.step === 'remove-share-widgets')).toBe(
        false,
      );
    expect(err).toContain('\r[1/2] ');
    expect(err).toContain('\r[2/2] ');
  });

  it.each([
    [['--url', 'https://example.com/a', 'pages/a-iihs.html', 'pages/b-bbc.html'], '--url names one page'],
    [['--url', 'https://example.com/a', 'pages'], '--url names one page'],
    [['--format', 'markdown', 'pages/a-iihs.html', 'pages/b-bbc.html'], '--format markdown is for one page'],
    [['--format', 'text', '--ndjson', 'pages/a-iihs.html'], '--format text is for one page'],
    [['--jobs', '0', 'pages'], '--jobs needs a whole number'],
    [['-', '-'], 'standard input (-) can be read only once'],
    [['empty'], 'no .html or .htm files in empty'],
  ])('refuses bad arguments %j with a one-line error and exit 1', (args, message) => {
    fs.mkdirSync(path.join(dir, 'empty'), { recursive: true });
    const { code, out, err } = sift(args as string[], { cwd: dir });
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });
});
