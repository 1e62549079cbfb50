import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from './helpers/corpus';

/** `npx sift`: the engine from a terminal, as people use it in scripts. Runs the built bundle. */
const BIN = path.join(ROOT, 'bin/sift.mjs');
const SEED = path.join(FIXTURES, 'seed-004-newsroomtoday-bbc/source.html');
const SEED_URL =
  'https://newsroomtoday.net/2025/02/13/pete-hegseth-sets-out-hard-line-on-european-defence-and-nato/';

function sift(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  if (!fs.existsSync(path.join(ROOT, 'dist/cli/sift.mjs')))
    throw new Error('run `npm run build` first (npm test does)');
});

describe('sift (command line)', () => {
  it('prints the article as JSON with every field', () => {
    const { code, out, err } = sift([SEED, '--url', SEED_URL]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const a = JSON.parse(out);
    expect(Object.keys(a).sort()).toEqual(
      [
        'byline',
        'dir',
        'html',
        'lang',
        'notes',
        'provenance',
        'published',
        'readingMinutes',
        'removals',
        'site',
        'siteName',
        'source',
        'standfirst',
        'text',
        'title',
        'url',
        'wordCount',
      ].sort(),
    );
    expect(a.title).toBe('Pete Hegseth sets out hard line on European defence and Nato');
    expect(a.source).toEqual({
      url: 'https://www.bbc.com/news/articles/c4gmv7dj1k4o',
      name: 'bbc.com',
      foundBy: 'anchor:source link',
    });
    expect(a.site).toBe('newsroomtoday.net');
    expect(a.removals[0]).toHaveProperty('preview');
  });

  it('reads standard input and writes Markdown with the source link', () => {
    const { code, out } = sift(['--format', 'markdown', '--url', SEED_URL], fs.readFileSync(SEED));
    expect(code).toBe(0);
    expect(
      out.startsWith('---\ntitle: "Pete Hegseth sets out hard line on European defence and Nato"\n'),
    ).toBe(true);
    expect(out).toContain('\n---\n\n# Pete Hegseth sets out hard line on European defence and Nato\n');
    expect(out).toContain(
      '[From bbc.com](https://www.bbc.com/news/articles/c4gmv7dj1k4o) · republished by Newsroom Today',
    );
    expect(out).toContain(
      '\n\nMoscow currently controls around a fifth of Ukraine’s territory, mainly in the east and south.\n\n',
    );
    expect(out).not.toContain('Related Article');
  });

  it('writes the Markdown a person wrote by hand for a page with a table, code, a nested list and an image', () => {
    const dir = path.join(ROOT, 'tests/markdown');
    const { code, out, err } = sift([path.join(dir, 'source.html'), '--format', 'markdown']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toBe(fs.readFileSync(path.join(dir, 'expected.md'), 'utf8'));
  });

  it('writes plain text and sanitized HTML', () => {
    const text = sift([SEED, '--format', 'text']);
    expect(text.out.split('\n')[0]).toBe('Pete Hegseth sets out hard line on European defence and Nato');
    expect(text.out).not.toContain('<');
    const html = sift([SEED, '--format', 'html']);
    expect(html.out).toMatch(/^<div/);
    expect(html.out).not.toMatch(/<script|<form/);
  });

  it('says in one line when a page has no article, and exits 2', () => {
    const { code, out, err } = sift(
      ['--format', 'text'],
      '<html><body><nav><a href="/">Home</a></nav></body></html>',
    );
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(/^sift: /);
  });

  it.each([
    [['/no/such/page.html'], 'no such file: /no/such/page.html'],
    [[], 'no input on standard input'],
    [['--format', 'pdf', SEED], 'unknown format "pdf"'],
    [['--url', 'not a url', SEED], '--url is not a URL'],
    [['--bogus'], 'unknown option --bogus'],
    [['--disable', 'no-such-filter', SEED], 'unknown step "no-such-filter"'],
    [['--disable', 'readability', SEED], 'step "readability" cannot be switched off'],
    [['--encoding', 'klingon', SEED], 'unknown encoding "klingon"'],
    [['--time-budget', 'soon', SEED], '--time-budget needs a number'],
  ])('refuses bad input %j with a one-line error and exit 1', (args, message) => {
    const { code, out, err } = sift(args as string[]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  it('lists the steps --disable takes in --help, and prints its version', () => {
    const help = sift(['--help']);
    expect(help.code).toBe(0);
    for (const id of ['remove-share-widgets', 'remove-repeated-blocks', 'safety-net', 'restore-standfirst'])
      expect(help.out).toContain(id);
    const version = sift(['--version']);
    expect(version.out).toBe(
      `sift ${JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version}\n`,
    );
  });

  it('takes --format=text as well as --format text, and --disable switches a filter off', () => {
    const joined = sift([SEED, '--format=text', '--url', SEED_URL]);
    expect(joined.code).toBe(0);
    expect(joined.out.split('\n')[0]).toBe('Pete Hegseth sets out hard line on European defence and Nato');
    const all = JSON.parse(sift([SEED, '--url', SEED_URL]).out);
    const off = JSON.parse(sift([SEED, '--url', SEED_URL, '--disable', 'remove-share-widgets']).out);
    expect(all.removals.some((r: { step: string }) => r.step === 'remove-share-widgets')).toBe(true);
    expect(off.removals.some((r: { step: string }) => r.step === 'remove-share-widgets')).toBe(false);
  });

  it('--timings prints each step and the total on stderr, the article still on stdout', () => {
    const { code, out, err } = sift([SEED, '--url', SEED_URL, '--timings']);
    expect(code).toBe(0);
    expect(JSON.parse(out).title).toBe('Pete Hegseth sets out hard line on European defence and Nato');
    const steps = err
      .trim()
      .split('\n')
      .map((l) => l.split(/\s+/)[0]);
    expect(steps).toEqual(expect.arrayContaining(['clone-page', 'readability', 'sanitize', 'total']));
  });

  it('without --url, takes the page address from its canonical link: the page is not its own source', () => {
    const page = `<html><head><link rel="canonical" href="https://www.wsj.com/articles/story-123"><title>A story</title></head><body><article><h1>A story</h1><p>Intro <a href="/related">related</a>.</p>${'<p>The committee met again on Thursday to discuss the budget, and several members asked for more time. </p>'.repeat(8)}</article></body></html>`;
    const a = JSON.parse(sift([], page).out);
    expect(a.url).toBe('https://www.wsj.com/articles/story-123');
    expect(a.site).toBe('wsj.com');
    expect(a.source).toBeNull();
    expect(a.html).toContain('href="https://www.wsj.com/related"');
  });

  it('--encoding overrides the declared charset', () => {
    const bytes = Buffer.from(
      `<html><head><meta charset="utf-8"></head><body><article><h1>Caf\xe9</h1>${'<p>Le caf\xe9 est ouvert depuis lundi matin et les clients sont nombreux \xe0 venir. </p>'.repeat(12)}</article></body></html>`,
      'latin1',
    );
    expect(sift(['--format', 'text'], bytes).out).not.toContain('café');
    expect(sift(['--format', 'text', '--encoding', 'windows-1252'], bytes).out).toContain(
      'Le café est ouvert',
    );
  });

  it('prints nothing from jsdom on stderr for a page with CSS it cannot parse', () => {
    const page = `<html><head><style>@media (min-width: 1px) { .a { color: red } } .b { {{ broken</style></head><body><article><h1>Story</h1>${'<p>The committee met again on Thursday to discuss the budget, and several members asked for more time. </p>'.repeat(8)}</article></body></html>`;
    const { code, err } = sift(['--format', 'text'], page);
    expect(code).toBe(0);
    expect(err).toBe('');
  });

  it('refuses binary data and text that is not HTML', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sift-cli-'));
    const bin = path.join(dir, 'image.png');
    fs.writeFileSync(
      bin,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0, 4, 5, 6, 7, 0, 0]),
    );
    expect(sift([bin])).toMatchObject({ code: 1, out: '', err: 'sift: input is not HTML\n' });
    expect(sift([], 'just some words, no markup at all')).toMatchObject({
      code: 1,
      err: 'sift: input is not HTML\n',
    });
    fs.rmSync(dir, { recursive: true });
  });

  it('decodes a page in its declared charset', () => {
    const latin1 = Buffer.from(
      `<html><head><meta charset="iso-8859-1"><title>Caf\xe9 news</title></head><body><article><h1>Caf\xe9</h1>${'<p>Le caf\xe9 est ouvert depuis lundi matin et les clients sont nombreux \xe0 venir. </p>'.repeat(12)}</article></body></html>`,
      'latin1',
    );
    const { code, out } = sift(['--format', 'text'], latin1);
    expect(code).toBe(0);
    expect(out).toContain('Le café est ouvert');
  });
});
