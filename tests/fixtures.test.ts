import { describe, expect, it as vitestIt } from 'vitest';
import { extract } from '../src/extract/pipeline';
import type { Article } from '../src/extract/types';
import { REASON_KEYS } from '../src/shared/words';
import { fixtures, load } from './helpers/corpus';
import { occurrences } from './helpers/score';

const CHECKS = [
  'finds the article',
  'never changes the page it reads',
  'has the headline as its title, once',
  'has every paragraph of the story exactly once',
  'keeps the section headings',
  'has none of the clutter',
  'links the original source, not the aggregator',
  'reads the byline, date and direction',
  'says what it hid and why',
  'gives sanitized HTML',
] as const;
type Check = (typeof CHECKS)[number];

/**
 * The aggregator pages Sift exists for: the five seeds and pages of other templates. What each must
 * give was written down by a person reading the page (expected.json): every paragraph exactly once,
 * none of the clutter, the headline once, the right original source.
 */
describe.each(fixtures({ withKnownFailures: true }))('$slug', ({ html, expected }) => {
  // A check a fixture is known to fail (expected.json "knownFailures": {check: why}) runs as it.fails:
  // it must still fail, so a fix shows up as a failure here and the entry has to be deleted.
  const known = expected.knownFailures ?? {};
  for (const name of Object.keys(known))
    if (!(CHECKS as readonly string[]).includes(name))
      throw new Error(`${expected.url}: unknown check in knownFailures: ${name}`);
  const it = (name: Check, fn: () => void) => (name in known ? vitestIt.fails(name, fn) : vitestIt(name, fn));
  const dom = load(html, expected.url);
  const before = dom.serialize();
  const result = extract(dom.window.document);
  const after = dom.serialize();
  const article = result.ok ? result.article : (null as unknown as Article);

  it('finds the article', () => {
    expect(result.ok).toBe(true);
  });

  it('never changes the page it reads', () => {
    expect(after === before).toBe(true);
  });

  it('has the headline as its title, once', () => {
    expect(article.title).toBe(expected.title);
    expect(occurrences(article.text, expected.title)).toBe(0);
  });

  it('has every paragraph of the story exactly once', () => {
    // What the reader sees: the standfirst shown with the headline, then the body.
    const shown = [article.standfirst, article.text].filter(Boolean).join('\n\n');
    const wrong = expected.paragraphs
      .map((p) => [occurrences(shown, p), p.slice(0, 60)] as const)
      .filter(([n]) => n !== 1);
    expect(wrong).toEqual([]);
  });

  it('keeps the section headings', () => {
    for (const h of expected.headings) expect(occurrences(article.text, h)).toBe(1);
  });

  it('has none of the clutter', () => {
    const leaked = expected.clutter.filter(
      (c) => article.text.includes(c) || article.html.includes(c) || !!article.standfirst?.includes(c),
    );
    expect(leaked).toEqual([]);
  });

  it('links the original source, not the aggregator', () => {
    const named = article.provenance.named;
    const got = article.source
      ? { url: article.source.url, name: article.source.name }
      : named
        ? { url: null, name: named }
        : null;
    expect(got).toEqual(expected.source);
  });

  it('reads the byline, date and direction', () => {
    expect(article.byline).toBe(expected.byline);
    expect(article.published).toBe(expected.published);
    expect(article.dir).toBe(expected.dir ?? 'ltr');
    expect(article.readingMinutes).toBe(Math.max(1, Math.round(article.wordCount / 230)));
  });

  it('says what it hid and why', () => {
    expect(article.removals.length).toBeGreaterThan(0);
    for (const r of article.removals) {
      expect(r.step).toMatch(/^(remove|dedupe)-/);
      expect(REASON_KEYS[r.reason], r.reason).toBeTruthy();
      expect(r.preview.length).toBeGreaterThan(0);
    }
  });

  it('gives sanitized HTML', () => {
    expect(article.html).not.toMatch(/<(script|style|form|iframe|input|textarea)\b/i);
    expect(article.html).not.toMatch(/\son\w+=/i);
  });
});
