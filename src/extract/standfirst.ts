import { fingerprintText, measure, sizeOf, textOf } from './text';

/**
 * The standfirst: the one-sentence summary printed above the story, which is also the page's meta
 * description (seeds 001 and 002). Readability often leaves it out because it sits in a heading outside
 * the body. When the page shows the description as its own block and the article lacks it, it is put
 * back at the top as a paragraph.
 */
const MIN_CHARS = 60;
const CANDIDATES = 'h2, h3, h4, p, div, span, strong, em';

export function restoreStandfirst(page: Document, content: Element, description: string | null): boolean {
  if (!description || description.length < MIN_CHARS) return false;
  const wanted = fingerprintText(description);
  if (fingerprintText(content.textContent ?? '').includes(wanted)) return false;
  if (!page.body) return false;
  const sizes = measure(page.body);
  for (const el of page.body.querySelectorAll(CANDIDATES)) {
    const chars = sizeOf(sizes, el).chars;
    if (chars < description.length * 0.9 || chars > description.length * 1.2 + 40) continue;
    const text = el.textContent ?? '';
    if (fingerprintText(text) !== wanted) continue;
    const p = content.ownerDocument.createElement('p');
    p.textContent = textOf(el);
    (content.firstElementChild ?? content).prepend(p);
    return true;
  }
  return false;
}
