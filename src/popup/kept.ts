import browser from 'webextension-polyfill';

/**
 * Blocks the reader put back, remembered per site in storage.local ("kept:" + hostname): each is the
 * removal's key (given back to the engine in `keep`) and its preview (to list it in the settings).
 */
export interface KeptBlock {
  key: string;
  preview: string;
}

const PREFIX = 'kept:';

export function siteOf(url: string | null | undefined): string | null {
  try {
    const u = new URL(url ?? '');
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}

function isKept(x: unknown): x is KeptBlock {
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof (x as KeptBlock).key === 'string' &&
    typeof (x as KeptBlock).preview === 'string'
  );
}

export async function keptFor(site: string | null): Promise<KeptBlock[]> {
  if (!site) return [];
  try {
    const stored = (await browser.storage.local.get(PREFIX + site))[PREFIX + site];
    return Array.isArray(stored) ? stored.filter(isKept) : [];
  } catch {
    return [];
  }
}

/** Remembers a block for the site (once). */
export async function rememberKept(site: string, block: KeptBlock): Promise<KeptBlock[]> {
  const list = await keptFor(site);
  const next = list.some((b) => b.key === block.key) ? list : [...list, block];
  await browser.storage.local.set({ [PREFIX + site]: next });
  return next;
}

/** Every site with remembered blocks, sorted by name. */
export async function allKept(): Promise<[string, KeptBlock[]][]> {
  try {
    const all = await browser.storage.local.get(null);
    return Object.entries(all)
      .filter(([k, v]) => k.startsWith(PREFIX) && Array.isArray(v) && v.length > 0)
      .map(([k, v]) => [k.slice(PREFIX.length), (v as unknown[]).filter(isKept)] as [string, KeptBlock[]])
      .sort((a, b) => a[0].localeCompare(b[0]));
  } catch {
    return [];
  }
}

export async function forgetKept(site: string): Promise<void> {
  await browser.storage.local.remove(PREFIX + site);
}
