import { expect } from 'vitest';
import type { Expected } from '../../helpers/corpus';
import { occurrences } from '../../helpers/score';
import type { PopupView } from './popup-state';

/** What a reader must see for a fixture, in any browser: the article whole, once, clean, with its source. */
export function expectCleanArticle(view: PopupView, expected: Expected, consoleErrors: string[]) {
  expect(view.state, view.message).toBe('rendered');
  expect(view.headings).toEqual([expected.title]);
  expect(occurrences(view.body, expected.title)).toBe(0);
  // The summary the page prints under its headline is shown in the header (seeds 001, 002), the rest in the body.
  // A no-break space reads as a space (innerText keeps it; the fixtures write it as a space: agg-ru-istochnik).
  const shown = `${view.head}\n${view.body}`.replace(/\u00a0/g, ' ');
  const wrong = expected.paragraphs
    .map((p) => [occurrences(shown, p), p.slice(0, 50)])
    .filter(([n]) => n !== 1);
  expect(wrong).toEqual([]);
  expect(expected.clutter.filter((c) => view.body.includes(c) || view.head.includes(c))).toEqual([]);
  expect(view.source).toBe(expected.source?.url ?? null);
  expect(view.hidden).toMatch(/^\d+ blocks? hidden$/);
  expect(consoleErrors).toEqual([]);
}
