import fs from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { FILTERS } from '../src/extract/filters';
import { STEPS } from '../src/extract/pipeline';
import { REASON_KEYS } from '../src/shared/words';
import { ROOT } from './helpers/corpus';

/** The house rules, checked so they stay true. */
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [p] : [];
  });
}
const rel = (p: string) => path.relative(ROOT, p);
const FILTER_DIR = path.join(ROOT, 'src/extract/filters');

describe('filters', () => {
  const files = fs
    .readdirSync(FILTER_DIR)
    .filter((f) => /^(remove|dedupe|unwrap|mark|unmark)-.*(?<!\.test)\.ts$/.test(f));

  it('one filter per file, named by its id, registered in the pipeline', () => {
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(FILTERS.map((f) => f.id).sort());
  });

  it('each filter has a why, a reason a reader understands, and a test beside it', () => {
    for (const f of FILTERS) {
      expect(f.why.length, f.id).toBeGreaterThan(10);
      expect(REASON_KEYS[f.reason], f.id).toBeTruthy();
      expect(fs.existsSync(path.join(FILTER_DIR, `${f.id}.test.ts`)), `${f.id}.test.ts`).toBe(true);
    }
  });

  it('the README lists the pipeline in the order it runs', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const listed = [...readme.matchAll(/^\d+\. `((?:remove|dedupe|unwrap|mark|unmark)-[a-z-]+)`/gm)].map(
      (m) => m[1],
    );
    expect(listed).toEqual(FILTERS.map((f) => f.id));
  });
});

describe('the pipeline', () => {
  it('is one list of uniquely named steps, every filter among them in the registered order', () => {
    const ids = STEPS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => FILTERS.some((f) => f.id === id))).toEqual(FILTERS.map((f) => f.id));
    const first = FILTERS.filter((f) => f.stage === 'before-source').map((f) => ids.indexOf(f.id));
    expect(Math.max(...first)).toBeLessThan(ids.indexOf('find-source'));
    expect(Math.min(...first)).toBeGreaterThan(ids.indexOf('read-metadata'));
    const before = FILTERS.filter((f) => f.stage === 'before-readability').map((f) => ids.indexOf(f.id));
    const after = FILTERS.filter((f) => f.stage === 'after-readability').map((f) => ids.indexOf(f.id));
    expect(Math.max(...before)).toBeLessThan(ids.indexOf('readability'));
    expect(Math.min(...after)).toBeGreaterThan(ids.indexOf('readability'));
  });

  it('the tests run the patched Readability the extension ships (scripts/vendor-patches.mjs)', () => {
    const code = Object.getOwnPropertyNames(Readability.prototype)
      .map((name) => String((Readability.prototype as unknown as Record<string, unknown>)[name]))
      .join('\n');
    expect(code).toContain('pageCache.map');
    expect(code).not.toContain('page.innerHTML = pageCacheHtml');
  });
});

describe('boundaries', () => {
  it('src/extract is pure: no browser extension APIs', () => {
    for (const file of sourceFiles(path.join(ROOT, 'src/extract'))) {
      const code = fs.readFileSync(file, 'utf8');
      expect(code, rel(file)).not.toMatch(
        /webextension-polyfill|\bchrome\.|\bbrowser\.|\bwindow\.|\blocalStorage\b|\bfetch\(/,
      );
    }
  });

  it('src/extract reads children by sibling links, never through jsdom’s live lists (src/extract/nodes.ts)', () => {
    // In jsdom a list read once is rebuilt at every later change to those children (Readability's
    // moves went quadratic: a poem of 20,000 lines between <br>s took 93 s in the command line, 6.6 s
    // after), and iterating a live collection searches it at every step.
    const live =
      /\.(children|childNodes|childElementCount)\b|(\.\.\.|\bof |Array\.from\()\s*[\w.?]*\.getElementsBy\w+\(|\.(append|prepend|replaceWith|before|after|replaceChildren)\(\.\.\./;
    const offenders = sourceFiles(path.join(ROOT, 'src/extract'))
      .filter((f) => !f.endsWith(`${path.sep}nodes.ts`))
      .flatMap((f) =>
        fs
          .readFileSync(f, 'utf8')
          .split('\n')
          .filter((line) => !/^\s*(\/\/|\*)/.test(line) && live.test(line))
          .map((line) => `${rel(f)}: ${line.trim()}`),
      );
    expect(offenders).toEqual([]);
  });

  it('only the popup renderer turns markup into DOM', () => {
    const writers =
      /\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write|createContextualFragment|new DOMParser|RETURN_DOM_FRAGMENT|setHTMLUnsafe|parseHTMLUnsafe/;
    const offenders = sourceFiles(path.join(ROOT, 'src'))
      .filter((f) => writers.test(fs.readFileSync(f, 'utf8')))
      .map(rel);
    expect(offenders).toEqual(['src/popup/render.ts']);
  });

  it('DOMPurify returns a DOM only to the engine, from a node (no markup parsed)', () => {
    // The engine's sanitizer copies the article element into DOMPurify's inert document (faster than
    // sanitizing in place, bench/RESULTS.md); given a string, RETURN_DOM would turn markup into DOM.
    const offenders = sourceFiles(path.join(ROOT, 'src'))
      .filter((f) => /RETURN_DOM\b/.test(fs.readFileSync(f, 'utf8')))
      .map(rel);
    expect(offenders).toEqual(['src/extract/sanitize.ts']);
    const code = fs.readFileSync(path.join(ROOT, 'src/extract/sanitize.ts'), 'utf8');
    expect(code).toMatch(/\(node: Element, win: Window & typeof globalThis\): Element \| null/);
    // The one DOMPurify that gives a DOM back has that policy set once (setConfig), and every call on it
    // passes the article element; no other call asks for a DOM.
    expect(code.match(/setConfig\([^)]*RETURN_DOM[^)]*\)/g)).toEqual([
      'setConfig({ ...SANITIZE_CONFIG, RETURN_DOM: true })',
    ]);
    expect(code.match(/copierFor\([^)]*\)\.sanitize\([^)]*\)/g)).toEqual(['copierFor(win).sanitize(node)']);
    expect(code.match(/\.sanitize\([^)]*RETURN_DOM[^)]*\)/g) ?? []).toEqual([]);
    expect(code.match(/\bcopierFor\(/g)?.length).toBe(2); // its definition and that one call
  });

  it('extension code uses webextension-polyfill, never the chrome global', () => {
    const offenders = sourceFiles(path.join(ROOT, 'src'))
      .filter((f) => /\bchrome\.[a-z]/.test(fs.readFileSync(f, 'utf8')))
      .map(rel);
    expect(offenders).toEqual([]);
  });

  it('all messaging goes through the one protocol module', () => {
    const offenders = sourceFiles(path.join(ROOT, 'src'))
      .filter((f) =>
        /runtime\.onMessage|tabs\.sendMessage|runtime\.sendMessage/.test(fs.readFileSync(f, 'utf8')),
      )
      .map(rel);
    expect(offenders).toEqual(['src/shared/messages.ts']);
  });
});
