/** Token-level precision, recall and F1 of extracted text against expected text (bag of words). */
export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

export function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function tokenScore(got: string, want: string): Score {
  const g = tokens(got);
  const w = tokens(want);
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
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** How many times `needle` occurs in `hay`. */
export function occurrences(hay: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + needle.length)) n++;
  return n;
}
