/** The three corpora `npm run eval` reads, as lists of pages the workers load one at a time. */
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

export type CorpusName = 'fixtures' | 'readability' | 'wcxb';
export const CORPORA: readonly CorpusName[] = ['fixtures', 'readability', 'wcxb'];

export const CORPUS_TITLE: Record<CorpusName, string> = {
  fixtures: 'Sift’s aggregator fixtures',
  readability: 'Mozilla Readability’s test pages',
  wcxb: 'WCXB dev split',
};

/** One page: where its HTML and its truth are, its URL, and its page type. */
export interface PageTask {
  corpus: CorpusName;
  id: string;
  type: string;
  url: string;
  htmlPath: string;
  truthPath: string;
  /** Bytes of HTML on disk (gzipped for WCXB). */
  size: number;
}

export interface CorpusLoad {
  name: CorpusName;
  dir: string;
  pages: PageTask[];
}

const HOW_TO_GET: Record<CorpusName, string> = {
  fixtures: 'the tests/fixtures/<slug>/ folders of this repository (source.html + expected.json)',
  readability:
    'Mozilla Readability’s test pages (test/test-pages/ of github.com/mozilla/readability): one folder per page with source.html and expected.html',
  wcxb: 'the WCXB dev split (dev/ of github.com/Murrough-Foley/web-content-extraction-benchmark): html/ID.html.gz and ground-truth/ID.json',
};

/** Where a corpus is, or null (with the reason on stderr) when it is not there. */
export function resolveDir(name: CorpusName, candidates: readonly string[]): string | null {
  for (const dir of candidates) if (fs.existsSync(dir) && fs.statSync(dir).isDirectory()) return dir;
  console.error(
    `eval: skipping the ${name} corpus: ${candidates.map((c) => `${c} is missing`).join('; ')}.\n` +
      `      Get ${HOW_TO_GET[name]}, and put it there or pass --${name} PATH.`,
  );
  return null;
}

function subdirs(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

function size(file: string): number {
  return fs.statSync(file).size;
}

export function loadFixtures(dir: string): PageTask[] {
  const pages: PageTask[] = [];
  for (const slug of subdirs(dir)) {
    const htmlPath = path.join(dir, slug, 'source.html');
    const truthPath = path.join(dir, slug, 'expected.json');
    if (!fs.existsSync(htmlPath) || !fs.existsSync(truthPath)) continue;
    const expected = JSON.parse(fs.readFileSync(truthPath, 'utf8')) as { url: string };
    pages.push({
      corpus: 'fixtures',
      id: slug,
      type: 'aggregator',
      url: expected.url,
      htmlPath,
      truthPath,
      size: size(htmlPath),
    });
  }
  return pages;
}

export const READABILITY_URL = 'http://fakehost/test/page.html';

export function loadReadability(dir: string): PageTask[] {
  const pages: PageTask[] = [];
  for (const slug of subdirs(dir)) {
    const htmlPath = path.join(dir, slug, 'source.html');
    const truthPath = path.join(dir, slug, 'expected.html');
    if (!fs.existsSync(htmlPath) || !fs.existsSync(truthPath)) continue;
    pages.push({
      corpus: 'readability',
      id: slug,
      type: 'test page',
      url: READABILITY_URL,
      htmlPath,
      truthPath,
      size: size(htmlPath),
    });
  }
  return pages;
}

export interface WcxbTruth {
  url: string;
  _internal?: { page_type?: { primary?: string } };
  ground_truth: {
    title?: string | null;
    author?: string | null;
    publish_date?: string | null;
    main_content?: string | null;
    with?: string[] | null;
    without?: string[] | null;
  };
}

function validUrl(url: string | null | undefined): string | null {
  try {
    return url && /^https?:$/.test(new URL(url).protocol) ? url : null;
  } catch {
    return null;
  }
}

/** A few ground truths have no url: the page's own canonical or og:url stands in. */
function ownUrl(htmlPath: string): string | null {
  const html = gunzipSync(fs.readFileSync(htmlPath)).toString('utf8');
  for (const re of [
    /<link\b[^>]*\brel=["']?canonical["']?[^>]*>/i,
    /<meta\b[^>]*\bproperty=["']?og:url["']?[^>]*>/i,
  ]) {
    const tag = re.exec(html)?.[0];
    const href = tag && /\b(?:href|content)=["']([^"']+)["']/i.exec(tag)?.[1];
    const url = validUrl(href);
    if (url) return url;
  }
  return null;
}

export function loadWcxb(dir: string): PageTask[] {
  const truthDir = path.join(dir, 'ground-truth');
  const htmlDir = path.join(dir, 'html');
  if (!fs.existsSync(truthDir) || !fs.existsSync(htmlDir)) {
    console.error(`eval: skipping the wcxb corpus: ${dir} has no ground-truth/ or html/ folder.`);
    return [];
  }
  const pages: PageTask[] = [];
  for (const file of fs.readdirSync(truthDir).sort()) {
    if (!file.endsWith('.json')) continue;
    const id = file.slice(0, -'.json'.length);
    const htmlPath = path.join(htmlDir, `${id}.html.gz`);
    if (!fs.existsSync(htmlPath)) continue;
    const truthPath = path.join(truthDir, file);
    const truth = JSON.parse(fs.readFileSync(truthPath, 'utf8')) as WcxbTruth;
    const url = validUrl(truth.url) ?? ownUrl(htmlPath) ?? `https://wcxb.invalid/${id}.html`;
    let type = truth._internal?.page_type?.primary ?? 'unknown';
    if (type === 'category') type = 'collection';
    pages.push({ corpus: 'wcxb', id, type, url, htmlPath, truthPath, size: size(htmlPath) });
  }
  return pages;
}
