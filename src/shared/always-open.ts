import browser from 'webextension-polyfill';

/**
 * "Always open Sift on this site": the sites (origins, "https://www.bbc.com") where the reader asked
 * Sift to open by itself, in storage.local. A site counts only while the browser also grants Sift
 * access to it (the optional host permission asked for that one origin when the reader ticks the box):
 * the list says what the reader wanted, the permission whether the browser still allows it. Used by the
 * settings (to ask, list and stop) and by the background (to act on a page load).
 */
const KEY = 'alwaysOpen';

/** The origin of an http(s) address, or null for anything else (browser pages, files, data:). */
export function originOf(url: string | null | undefined): string | null {
  try {
    const u = new URL(url ?? '');
    return u.protocol === 'http:' || u.protocol === 'https:' ? `${u.protocol}//${u.hostname}` : null;
  } catch {
    return null;
  }
}

/** The host permission for one origin, any port: what is asked for, checked and given back. */
export function patternFor(origin: string): string {
  return `${origin}/*`;
}

async function wanted(): Promise<string[]> {
  try {
    const stored = (await browser.storage.local.get(KEY))[KEY];
    return Array.isArray(stored) ? stored.filter((s): s is string => originOf(s) === s) : [];
  } catch {
    return [];
  }
}

async function granted(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [patternFor(origin)] });
  } catch {
    return false;
  }
}

/** The sites where Sift opens by itself: wanted and still allowed, sorted. */
export async function alwaysOpenSites(): Promise<string[]> {
  const sites = await wanted();
  const allowed = await Promise.all(sites.map(granted));
  return sites.filter((_, i) => allowed[i]).sort((a, b) => a.localeCompare(b));
}

export async function isAlwaysOpen(origin: string): Promise<boolean> {
  return (await wanted()).includes(origin) && (await granted(origin));
}

async function setWanted(origin: string, on: boolean): Promise<void> {
  const sites = (await wanted()).filter((s) => s !== origin);
  await browser.storage.local.set({ [KEY]: on ? [...sites, origin] : sites });
}

/**
 * Asks the browser for access to this one site and, when it is given, remembers the site. Call it
 * first thing in a click handler: browsers grant a permission only from the reader's own gesture.
 * The site is written down before the answer comes, in case the browser closes the popup to ask
 * (Firefox may); a site without the permission is never acted on, and a refusal takes it off again.
 */
export async function allowAlwaysOpen(origin: string): Promise<boolean> {
  const asked = browser.permissions.request({ origins: [patternFor(origin)] });
  const noted = setWanted(origin, true);
  let ok = false;
  try {
    ok = await asked;
  } finally {
    await noted;
    if (!ok) await setWanted(origin, false);
  }
  return ok;
}

/** Stops opening by itself on the site, and gives its access back to the browser. */
export async function stopAlwaysOpen(origin: string): Promise<void> {
  await setWanted(origin, false);
  try {
    await browser.permissions.remove({ origins: [patternFor(origin)] });
  } catch {
    // Access the package itself declares (the test build's 127.0.0.1) cannot be given back; the list
    // alone then stops it.
  }
}

/** The browser took access back (its own settings): the site is off the list too. */
export async function forgetRevoked(origins: string[] | undefined): Promise<void> {
  for (const pattern of origins ?? []) {
    const origin = originOf(pattern.replace(/\/\*$/, '/'));
    if (origin) await setWanted(origin, false);
  }
}
