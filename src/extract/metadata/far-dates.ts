// Dates a page gives away from its headline: a "Published" or "Updated" label anywhere in the story,
// the one <time> day, the date beside the author's name, the month the address names.
import { collapse } from '../text';
import { AUTHOR_LINKS, AUTHOR_MARKERS, NOT_BYLINE } from './byline';
import { MODIFIED, MODIFIED_ATTR, PUBLISHED_LABEL, UPDATED_LABEL } from './date-labels';
import { parseVisibleDate, toIso } from './dates';
import { MONTH, MONTHS, YEAR } from './months';
import { ELSEWHERE, NOT_THE_STORY, within } from './near-headline';

/**
 * The one date a page gives anywhere in the story when it gives no other: its "Updated" line, far
 * from the headline (under the author's bio, WCXB 4430; at the foot of the page, 0341). The first
 * outside comments, side columns and lists of other stories.
 */
export function labelledUpdate(doc: Document, monthFirst: boolean): string | null {
  return dateAfterLabel(doc, UPDATED_LABEL, monthFirst);
}

/** Texts of the body a label can stand in (short ones), among its first 20,000, that hold `label`. */
function* textsWith(doc: Document, label: RegExp): Generator<Text> {
  if (!doc.body) return;
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let n = walker.nextNode(), i = 0; n && i < 20_000; n = walker.nextNode(), i++) {
    const text = n.nodeValue ?? '';
    if (text.length <= 200 && label.test(text)) yield n as Text;
  }
}

/**
 * The first day printed after `label` in a short text of the story (outside comments, side columns and
 * lists of other stories), in the label's text or in the element after it ("Published" <time>…</time>);
 * `accept` may refuse a label by the text before it.
 */
function dateAfterLabel(
  doc: Document,
  label: RegExp,
  monthFirst: boolean,
  accept: (before: string) => boolean = () => true,
  outside = `${ELSEWHERE}, ${NOT_THE_STORY}`,
): string | null {
  for (const n of textsWith(doc, label)) {
    const text = n.nodeValue ?? '';
    const parent = n.parentElement;
    if (!parent || within(parent, `${outside}, script, style`)) continue;
    // The label's text, what follows it in its element, and the next two elements ("Published",
    // a heading for screen readers "Publish date", then the <time>, WCXB 4105).
    const next = parent.nextElementSibling;
    const line = collapse(
      `${text} ${n.nextSibling?.textContent ?? ''} ${next?.textContent ?? ''} ${next?.nextElementSibling?.textContent ?? ''}`,
    ).slice(0, 120);
    const found = label.exec(line);
    // The date right after the label: "Posted in News Release" is no date's label (WCXB 4557).
    const day = found
      ? parseVisibleDate(line.slice(found.index + found[0].length).slice(0, 36), monthFirst)
      : null;
    if (day && accept(line.slice(0, found?.index ?? 0))) return day;
  }
  return null;
}

const MONTH_ALONE = new RegExp(`^${MONTH},?\\s+${YEAR}$`, 'iu');

/**
 * A month printed alone on its line under the headline, when the page gives no day anywhere
 * ("November 2015" opening a magazine's story, WCXB 4498): the month, as YYYY-MM.
 */
export function monthAlone(near: Text[]): string | null {
  for (const [i, t] of near.entries()) {
    const m = MONTH_ALONE.exec(collapse(t.nodeValue ?? ''));
    const month = m ? MONTHS[(m[1] ?? '').toLowerCase()] : undefined;
    if (!m || !month) continue;
    // The month a member joined, beside a forum post ("Join Date" / "Nov 2024", WCXB 0533).
    if (i > 0 && MEMBER_SINCE.test(near[i - 1]?.nodeValue ?? '')) continue;
    return `${m[2]}-${String(month).padStart(2, '0')}`;
  }
  return null;
}

/** Labels of the month a member joined a site: "Join Date", "Joined", "Member since", "Registered". */
const MEMBER_SINCE = /\b(?:join(?:ed)?(?: date)?|member since|registered)\s*:?\s*$/i;

/**
 * The date a line prints before its "Updated" date: "December 3, 2025. Updated: December 7, 2025" at
 * the foot of an interview (WCXB 4371) is the day it was published. The first such line outside
 * comments, side columns and lists of other stories.
 */
export function dateBeforeUpdate(doc: Document, monthFirst: boolean): string | null {
  for (const n of textsWith(doc, UPDATED_LABEL)) {
    const line = n.parentElement?.closest('p, li, div, span, dd, td, footer, header');
    if (!line || within(line, `${ELSEWHERE}, ${NOT_THE_STORY}, script, style`)) continue;
    const whole = collapse(line.textContent ?? '');
    const label = UPDATED_LABEL.exec(whole);
    const lead = label ? whole.slice(0, label.index) : '';
    if (lead.length > 40 || MODIFIED.test(lead)) continue;
    const day = parseVisibleDate(lead, monthFirst);
    if (day) return day;
  }
  return null;
}

/**
 * The first date labelled "Published"/"Posted" in the story, even in its side column: the label names
 * the date of the page it stands on ("Published" / "July 8, 2025" in the post's side column, WCXB 0300).
 */
export function publishedLabel(doc: Document, monthFirst: boolean): string | null {
  return dateAfterLabel(doc, PUBLISHED_LABEL, monthFirst, (before) => !MODIFIED.test(before), BESIDE_STORY);
}

/** Parts of a page that are not the story's, but for the story's own side column. */
const BESIDE_STORY = `${ELSEWHERE.split(/,\s*/)
  .filter((part) => !part.includes('sidebar'))
  .join(', ')}, ${NOT_THE_STORY}`;

/**
 * A date far from the headline the page still gives as its publication date: a text labelled
 * "Published"/"Posted" (at the foot of the post, WCXB 0494, 4592), else the page's one `<time>` day
 * outside comments, side columns and lists of other stories (WCXB 0437, 4596). A page with `<time>`s
 * of several days is a list, and gives none.
 */
export function labelledDate(doc: Document, monthFirst: boolean): string | null {
  if (!doc.body) return null;
  const published = publishedLabel(doc, monthFirst);
  if (published) return published;
  const days = new Set<string>();
  let first: string | null = null;
  for (const time of doc.querySelectorAll('time[datetime]')) {
    if (within(time, `${ELSEWHERE}, ${NOT_THE_STORY}`) && !time.closest('article')) continue;
    const around = collapse(time.parentElement?.textContent ?? '').slice(0, 120);
    if (MODIFIED.test(around) || MODIFIED_ATTR.test(time.getAttribute('class') ?? '')) continue;
    const iso = toIso(time.getAttribute('datetime'));
    if (!iso) continue;
    days.add(iso.slice(0, 10));
    first ??= iso;
  }
  return days.size === 1 ? first : null;
}

/**
 * The date printed in the small block of the author's name, wherever the page puts it ("Moses Kim and
 * Kate Shokurova" / "April 8, 2024" under the story's hero, WCXB 0233; "Luke Kim" / "December 17,
 * 2025", 0433): the first one outside comments, side columns and lists of other stories, not
 * labelled as an update.
 */
export function dateBesideAuthor(doc: Document, monthFirst: boolean): string | null {
  let tried = 0;
  for (const mark of doc.querySelectorAll(`${AUTHOR_MARKERS}, ${AUTHOR_LINKS}`)) {
    if (++tried > 50) break;
    if (
      NOT_BYLINE.test(mark.getAttribute('class') ?? '') ||
      within(mark, NOT_THE_STORY_NOR_ASIDE) ||
      pageAside(mark)
    )
      continue;
    // The block around the name, while it stays the size of a byline.
    let block: Element = mark;
    while (block.parentElement && collapse(block.parentElement.textContent ?? '').length <= 200)
      block = block.parentElement;
    const texts: string[] = [];
    const walker = doc.createTreeWalker(block, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(collapse(n.nodeValue ?? ''));
    const text = texts.join(' ');
    if (text.length > 200 || MODIFIED.test(text)) continue;
    // The line above or below the block, when it holds a date alone ("May 25, 2023" / "Written By
    // Angela Holliday-Bell, MD" in the story's side column, WCXB 4174).
    const beside = [block.previousElementSibling, block.nextElementSibling]
      .map((el) => collapse(el?.textContent ?? ''))
      .filter((own) => !MODIFIED.test(own));
    for (const own of [...texts, ...beside]) {
      const day = own.length <= 40 ? parseVisibleDate(own, monthFirst) : null;
      if (day) return day;
    }
  }
  return null;
}

/** Comments, side columns, lists of other stories; an `<aside>` is asked of separately (pageAside). */
const NOT_THE_STORY_NOR_ASIDE = `${ELSEWHERE}, ${NOT_THE_STORY}`
  .split(/,\s*/)
  .filter((part) => part !== 'aside')
  .join(', ');

/**
 * In an `<aside>` of the page, not of the story: the column beside a story inside the page's `<main>`
 * or the story's `<article>` holds its byline and date (WCXB 4174).
 */
function pageAside(el: Element): boolean {
  for (let e = el.closest('aside'); e; e = e.parentElement?.closest('aside') ?? null)
    if (!e.parentElement?.closest('main, article')) return true;
  return false;
}

/**
 * The day of the month a blog writes into the story's address (/archive/2025/12/slug): the first date
 * of that month printed alone on a line of the story, outside comments, side columns and lists of
 * other stories ("20 December 2025" under a title the page gives in a <legend>, WCXB 0398).
 */
export function dayInAddressMonth(doc: Document, monthFirst: boolean): string | null {
  let path: string;
  try {
    path = new URL(doc.URL).pathname;
  } catch {
    return null;
  }
  const ym = /\/((?:19|20)\d{2})\/(\d{2})\//.exec(path);
  if (!ym || !doc.body) return null;
  const month = `${ym[1]}-${ym[2]}`;
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let n = walker.nextNode(), i = 0; n && i < 5_000; n = walker.nextNode(), i++) {
    const own = collapse(n.nodeValue ?? '');
    if (own.length > 40 || own.length < 8) continue;
    const day = parseVisibleDate(own, monthFirst);
    if (!day?.startsWith(month)) continue;
    const parent = n.parentElement;
    if (parent && !within(parent, `${ELSEWHERE}, ${NOT_THE_STORY}, script, style`)) return day;
  }
  return null;
}
