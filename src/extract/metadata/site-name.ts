// The site's name, never a section of it.
import { fingerprintText } from '../text';
import { clean } from './visible-text';

/** Section names a page sometimes declares as its site ("U.S.", "World"): never the site. */
export const SECTION_NAMES =
  /^(home|news|world|u\.?s\.?|uk|us news|politics|business|tech|technology|sport|sports|opinion|blog|articles?|latest|culture|science|health|entertainment|lifestyle|travel|video|live)$/i;

/** The first candidate that looks like the site's name: it resembles the host, or is a real name. */
export function chooseSiteName(candidates: (string | null)[], pageUrl: URL): string | null {
  const list = candidates.map((c) => clean(c)).filter((c): c is string => !!c && c.length <= 80);
  const usable = list.filter((c) => !SECTION_NAMES.test(c) && !/^https?:/.test(c));
  return (
    usable.find((c) => resemblesHost(c, pageUrl.hostname)) ??
    usable.find((c) => fingerprintText(c).length >= 4) ??
    null
  );
}

/** "Sky News" and news.sky.com, "The Verge" and theverge.com, "BBC" and bbc.co.uk. */
export function resemblesHost(name: string, host: string): boolean {
  const key = fingerprintText(name);
  if (key.length < 2) return false;
  const labels = host
    .toLowerCase()
    .replace(/^www\./, '')
    .split('.')
    .slice(0, -1)
    .map((l) => l.replace(/[^a-z0-9]/g, ''))
    .filter((l) => l.length >= 2 && !/^(com|co|org|net|gov|ac|edu|www|m|amp)$/.test(l));
  return labels.some(
    (l) => l === key || (l.length >= 3 && key.includes(l)) || (key.length >= 4 && l.includes(key)),
  );
}
