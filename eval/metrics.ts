/**
 * The measures `npm run eval` reports. Word F1, with-rate and without-rate follow the WCXB README
 * (../shared/data/wcxb-dev/README.md); the rest are defined here and restated in eval/RESULTS.md.
 */

export interface WordScore {
  precision: number;
  recall: number;
  f1: number;
}

/** WCXB tokens: `\w+` over the lower-cased text, Unicode-aware (letters, digits, underscore). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Multiset overlap of word tokens; empty against empty is a perfect score, empty against text is 0. */
export function wordF1(got: string, want: string): WordScore {
  const g = words(got);
  const w = words(want);
  if (g.length === 0 && w.length === 0) return { precision: 1, recall: 1, f1: 1 };
  if (g.length === 0 || w.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const counts = new Map<string, number>();
  for (const t of w) counts.set(t, (counts.get(t) ?? 0) + 1);
  let overlap = 0;
  for (const t of g) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      overlap++;
      counts.set(t, n - 1);
    }
  }
  const precision = overlap / g.length;
  const recall = overlap / w.length;
  const f1 = overlap === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Lower-cased, whitespace runs as one space: how snippets and clutter strings are looked up. */
export function flat(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The snippets (WCXB `with` / `without`, fixture clutter) found, case-insensitively, in the text. */
export function snippetsFound(flatText: string, snippets: readonly string[]): string[] {
  return snippets.filter((s) => {
    const needle = flat(s);
    return needle !== '' && flatText.includes(needle);
  });
}

/** How many times `needle` occurs in `hay`, without overlaps. */
export function occurrences(hay: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + needle.length)) n++;
  return n;
}

/**
 * Blocks of 40 characters or more that the output prints more than once: each block's text (whitespace
 * collapsed) is looked up in the whole output, so a paragraph repeated inside a run-together copy of the
 * body counts too. Each repeated text counts once.
 */
export function printedTwice(blocks: readonly string[], whole: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of blocks) {
    const b = raw.replace(/\s+/g, ' ').trim();
    if (b.length < 40 || seen.has(b)) continue;
    seen.add(b);
    if (occurrences(whole, b) > 1) out.push(b);
  }
  return out;
}

/** Titles: NFKC, lower-cased, every run of non-letters (combining marks count as letters) one space. */
export function normTitle(s: string | null | undefined): string {
  return (s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}]+/gu, ' ')
    .trim();
}

export interface TitleScore {
  exact: boolean;
  contains: boolean;
}

/**
 * Exact: equal after normTitle. Contains (looser): exact, or the extracted title contains the true one
 * (a site name left on), or the true one contains the extracted one and it keeps at least half of the
 * true title's letters (a subtitle or site name cut that the truth kept).
 */
export function titleScore(got: string | null | undefined, want: string): TitleScore {
  const g = normTitle(got);
  const w = normTitle(want);
  if (!g || !w) return { exact: false, contains: false };
  const exact = g === w;
  const contains = exact || g.includes(w) || (w.includes(g) && g.length * 2 >= w.length);
  return { exact, contains };
}

const NAME_FILLER = new Set(['by', 'and', 'written', 'posted', 'author', 'authors']);

function nameTokens(s: string): Set<string> {
  return new Set(
    (
      s
        .normalize('NFKC')
        .toLowerCase()
        .match(/[\p{L}\p{M}]+/gu) ?? []
    ).filter((t) => !NAME_FILLER.has(t)),
  );
}

/**
 * Author: name tokens (letters only, lower-cased, "by"/"and"/"written"/"posted"/"author" dropped) as
 * sets; correct when the shared tokens are at least half of the larger set.
 */
export function authorOk(got: string | null | undefined, want: string): boolean {
  const g = nameTokens(got ?? '');
  const w = nameTokens(want);
  if (g.size === 0 || w.size === 0) return false;
  let shared = 0;
  for (const t of g) if (w.has(t)) shared++;
  return shared / Math.max(g.size, w.size) >= 0.5;
}

/**
 * The calendar day a reported date names: its own YYYY-MM-DD when it starts with one (the day as the
 * page wrote it), otherwise the UTC day of whatever Date.parse makes of it; null when unreadable.
 */
export function dayOf(value: string | null | undefined): string | null {
  const v = value?.trim();
  if (!v) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(v);
  if (m) return m[1] ?? null;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

export interface DateScore {
  day: boolean;
  /** Within one day: tells a time zone shift from a wrong date. */
  near: boolean;
}

/** Same calendar day as the truth (YYYY-MM-DD; a truth that only gives YYYY-MM needs the same month). */
export function dateScore(got: string | null | undefined, want: string): DateScore {
  const g = dayOf(got);
  const w = want.trim().slice(0, 10);
  if (!g || !w) return { day: false, near: false };
  if (w.length < 10) return { day: g.startsWith(w), near: g.startsWith(w) };
  if (g === w) return { day: true, near: true };
  const diff = Math.abs(Date.parse(`${g}T00:00:00Z`) - Date.parse(`${w}T00:00:00Z`));
  return { day: false, near: diff <= 86_400_000 };
}
