// Dates as pages write them ("Dec 19, 2025", "2025-06-25T20:57:54-04:00") read into ISO 8601,
// keeping the page's own day.
import { DAY, MONTH, MONTHS, YEAR } from './months';

const TEXT_DATES: { re: RegExp; order: 'mdy' | 'dmy' | 'ymd' }[] = [
  { re: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'iu'), order: 'mdy' },
  {
    re: new RegExp(`\\b${DAY}\\s*(?:de\\s+)?[.\\s-]?\\s*${MONTH}[,.\\s-]+(?:de\\s+)?${YEAR}\\b`, 'iu'),
    order: 'dmy',
  },
  { re: /\b((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?:\b|(?=T\d))/, order: 'ymd' },
  { re: new RegExp(`\\b${YEAR}\\s+${MONTH}\\s+${DAY}\\b`, 'iu'), order: 'ymd' },
  { re: /\b(\d{1,2})[./-](\d{1,2})[./-]((?:19|20)\d{2})\b/, order: 'dmy' },
  { re: /\b(\d{1,2})([./])(\d{1,2})\2(\d{2})\b(?![./-]\d)/, order: 'dmy' },
];

const TWO_DIGITS = /\d\d/;

/** A date a reader sees ("Dec 19, 2025", "18th Dec 2025", "25.Jun.2019", "2025-12-19"), as YYYY-MM-DD. */
export function parseVisibleDate(text: string, monthFirst = true): string | null {
  // Every form holds two digits in a row (the year, or the two-digit year of 09/11/25): most texts
  // asked about have none, and are answered without the month names' patterns.
  if (!TWO_DIGITS.test(text)) return null;
  for (const { re, order } of TEXT_DATES) {
    const m = re.exec(text);
    if (!m) continue;
    let y: number;
    let mo: number;
    let d: number;
    const monthOf = (s: string) => MONTHS[s.toLowerCase().replace(/\.$/, '')] ?? Number(s);
    if (order === 'mdy') [mo, d, y] = [monthOf(m[1] ?? ''), Number(m[2]), Number(m[3])];
    else if (order === 'ymd') [y, mo, d] = [Number(m[1]), monthOf(m[2] ?? ''), Number(m[3])];
    else if (m.length === 5) {
      // 09/11/25: a two-digit year, month first on an American page.
      [d, mo, y] = [Number(m[1]), Number(m[3]), 2000 + Number(m[4])];
      if (monthFirst && d <= 12) [d, mo] = [mo, d];
    } else {
      [d, mo, y] = [Number(m[1]), monthOf(m[2] ?? ''), Number(m[3])];
      // 12/19/2025 on an American page: month first unless it cannot be.
      if (/^\d+$/.test(m[2] ?? '') && monthFirst && d <= 12 && re.source.startsWith('\\b(\\d{1,2})[./-]'))
        [d, mo] = [mo, d];
      if (mo > 12 && d <= 12) [d, mo] = [mo, d];
    }
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) return `${y}-${pad(mo)}-${pad(d)}`;
  }
  return null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A date as ISO 8601, keeping the page's own clock: "2025-06-25T20:57:54-04:00" stays on the 25th
 * (a UTC conversion would move it to the 26th). UTC times are written with Z. A bare date stays a
 * bare date, and a written date ("Dec 19, 2025") becomes one. Null when the text is not a date.
 */
export function toIso(value: string | null | undefined): string | null {
  const v = value?.trim();
  if (!v) return null;
  const m =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$/i.exec(
      v,
    );
  if (m) {
    const [, y, mo, d, hh, mm, ss = '00', frac = '', zone] = m;
    if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) return null;
    if (hh === undefined) return `${y}-${mo}-${d}`;
    const ms = frac.padEnd(3, '0').slice(0, 3);
    const local = `${y}-${mo}-${d}T${hh}:${mm}:${ss}.${ms}`;
    if (!zone) return local;
    const offset = /^(z|utc|gmt)$/i.test(zone)
      ? '+00:00'
      : zone.replace(/^([+-]\d{2}):?(\d{2})?$/, (_, h, mi) => `${h}:${mi ?? '00'}`);
    if (offset === '+00:00' || offset === '-00:00') {
      const time = Date.parse(`${local}Z`);
      return Number.isNaN(time) ? null : new Date(time).toISOString();
    }
    return Number.isNaN(Date.parse(`${local}${offset}`)) ? null : `${local}${offset}`;
  }
  // RFC 2822 and other forms with a zone Date.parse reads the same everywhere.
  if (/(?:gmt|utc|z|[+-]\d{4})\s*$/i.test(v)) {
    const time = Date.parse(v);
    if (!Number.isNaN(time)) return new Date(time).toISOString();
  }
  // A written date without a clock: the day as written, not the day in this machine's time zone.
  return parseVisibleDate(v);
}
