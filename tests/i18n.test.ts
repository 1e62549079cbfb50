import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Catalog, formatEntry, messageParts, plural, t, uiDir, useCatalog } from '../src/shared/i18n';
import { failureDetail, removalWords } from '../src/shared/words';
import { ROOT } from './helpers/corpus';

/** The interface's words: every locale complete, placeholders that match, nothing left in the code. */
const LOCALES = ['en', 'es', 'ar'] as const;
const catalogs = Object.fromEntries(
  LOCALES.map((l) => [
    l,
    JSON.parse(fs.readFileSync(path.join(ROOT, 'src/_locales', l, 'messages.json'), 'utf8')) as Catalog,
  ]),
) as Record<(typeof LOCALES)[number], Catalog>;
const en = catalogs.en;

/** The plural forms each language's messages must have (CLDR: Arabic has six). */
const PLURALS: Record<(typeof LOCALES)[number], string[]> = {
  en: ['one', 'other'],
  es: ['one', 'other'],
  ar: ['zero', 'one', 'two', 'few', 'many', 'other'],
};
const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;
const pluralBases = Object.keys(en)
  .map((k) => PLURAL.exec(k)?.[1])
  .filter((b): b is string => b !== undefined && `${b}_other` in en);
/** A key as a locale must have it: a plural form stands for its base. */
const baseOf = (key: string) => {
  const m = PLURAL.exec(key);
  return m?.[1] && pluralBases.includes(m[1]) ? m[1] : key;
};
const used = (message: string) =>
  [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase());

const withoutComments = (code: string) =>
  code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');

afterEach(() => useCatalog(null));

describe('the locales', () => {
  it('have every message English has, and no other', () => {
    const wanted = new Set(Object.keys(en).map(baseOf));
    for (const l of LOCALES) {
      const have = new Set(Object.keys(catalogs[l]).map(baseOf));
      expect(
        [...wanted].filter((k) => !have.has(k)),
        `${l} lacks`,
      ).toEqual([]);
      expect(
        [...have].filter((k) => !wanted.has(k)),
        `${l} has extra`,
      ).toEqual([]);
    }
  });

  it('have each counting message in every plural form of their language', () => {
    expect(pluralBases.length).toBeGreaterThan(5);
    for (const l of LOCALES)
      for (const base of pluralBases)
        for (const form of PLURALS[l])
          expect(catalogs[l][`${base}_${form}`], `${l} ${base}_${form}`).toBeTruthy();
  });

  it('name messages as browsers allow, and define every placeholder a message uses', () => {
    for (const l of LOCALES)
      for (const [key, entry] of Object.entries(catalogs[l])) {
        expect(key, l).toMatch(/^[A-Za-z0-9_@]+$/);
        expect(entry.message.trim(), `${l} ${key}`).not.toBe('');
        const defined = Object.keys(entry.placeholders ?? {}).map((n) => n.toLowerCase());
        for (const name of used(entry.message)) expect(defined, `${l} ${key} uses $${name}$`).toContain(name);
        // Only a plural form may leave its count out ("دقيقتان": two minutes, the number in the word).
        const optional = PLURAL.test(key) ? ['count'] : [];
        for (const name of defined.filter((n) => !optional.includes(n)))
          expect(used(entry.message), `${l} ${key} leaves out $${name}$`).toContain(name);
      }
  });

  it('give every placeholder the same substitution in every language', () => {
    for (const l of LOCALES)
      for (const [key, entry] of Object.entries(catalogs[l])) {
        const english = en[key] ?? en[`${baseOf(key)}_other`];
        expect(entry.placeholders ?? {}, `${l} ${key}`).toEqual(english?.placeholders ?? {});
      }
  });

  it('are translations, not copies of the English', () => {
    for (const l of ['es', 'ar'] as const) {
      const same = Object.keys(en).filter(
        (k) => !['locale', 'direction'].includes(k) && catalogs[l][k]?.message === en[k]?.message,
      );
      // A font's name, a format's name (Markdown), a multiplication sign, "px" and the like stay as they are.
      expect(same.length, `${l}: ${same.join(', ')}`).toBeLessThanOrEqual(5);
      expect(catalogs[l].locale?.message).toBe(l);
    }
  });

  it('hold every message the manifest and popup.html name', () => {
    const manifest = fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8');
    const html = fs.readFileSync(path.join(ROOT, 'src/popup/popup.html'), 'utf8');
    const named = [
      ...[...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]),
      ...[...html.matchAll(/data-i18n(?:-[a-z-]+)?="(\w+)"/g)].map((m) => m[1]),
    ];
    expect(named.length).toBeGreaterThan(8);
    for (const key of named) expect(en[key ?? ''], key).toBeTruthy();
  });
});

describe('the code', () => {
  it('writes no sentence of its own: the interface takes its words from the messages', () => {
    const dirs = ['src/popup', 'src/background', 'src/shared'];
    const files = dirs.flatMap((d) =>
      fs
        .readdirSync(path.join(ROOT, d))
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
        .map((f) => path.join(d, f)),
    );
    // A string literal that reads as words: a capital, a word, a space, another word.
    const sentence = /(['`"])[A-Z][a-z’']+ [a-z][^'`"]*\1/g;
    const found = files.flatMap((f) =>
      [...withoutComments(fs.readFileSync(path.join(ROOT, f), 'utf8')).matchAll(sentence)]
        .map((m) => m[0])
        .filter((s) => !/^['"`](Escape|Arrow\w+|Enter)/.test(s))
        .map((s) => `${f}: ${s}`),
    );
    expect(found).toEqual([]);
  });
});

describe('reading a message', () => {
  it('fills named placeholders and $1 as getMessage does, once ($$ is a dollar)', () => {
    const entry = {
      message: '$WHO$ paid $$$AMOUNT$ ($1)',
      placeholders: { who: { content: '$1' }, amount: { content: '$2' } },
    };
    expect(formatEntry(entry, ['Ana', '$2'])).toBe('Ana paid $$2 (Ana)');
  });

  it('speaks English where there is no browser (the command line)', () => {
    expect(t('byline', 'Jane Doe')).toBe('By Jane Doe');
    expect(plural('blocksHidden', 1)).toBe('1 block hidden');
    expect(plural('blocksHidden', 1234)).toBe('1,234 blocks hidden');
    expect(failureDetail('timeout', { budgetMs: 10_000 })).toBe(
      'Sift stopped after 10 s: this page is too large or too complex to read in time.',
    );
    expect(uiDir()).toBe('ltr');
  });

  it('speaks Spanish with Spanish numbers', () => {
    useCatalog(catalogs.es);
    expect(t('byline', 'Ana Pérez')).toBe('Por Ana Pérez');
    expect(plural('blocksHidden', 2)).toBe('2 bloques ocultos');
    expect(removalWords('printed-again', { times: 3 })).toBe('Repetido en la página (3 veces)');
    expect(failureDetail('too-large', { elements: 270_000, limit: 200_000 })).toContain('270.000 elementos');
  });

  it('speaks Arabic right to left, in the plural form its number takes', () => {
    useCatalog(catalogs.ar);
    expect(uiDir()).toBe('rtl');
    expect(plural('blocksHidden', 2)).toBe('عنصران مخفيان');
    expect(plural('blocksHidden', 3)).toContain('عناصر مخفية');
    expect(plural('blocksHidden', 11)).toContain('عنصرًا مخفيًا');
    expect(plural('blocksHidden', 1)).toBe('عنصر واحد مخفي');
  });

  it('cuts a message where its substitutions go, so a page name can sit in its own element', () => {
    expect(messageParts('byline', 1)).toEqual(['By ', 0]);
    useCatalog(catalogs.ar);
    expect(messageParts('provenanceUnknown', 1)).toEqual(['أعاد نشره ', 0, ' — المصدر الأصلي غير مذكور']);
  });
});
