// The author of a personal site that names no writer on the story: the person the site is named after.
import { collapse } from '../text';
import { splitNames } from './names';
import { resemblesHost } from './site-name';
import { textOf } from './visible-text';

/**
 * A person's site (tobyhede.com, pierce.dev, owain.bearblog.dev) prints the owner's name as its own
 * name: the site's declared name, the link to its home page at the top, or the "© 2025 Toby Hede" at
 * the foot (WCXB 0419, 0436, 0493, 2498). That name is the author when it reads as a person's name (two
 * or three capitalized words) and the site's address is made of it; a company's name ("Body by Bikini
 * Ltd") or a site whose address names something else gives none.
 */
export function siteOwner(doc: Document, siteNames: (string | null)[], host: string): string | null {
  const candidates: string[] = siteNames.filter((s): s is string => !!s && !/\.[a-z]{2,}$/i.test(s));
  const home: Element[] = [];
  const isHome = homeTest(doc.URL);
  for (const a of doc.querySelectorAll('a[href]')) {
    if (isHome(a.getAttribute('href') ?? '')) home.push(a);
    if (home.length >= 3) break;
  }
  for (const a of home) candidates.push(textOf(a));
  const foot = doc.querySelector('footer') ?? doc.body?.lastElementChild ?? null;
  const copyright = /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*([^.|,©]{3,40})/i.exec(
    foot ? textOf(foot) : '',
  );
  if (copyright?.[1]) candidates.push(copyright[1].replace(/\s*all rights reserved.*$/i, ''));
  for (const raw of candidates) {
    const text = collapse(raw);
    const names = splitNames(text, false);
    const name = names[0];
    if (names.length !== 1 || !name || name !== text) continue;
    const words = name.split(' ');
    if (
      words.length < 2 ||
      words.length > 3 ||
      !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) ||
      SITE_WORDS.test(name)
    )
      continue;
    // The address is the whole name, or one of its words (pierce.dev, artmann.co).
    const key = words.join('').toLowerCase();
    const label = host.replace(/^www\./, '').split('.');
    const named = label.some((l) => l === key || words.some((w) => w.toLowerCase() === l));
    if (named && resemblesHost(name, host)) return name;
  }
  return null;
}

/** Words of a site's or a company's name, never of a person's ("Engora Data Blog", WCXB 0441). */
const SITE_WORDS =
  /\b(?:blog|data|news|media|studio|labs?|tech|digital|design|web|online|daily|weekly|journal|magazine|press|review|group|works?|hub|world|life|home|shop|store|club|guide|notes|games?|health|travel|food|bikes?|coffee|team|project|company|systems?|solutions?|services?|software|network|center|centre|institute|academy|school)\b/i;

/**
 * Whether a link goes to the site's home page. The page's address is read once and each href once: a
 * page has hundreds of links, most of them repeated (menus, footers), and parsing an address is the cost.
 */
function homeTest(base: string): (href: string) => boolean {
  let b: URL | null = null;
  try {
    b = new URL(base);
  } catch {
    // No address of its own: no link is known to go home.
  }
  const known = new Map<string, boolean>();
  return (href) => {
    if (!b) return false;
    let home = known.get(href);
    if (home === undefined) {
      try {
        const u = new URL(href, base || undefined);
        home = u.host === b.host && u.pathname.replace(/\/+$/, '') === '';
      } catch {
        home = false;
      }
      known.set(href, home);
    }
    return home;
  };
}
