import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';

/** Where the tests find their pages: all inside the repository, so a fresh clone runs every test. */
export const ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURES = path.join(ROOT, 'tests/fixtures');
/** Mozilla Readability's test pages, copied unchanged (see its README.md for origin and license). */
export const READABILITY_PAGES = path.join(ROOT, 'tests/data/readability-pages');
/** Optional: a shared/ folder beside the repository, if present. No test may require it. */
export const SHARED = path.resolve(ROOT, '../shared');
export const SEEDS = path.join(SHARED, 'seeds');

/** What a person wrote down for a fixture after reading the page. */
export interface Expected {
  url: string;
  seed?: string;
  template: string;
  title: string;
  byline: string | null;
  published: string | null;
  dir?: 'rtl' | 'ltr';
  /** The original and its link; `url` null when the page names it without a link ("Bron: ANP"). */
  source: { url: string | null; name: string } | null;
  /** Only when it is not what `source` implies: a republished page that does not link its origin is 'unknown'. */
  provenance?: 'original' | 'republished' | 'unknown';
  paragraphs: string[];
  headings: string[];
  clutter: string[];
  /** Checks of tests/fixtures.test.ts this page is known to fail, with why; each must still fail. */
  knownFailures?: Record<string, string>;
}

export interface Fixture {
  slug: string;
  html: string;
  expected: Expected;
}

/**
 * The fixtures, read and checked. A fixture whose expected.json lists knownFailures is left out unless
 * asked for: only tests/fixtures.test.ts takes them (and checks each listed failure still fails).
 */
export function fixtures({ withKnownFailures = false } = {}): Fixture[] {
  return allFixtures().filter((f) => withKnownFailures || !f.expected.knownFailures);
}

function allFixtures(): Fixture[] {
  return fs
    .readdirSync(FIXTURES)
    .filter((slug) => fs.existsSync(path.join(FIXTURES, slug, 'source.html')))
    .sort()
    .map((slug) => {
      const html = fs.readFileSync(path.join(FIXTURES, slug, 'source.html'), 'utf8');
      const expectedFile = path.join(FIXTURES, slug, 'expected.json');
      if (!fs.existsSync(expectedFile)) throw new Error(`${slug}: expected.json is missing`);
      const expected = JSON.parse(fs.readFileSync(expectedFile, 'utf8')) as Expected;
      const firstLine = html.slice(0, html.indexOf('\n'));
      if (firstLine !== `<!-- ${expected.url} -->`)
        throw new Error(`${slug}: first line must be <!-- ${expected.url} -->`);
      return { slug, html, expected };
    });
}

export function load(html: string, url: string): JSDOM {
  return new JSDOM(html, { url });
}

export interface ReadabilityPage {
  slug: string;
  source: string;
  expected: string;
}

export function readabilityPages(): ReadabilityPage[] {
  if (!fs.existsSync(READABILITY_PAGES))
    throw new Error(`missing ${READABILITY_PAGES}: the Readability test pages ship with the repository`);
  return fs
    .readdirSync(READABILITY_PAGES)
    .filter((slug) => fs.existsSync(path.join(READABILITY_PAGES, slug, 'expected.html')))
    .sort()
    .map((slug) => ({
      slug,
      source: fs.readFileSync(path.join(READABILITY_PAGES, slug, 'source.html'), 'utf8'),
      expected: fs.readFileSync(path.join(READABILITY_PAGES, slug, 'expected.html'), 'utf8'),
    }));
}
