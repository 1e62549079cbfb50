/**
 * Links and images as the page resolved them. Readability makes the article's addresses absolute and
 * the sanitizer keeps only absolute ones (`https:`, `mailto:`, `#`), so markup that did not pass through
 * Readability (a block put back by restore-kept) needs this, or its links and images are lost. An
 * address that cannot be resolved is dropped; `#fragment` links stay as they are.
 */
export function absolutize(root: Element, base: string): void {
  const resolve = (value: string): string | null => {
    try {
      return new URL(value, base).href;
    } catch {
      return null;
    }
  };
  for (const el of [root, ...root.querySelectorAll('[href], [src], [srcset]')]) {
    for (const name of ['href', 'src']) {
      const value = el.getAttribute(name);
      if (value === null || value.startsWith('#')) continue;
      const url = resolve(value.trim());
      if (url) el.setAttribute(name, url);
      else el.removeAttribute(name);
    }
    const srcset = el.getAttribute('srcset');
    if (srcset !== null)
      el.setAttribute(
        'srcset',
        srcset
          .split(',')
          .map((part) => {
            const [url = '', ...rest] = part.trim().split(/\s+/);
            const abs = url ? resolve(url) : null;
            return abs ? [abs, ...rest].join(' ') : '';
          })
          .filter(Boolean)
          .join(', '),
      );
  }
}
