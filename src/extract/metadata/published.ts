// The publication date: the declared dates checked against the dates shown under the headline.
import { field, type JsonObject } from '../jsonld';
import { collapse } from '../text';
import { EARLIER, MODIFIED, MODIFIED_ATTR } from './date-labels';
import { parseVisibleDate, toIso } from './dates';
import {
  dateBeforeUpdate,
  dateBesideAuthor,
  dayInAddressMonth,
  labelledDate,
  labelledUpdate,
  monthAlone,
  publishedLabel,
} from './far-dates';
import { MONTHS } from './months';
import { NOT_THE_STORY, within } from './near-headline';
import { textOf } from './visible-text';

interface DateSeen {
  day: string;
  iso: string;
  published: boolean;
  /** Printed before the headline. */
  before: boolean;
  /** Its text is about the date alone (not "Limited Time Offer ~ Redeem by 12.31.23"). */
  short: boolean;
}

/** How many days the dates printed before the headline name. */
function beforeDays(shown: DateSeen[]): number {
  return new Set(shown.filter((s) => s.before).map((s) => s.day)).size;
}

/**
 * Dates shown next to the headline: `<time datetime>`, itemprop=datePublished, written dates; which of
 * them stand before the headline (`headline` given).
 */
function visibleDates(near: Text[], monthFirst: boolean, headline: Element | null): DateSeen[] {
  const out: DateSeen[] = [];
  const seen = new Set<Element>();
  for (const t of near) {
    const parent = t.parentElement;
    if (!parent) continue;
    const holder = parent.closest(
      'time, [itemprop~="datePublished"], [itemprop~="dateModified"], [itemprop~="dateCreated"]',
    );
    const context = collapse(
      `${holder?.parentElement?.textContent ?? parent.parentElement?.textContent ?? ''}`.slice(0, 200),
    );
    const attrs = `${holder?.getAttribute('class') ?? ''} ${holder?.getAttribute('itemprop') ?? ''} ${parent.getAttribute('class') ?? ''}`;
    const own = collapse(t.nodeValue ?? '');
    const before = !!headline && !headline.contains(t) && !!(headline.compareDocumentPosition(t) & 2);
    const labelled =
      MODIFIED.test(own) ||
      EARLIER.test(context) ||
      MODIFIED_ATTR.test(attrs) ||
      (MODIFIED.test(context) && !/publish|posted/i.test(context));
    if (holder && !seen.has(holder)) {
      seen.add(holder);
      const declaredIso = toIso(holder.getAttribute('datetime') ?? holder.getAttribute('content') ?? null);
      const written = parseVisibleDate(textOf(holder), monthFirst);
      // <time datetime="2026-02-24T04:13:00Z">February 23, 2026</time>: a UTC time of an evening in
      // the page's own zone; the day the reader sees is the one written (WCXB 4644).
      const iso = declaredIso && written && dayApart(declaredIso, written) ? written : declaredIso;
      const day = iso?.slice(0, 10) ?? written;
      if (day) {
        if (!anotherEntry(parent, monthFirst))
          out.push({ day, iso: iso ?? day, published: !labelled, before, short: true });
        continue;
      }
    }
    if (own.length > 80) continue;
    const day = parseVisibleDate(own, monthFirst);
    if (day && !anotherEntry(parent, monthFirst))
      out.push({ day, iso: day, published: !labelled, before, short: own.length <= 30 });
  }
  return out;
}

/** A link's text this long is a teaser (a title, a summary), not a date linked to its own page. */
const TEASER_CHARS = 80;

/**
 * A date of another entry than the story: in a teaser that links elsewhere ("Also see": a card
 * linking another guide, with its type, date, title and summary, WCXB 4105), or opening one of
 * several items of a list that each open with a date (a changelog under the headline, "2021-08-09
 * Emphasizing…", "2022-04-12 Link to…", WCXB 0482).
 */
function anotherEntry(el: Element, monthFirst: boolean): boolean {
  const link = el.closest('a[href]');
  if (link && textOf(link).length > TEASER_CHARS) return true;
  const item = el.closest('li');
  const list = item?.parentElement;
  if (!item || !list) return false;
  const days = new Set<string>();
  for (let li = list.firstElementChild; li; li = li.nextElementSibling) {
    if (li.tagName !== 'LI') continue;
    const day = parseVisibleDate(collapse(li.textContent ?? '').slice(0, 20), monthFirst);
    if (day) days.add(day);
    if (days.size >= 2) return true;
  }
  return false;
}

/**
 * The publication date: the declared published dates (JSON-LD, meta) checked against the dates shown
 * next to the headline. A declaration the page shows wins; else a date shown next to the headline that
 * is not labelled as an update ("Updated", "Modified", class*=modified); else the first declaration,
 * microdata; only when the page gives no publication date at all, its last update.
 */
export function choosePublished(
  ld: JsonObject | null,
  page: JsonObject | null,
  meta: (...keys: string[]) => string | null,
  near: Text[],
  doc: Document,
  headline: Element | null = null,
): string | null {
  const declared = [
    field(ld?.datePublished),
    meta('article:published_time', 'og:article:published_time', 'article:published'),
    field(page?.datePublished),
    meta(
      'datepublished',
      'pubdate',
      'publishdate',
      'publish-date',
      'publish_date',
      'parsely-pub-date',
      'sailthru.date',
      'dc.date.issued',
      'dcterms.issued',
      'dcterms.created',
      'citation_publication_date',
      'citation_date',
      'dc.date',
      'published',
      'published-date',
      'publication-date',
      'date',
      'article.published',
    ),
    field(ld?.dateCreated),
    publishedMeta(doc),
    field(ldInMeta(meta('script:ld+json'))?.datePublished),
  ]
    .map((v) => toIso(v))
    .filter((v): v is string => !!v);
  const lang = (doc.documentElement?.getAttribute('lang') ?? '').toLowerCase();
  const addressed = dateInAddress(doc.URL);
  const monthFirst = dateOrder(
    near,
    addressed ? [...declared, addressed] : declared,
    lang === '' || lang === 'en' || lang.startsWith('en-us') || lang.startsWith('en_us'),
  );
  const modified = [
    field(ld?.dateModified),
    meta('article:modified_time', 'og:updated_time', 'datemodified'),
    field(page?.dateModified),
  ]
    .map((v) => toIso(v))
    .filter((v): v is string => !!v);
  // A date shown without a label is the date the page gives its readers, even when it is the declared
  // last update: the truth follows the page on 1657, 0018, 0214, 4110, 1476, 0098, 0007, 0016, 0056
  // and the declaration on 0315, 0150, 4155, 0299 (that rule, the update's date taken for an update,
  // was dropped).
  const shown = visibleDates(near, monthFirst, headline);
  const shownPublished = shown.filter((s) => s.published);
  // A date printed above the headline leads only when it stands alone, not in a sentence ("Limited
  // Time Offer ~ Redeem by 12.31.23", WCXB 4563), and not as one of a list of other stories' dates
  // (three news items dated 12/17, 12/16 and 12/04/2025 over a story of 03/01/2017, WCXB 0370).
  const listed = beforeDays(shown) > 1;
  const leads = (s: DateSeen) => !s.before || (s.short && !listed);
  if (declared.length > 0) {
    // By a date the page labels as an update only when it shows no other: "Published Apr 26, 2023 ·
    // Updated Aug 21, 2025" under a declaration of the update is the older date (WCXB 0358); "Updated:
    // Dec 19, 2025" alone picks the declaration of that day among two (WCXB 1821).
    const match = (list: DateSeen[]) => {
      for (const d of declared) {
        const s = list.find((v) => sameDay(d, v.day));
        if (s) return { d, s };
      }
      return undefined;
    };
    const confirmed = match(shownPublished) ?? (shownPublished.length === 0 ? match(shown) : undefined);
    if (confirmed) {
      const { d, s } = confirmed;
      // A declared time a day from the day the page prints: the day shown when no time zone explains
      // the difference ("2025-12-19T22:02:58Z" declared, "Dec 18, 2025" shown, WCXB 0386), or when the
      // story's address names the shown day too ("2025-12-19T02:41:41Z" under "December 18, 2025" at
      // /2025/12/18/…, WCXB 0479, 0481). A zone alone leaves the declaration (Readability's topicseed-1).
      if (!dayApart(d, s.day)) return d;
      return zoneApart(d, s.day) && addressed !== s.day ? d : s.iso;
    }
    // The first date shown next to the headline, not marked as an update: that is the date the page
    // gives its readers (a declaration left from an older version of the story is not).
    const first = shown.find(leads);
    if (first?.published) return first.iso;
    // Nothing shown near the headline: a date the page labels "Published" elsewhere in the story
    // wins over a declaration it does not show ("Published August 13, 2025" at the foot of the story
    // under a declaration of the day of its last update, WCXB 0343).
    return (shown.length === 0 ? publishedLabel(doc, monthFirst) : null) ?? declared[0] ?? null;
  }
  const first = shownPublished.find(leads);
  if (first) return first.iso;
  // Microdata anywhere in the story.
  const micro = [...doc.querySelectorAll('[itemprop~="datePublished"]')].find(
    (el) => !within(el, NOT_THE_STORY),
  );
  const microDate = micro ? microdataDate(micro, monthFirst) : null;
  if (microDate) return microDate;
  const labelled = labelledDate(doc, monthFirst) ?? dateBeforeUpdate(doc, monthFirst);
  if (labelled) return labelled;
  const beside = dateBesideAuthor(doc, monthFirst) ?? monthAlone(near);
  if (beside) return beside;
  if (addressed) return addressed;
  const inMonth = dayInAddressMonth(doc, monthFirst);
  if (inMonth) return inMonth;
  // No publication date anywhere: the date the page gives for its last update is the only one a
  // reader has ("Updated November 18, 2025"), better than none.
  return modified[0] ?? shown[0]?.iso ?? labelledUpdate(doc, monthFirst);
}

/**
 * A microdata date: its machine-readable value, or, without one, the text as the page shows it
 * ("11-29-2024, 09:03 AM").
 */
function microdataDate(el: Element, monthFirst: boolean): string | null {
  const value = el.getAttribute('datetime') ?? el.getAttribute('content');
  if (value) return toIso(value);
  const written = textOf(el);
  return toIso(written) ?? parseVisibleDate(written, monthFirst);
}

/**
 * JSON-LD a site writes into a `<meta name="script:ld+json">` instead of a script (a framework's
 * metadata field given a script's name, WCXB 4053).
 */
function ldInMeta(content: string | null): JsonObject | null {
  if (!content?.startsWith('{')) return null;
  try {
    const parsed: unknown = JSON.parse(content);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as JsonObject) : null;
  } catch {
    return null;
  }
}

/** A meta name of the publication date in a site's own prefix ("w-published-date", WCXB 0237). */
const PUBLISHED_META = /(?:^|[-_.:])publish(?:ed)?[-_.]?(?:date|time)$/i;

/** The first `<meta>` whose name says, in whatever prefix, that it is the publication date. */
function publishedMeta(doc: Document): string | null {
  for (const el of doc.querySelectorAll('meta[name*="publish" i], meta[property*="publish" i]')) {
    const name = el.getAttribute('name') ?? el.getAttribute('property') ?? '';
    if (PUBLISHED_META.test(name)) return el.getAttribute('content');
  }
  return null;
}

/**
 * Whether the page writes its dates month first: "12/05/2025" is May 12 on a page that declares
 * 2025-05-12, whatever its language says (agg-topicwire-br-list). A shown date that reads as a
 * declared day one way and not the other settles it; otherwise the language's habit.
 */
function dateOrder(near: Text[], declared: string[], byLanguage: boolean): boolean {
  if (declared.length === 0) return byLanguage;
  for (const t of near) {
    const own = collapse(t.nodeValue ?? '');
    if (own.length > 80) continue;
    const mdy = parseVisibleDate(own, true);
    const dmy = parseVisibleDate(own, false);
    if (!mdy || !dmy || mdy === dmy) continue;
    if (declared.some((d) => sameDay(d, mdy))) return true;
    if (declared.some((d) => sameDay(d, dmy))) return false;
  }
  return byLanguage;
}

/**
 * A declared date and a day shown on the page are the same day: the same calendar day, or a day apart
 * when the declaration is a time in another zone than the page's ("2018-06-12T23:00:00Z" shown as
 * 6/13/2018, Readability's topicseed-1).
 */
function sameDay(declared: string, day: string): boolean {
  const d = declared.slice(0, 10);
  if (d === day) return true;
  if (!/T\d{2}:\d{2}/.test(declared)) return false;
  const apart = Math.abs(Date.parse(`${d}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`));
  return apart === 86_400_000;
}

/** A time whose calendar day is the day before or after `day`. */
function dayApart(iso: string, day: string): boolean {
  return iso.slice(0, 10) !== day && sameDay(iso, day);
}

/** Whether `day` is the day of the time `iso` somewhere on Earth (UTC−12 to UTC+14). */
function zoneApart(iso: string, day: string): boolean {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return false;
  const at = (hours: number) => new Date(t + hours * 3_600_000).toISOString().slice(0, 10);
  return day >= at(-12) && day <= at(14);
}

/**
 * The day a blog writes into the story's address: /2025/12/19/slug, /2023/october/03/slug, /articles/2025-12-15+title,
 * /metasploit-wrap-up-12-19-2025 (WCXB 0379, 0494, 2645); a month alone (/2025/12/) names no day.
 */
export function dateInAddress(address: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(new URL(address).pathname);
  } catch {
    return null;
  }
  const valid = (y: string, m: string, d: string) =>
    Number(m) >= 1 && Number(m) <= 12 && Number(d) >= 1 && Number(d) <= 31
      ? `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`
      : null;
  const ymd = /(?:^|[/_+-])((?:19|20)\d{2})[/-](\d{1,2}|\p{L}{3,9})[/-](\d{1,2})(?=$|[/_+-])/u.exec(path);
  if (ymd) {
    const month = /^\d+$/.test(ymd[2] ?? '') ? ymd[2] : String(MONTHS[(ymd[2] ?? '').toLowerCase()] ?? 0);
    return valid(ymd[1] ?? '', month ?? '', ymd[3] ?? '');
  }
  const mdy = /(?:^|[/_+-])(\d{1,2})-(\d{1,2})-((?:19|20)\d{2})(?=$|[/_+.-])/.exec(path);
  return mdy ? valid(mdy[3] ?? '', mdy[1] ?? '', mdy[2] ?? '') : null;
}
