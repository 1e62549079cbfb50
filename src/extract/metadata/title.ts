// The headline the page shows, and the declared title without the site's name.
import { collapse, fingerprintText } from '../text';
import { parseVisibleDate } from './dates';
import { MONTH, YEAR } from './months';
import { resemblesHost, SECTION_NAMES } from './site-name';
import { textOf, words } from './visible-text';

/** Where a visible headline never is. */
const NOT_CONTENT =
  'nav, footer, aside, [role="navigation"], [role="contentinfo"], [aria-hidden="true"], .sr-only, .screen-reader-text, .visually-hidden, .visuallyhidden';

/**
 * The element that shows the page's headline: the `<h1>` (or `itemprop=headline`) that best matches
 * what the page declares as its title; without a match, the first `<h1>` in the content that reads
 * like a headline and is not the site's name.
 */
export function findHeadline(
  doc: Document,
  metaTitles: string[],
  siteNames: (string | null)[],
): Element | null {
  const candidates: Element[] = [];
  const named = [...siteNames, ...namesBesideTitle(metaTitles, siteNames)];
  for (const el of doc.querySelectorAll('h1, [itemprop="headline"]')) {
    if (el.tagName === 'META' || offContent(el) || isHomeLink(el)) continue;
    const text = textOf(el);
    if (text.length < 3 || text.length > 200 || !/\p{L}{2}/u.test(text)) continue;
    if (named.some((s) => s && fingerprintText(s) === fingerprintText(text))) continue;
    candidates.push(el);
    if (candidates.length >= 20) break;
  }
  // A blog whose <h1> is its name, or whose <h1>s are the story's sections (WCXB 0379), or a page with
  // no <h1> that sets its headline in an <h4> (WCXB 0395): the post's title is the heading that
  // repeats the declared title.
  const repeated = (): Element | null => {
    for (const el of doc.querySelectorAll('h2, h3, h4, [class*="title" i]')) {
      if (el.closest(NOT_CONTENT) || isHomeLink(el) || el.matches('[itemprop~="description"]')) continue;
      const text = textOf(el);
      if (text.length < 3 || text.length > 300) continue;
      // The same words, about as many: not a summary that contains the title's words.
      const n = words(text).length;
      const covers = (t: string) => {
        const want = words(stripSite(t, siteNames));
        return n <= want.length * 1.3 && n >= want.length * 0.6;
      };
      if (metaTitles.some((t) => similarity(text, t) >= 0.8 && covers(t))) return el;
    }
    return null;
  };
  if (candidates.length === 0) return repeated();
  // An <h1> that is wholly a link to another page is a teaser of another story (a "Next in your
  // guide" list under the article, WCXB 4628); the page's own headline is not, when it has one.
  const own = candidates.filter((el) => !linksElsewhere(el));
  // Scored against the declared titles as written, then, without a match, without the site's name:
  // "Easy Car Maintenance Checklist | Farm Bureau Financial Services" shares three words of eight with
  // the <h1> "A Car Maintenance Schedule That's Easy to Follow", three of four without its suffix
  // (WCXB 4186).
  const match = (bare: boolean): Element | null => {
    let best: Element | null = null;
    let bestScore = 0;
    for (const el of own.length > 0 ? own : candidates) {
      const text = textOf(el);
      const score = Math.max(
        0,
        ...metaTitles.map((t) => {
          const stripped = stripSite(t, siteNames);
          return namesTitle(text, stripped) ? similarity(text, bare ? stripped : t) : 0;
        }),
      );
      if (score > bestScore) {
        best = el;
        bestScore = score;
      }
    }
    return bestScore >= 0.5 ? best : null;
  };
  const best = match(false) ?? match(true);
  if (best) return best;
  // No declared title to match: a lone <h1> of a few words is the headline.
  const h1s = candidates.filter((el) => el.tagName === 'H1');
  const first = h1s[0];
  if (first && h1s.length === 1 && metaTitles.length === 0 && words(textOf(first)).length >= 3) return first;
  return metaTitles.length > 0 ? repeated() : null;
}

/**
 * In a part of the page that is not its content. A part that holds the page's `<main>` is the page
 * itself: an `<aside>` left open at the top swallows the whole page (WCXB 4459).
 */
function offContent(el: Element): boolean {
  for (let e = el.closest(NOT_CONTENT); e; e = e.parentElement?.closest(NOT_CONTENT) ?? null)
    if (!(e.tagName === 'ASIDE' && e.querySelector('main'))) return true;
  return false;
}

/**
 * What one declared title adds to another around a separator: "Lessons Learned: The lean startup" in
 * <title> beside og:title "The lean startup" names the site "Lessons Learned", the blog's name its
 * <h1> shows (WCXB 4456).
 */
function namesBesideTitle(metaTitles: string[], siteNames: (string | null)[]): string[] {
  const out: string[] = [];
  const known = new Set(siteNames.map((n) => fingerprintText(n ?? '')));
  for (const whole of metaTitles)
    for (const part of metaTitles) {
      const p = fingerprintText(part);
      // An og:title that is the site's own name ("Robomow" beside "Which robotic lawnmower…? |
      // Robomow", WCXB 4249) leaves the headline, not a name.
      if (!p || p === fingerprintText(whole) || known.has(p)) continue;
      const pieces = collapse(whole).split(new RegExp(`(?:${SEPARATOR.source}|:\\s+)`));
      if (pieces.length !== 2) continue;
      const [first = '', last = ''] = pieces;
      const rest = fingerprintText(last) === p ? first : fingerprintText(first) === p ? last : '';
      // A name is a few words, fewer than the title's.
      if (rest && words(rest).length <= Math.min(4, words(part).length)) out.push(rest);
    }
  return out;
}

/** The headline's words without a date printed inside it. */
export function headlineText(el: Element): string {
  let text = textOf(el);
  // Not the headline's words: a date, a comment counter, the linked site of a link post "(latimes.com)".
  const host =
    el.ownerDocument.URL && URL.canParse(el.ownerDocument.URL) ? new URL(el.ownerDocument.URL).hostname : '';
  for (const part of el.querySelectorAll('time, span, a, small')) {
    const t = textOf(part);
    if (!t || t.length >= text.length) continue;
    const href = part.tagName === 'A' ? part.getAttribute('href') : null;
    const elsewhere = !!href && /^https?:/i.test(href) && !href.includes(host);
    if (
      part.tagName === 'TIME' ||
      isDate(t) ||
      /^[\d.,]+[km]?$/i.test(t) ||
      (elsewhere && /^\(?[\w.-]+\.[a-z]{2,}\)?$/i.test(t))
    )
      text = collapse(text.replace(t, ''));
  }
  return text;
}

const MONTH_YEAR = new RegExp(`^${MONTH}\\.?,?\\s+${YEAR}$`, 'iu');

/** A date printed in a part of the headline: "/ Dec 2025", "· 19 Dec 2025" (WCXB 0438). */
function isDate(text: string): boolean {
  const t = text.replace(/^[\s/|·•–—-]+/, '');
  return !!parseVisibleDate(t) || MONTH_YEAR.test(t);
}

/** A heading whose whole text is a link to another page than this one. */
function linksElsewhere(el: Element): boolean {
  const a = el.querySelector('a[href]') ?? el.closest('a[href]');
  if (!a || collapse(a.textContent ?? '') !== collapse(el.textContent ?? '')) return false;
  try {
    const here = new URL(el.ownerDocument.URL);
    const there = new URL(a.getAttribute('href') ?? '', here);
    const path = (u: URL) => u.pathname.replace(/\/+$/, '');
    return there.host !== here.host || path(there) !== path(here);
  } catch {
    return false;
  }
}

/** The site's name in a heading, linking to the home page: a logo, not a headline. */
function isHomeLink(el: Element): boolean {
  const a = el.tagName === 'A' ? el : el.querySelector('a[href]');
  if (!a || collapse(a.textContent ?? '') !== collapse(el.textContent ?? '')) return false;
  try {
    return (
      new URL(a.getAttribute('href') ?? '', el.ownerDocument.URL || undefined).pathname.replace(
        /\/+$/,
        '',
      ) === ''
    );
  } catch {
    return false;
  }
}

/**
 * Whether a heading can name a declared title it shares words with: by two words or more, or by a third
 * of the title's. A one-word heading inside the story ("Discord", a section of a gist titled "How we
 * pwned X (Twitter), Vercel, Cursor, Discord, and hundreds of companies…", WCXB 0404) or a kicker
 * sharing a letter with a description left in twitter:title ("M&A Updates", WCXB 0079) is not the
 * headline; "restaurant" under "RESTAURANT Definition & Meaning" is (WCXB 0318).
 */
function namesTitle(heading: string, title: string): boolean {
  const mine = new Set(words(heading).filter((w) => w.length > 1));
  const theirs = new Set(words(title).filter((w) => w.length > 1));
  let shared = 0;
  for (const w of mine) if (theirs.has(w)) shared++;
  return shared >= 2 || (shared > 0 && shared * 3 >= theirs.size);
}

/** Shared words over the words of the shorter text (a site suffix on one side does not hurt). */
export function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = new Set(words(b));
  if (wa.length === 0 || wb.size === 0) return 0;
  const shared = new Set(wa.filter((w) => wb.has(w))).size;
  return shared / Math.min(new Set(wa).size, wb.size);
}

/** The visible headline when there is one; otherwise the declared title without the site's name. */
export function chooseTitle(
  visible: string | null,
  metaTitles: string[],
  siteNames: (string | null)[],
): string {
  if (visible) {
    const shown = stripSite(visible, siteNames);
    // "Wine for Beginners: Your Essential Guide" shown, "Wine for Beginners: Easy Guide to Types" declared:
    // one headline with two subtitles; the page's declared wording is the one it chose for its title.
    const declared = metaTitles[0] ? stripSite(metaTitles[0], siteNames) : '';
    const [head, tail] = splitAtColon(shown);
    const [dHead, dTail] = splitAtColon(declared);
    // A declared title cut short ("…, laptop, and k | Oakywood.", WCXB 4524) is not another wording.
    const cut = fingerprintText(tail).startsWith(fingerprintText(dTail));
    // "Learn More: Academic Tutoring | The Partnership for Student Success" declared, the same shown
    // without it: a site's name the declaration kept, not another subtitle (WCXB 0138).
    const suffixed = fingerprintText(dTail).startsWith(fingerprintText(tail));
    if (
      tail &&
      dTail &&
      !cut &&
      !suffixed &&
      fingerprintText(head) === fingerprintText(dHead) &&
      fingerprintText(tail) !== fingerprintText(dTail)
    )
      return declared;
    // A headline set in capitals ("BEST DRIP COFFEE MAKER IN 2026") is the declared title, nearly word
    // for word, in the page's own case (WCXB 4475).
    if (!/\p{Ll}/u.test(shown) && words(shown).length >= 3) {
      const cased = metaTitles
        .map((t) => stripSite(t, siteNames))
        .find(
          (t) =>
            /\p{Ll}/u.test(t) &&
            similarity(t, shown) >= 0.9 &&
            Math.abs(words(t).length - words(shown).length) <= 1,
        );
      if (cased) return cased;
    }
    // A headline whose characters the page's encoding lost ("Beginner? Guide", "Beginner\uFFFD Guide")
    // beside a declared title that kept them ("Beginner's Guide", WCXB 0048): the declared one.
    if (/[?\uFFFD]/u.test(shown)) {
      const whole = metaTitles.map((t) => stripSite(t, siteNames)).find((t) => sameButLost(shown, t));
      if (whole) return whole;
    }
    return shown;
  }
  for (const t of metaTitles) {
    const stripped = stripSite(t, siteNames);
    if (stripped) return stripped;
  }
  return '';
}

/**
 * The same title letter for letter, but for characters `shown` has as "?" or "\uFFFD" where `declared`
 * has one or two others ("'s", ":", an accented letter).
 */
function sameButLost(shown: string, declared: string): boolean {
  // A question the declaration asks too is a question, not a lost character.
  if (/[?\uFFFD]/u.test(declared)) return false;
  const pattern = shown
    .split(/[?\uFFFD]/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('([^\\s?]{1,2})');
  const lost = pattern !== shown ? new RegExp(`^${pattern}$`, 'iu').exec(declared) : null;
  // A letter went missing ("'s", "é"), not only a stop: "Hard? A Guide" shown, "Hard: A Guide" declared
  // is a question the page chose to show.
  return !!lost && lost.slice(1).some((chars) => /\p{L}/u.test(chars ?? ''));
}

function splitAtColon(title: string): [string, string] {
  const i = title.indexOf(': ');
  return i > 0 ? [title.slice(0, i), title.slice(i + 2)] : [title, ''];
}

/** Separators between a headline and the site's name. */
const SEPARATOR = /\s+(?:[|–—»·•~/:]|-{1,2}|::)\s+/;
/** Separators nobody writes inside a headline: a short last part after one is the site or section. */
const SITE_ONLY_SEPARATOR = /^\s+(?:[|»•~]|::)\s+$/;

/**
 * "Title | Site", "Title - Site", "Title » Site", "Site: Title", "r/sub - Title": the headline alone.
 * A part is the site's when it names the site or its host; a short tail after "|" or "»" is dropped too.
 */
export function stripSite(title: string, siteNames: (string | null)[]): string {
  let t = collapse(title)
    .replace(/^r\/[\p{L}\p{N}_]+\s*[-:–—|]\s*/u, '')
    .replace(/^title\s*:\s*/i, '');
  const names = siteNames.filter((s): s is string => !!s);
  // A tail part is the site's when it resembles the site's name or host ("Bold.org", "Artlyst - Artlyst");
  // a head part only when it is exactly the name: "Redfin's 2026 Predictions: …" is a headline.
  const isSite = (part: string, exact: boolean) => {
    const key = fingerprintText(part);
    if (!key) return true;
    return names.some((n) => {
      const k = fingerprintText(n);
      if (/^[\w.-]+\.[a-z]{2,}$/i.test(n))
        return exact
          ? n
              .toLowerCase()
              .split('.')
              .some((l) => fingerprintText(l) === key) || k === key
          : resemblesHost(part, n);
      return (
        k === key || (!exact && key.length >= 4 && k.length >= 4 && (k.includes(key) || key.includes(k)))
      );
    });
  };
  // "davidbau.com Vibe Coding": the site's address before the title, with no separator (WCXB 0452).
  const host = /^((?:[\w-]+\.)+[a-z]{2,})\s+(.+)$/i.exec(t);
  if (host?.[1] && host[2] && isSite(host[1], true) && words(host[2]).length >= 2) t = host[2];
  // "Engora Data Blog: Small adventures…": the site's name before a colon.
  const colon = /^([^:]{2,60}):\s+(.{8,})$/.exec(t);
  if (colon?.[1] && colon[2] && (isSite(colon[1], true) || SECTION_NAMES.test(colon[1].trim()))) t = colon[2];
  for (let round = 0; round < 3; round++) {
    const parts = t.split(new RegExp(`(${SEPARATOR.source})`));
    if (parts.length < 3) break;
    const last = parts[parts.length - 1] ?? '';
    const first = parts[0] ?? '';
    const rest = (from: number, to: number) => parts.slice(from, to).join('');
    if (isSite(last, false)) t = rest(0, -2);
    else if (isSite(first, true) && words(rest(2, parts.length)).length >= 2) t = rest(2, parts.length);
    else if (
      SITE_ONLY_SEPARATOR.test(parts[parts.length - 2] ?? '') &&
      words(last).length <= 4 &&
      words(rest(0, -2)).length >= 3
    )
      t = rest(0, -2);
    else break;
    t = t.trim();
  }
  return t || collapse(title);
}
