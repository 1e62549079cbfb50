import { describe, expect, it } from 'vitest';
import { parseVisibleDate, toIso } from './dates';

describe('dates as pages write them', () => {
  it('keeps the page’s own day: an evening in New York is not the next day in UTC', () => {
    expect(toIso('2025-06-25T20:57:54-04:00')).toBe('2025-06-25T20:57:54.000-04:00');
    expect(toIso('2025-02-12T14:32:10+00:00')).toBe('2025-02-12T14:32:10.000Z');
    expect(toIso('2025-02-12')).toBe('2025-02-12');
    expect(toIso('December 19, 2025')).toBe('2025-12-19');
    expect(toIso('not a date')).toBeNull();
  });

  it('reads dates as pages write them', () => {
    expect(parseVisibleDate('Aug 04, 2025')).toBe('2025-08-04');
    expect(parseVisibleDate('November 26th, 2024 · 10 Min Read')).toBe('2024-11-26');
    expect(parseVisibleDate('18th Dec 2025')).toBe('2025-12-18');
    expect(parseVisibleDate('25.Jun.2019')).toBe('2019-06-25');
    expect(parseVisibleDate('12/19/2025')).toBe('2025-12-19');
    expect(parseVisibleDate('04/05/2025', false)).toBe('2025-05-04');
    expect(parseVisibleDate('4 de marzo de 2025')).toBe('2025-03-04');
    expect(parseVisibleDate('Cureus. 2023 Jan 7;15(1)')).toBe('2023-01-07');
    expect(parseVisibleDate('Updated on 09/11/25')).toBe('2025-09-11');
    expect(parseVisibleDate('in 2025 or so')).toBeNull();
    // Short month names in other languages: "04-ago-2021" under a Spanish byline (WCXB 0255).
    expect(parseVisibleDate('on 04-ago-2021 5:11:10')).toBe('2021-08-04');
    expect(parseVisibleDate('12 dic 2024')).toBe('2024-12-12');
    expect(parseVisibleDate('3 janv. 2025')).toBe('2025-01-03');
  });

  it('reads the day of an ISO time printed on the page ("2022-11-23T08:10+02:00", WCXB 4517)', () => {
    expect(parseVisibleDate('2022-11-23T08:10+02:00')).toBe('2022-11-23');
  });
});
