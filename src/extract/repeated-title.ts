import { BLOCK_TAGS } from './page-index';
import { fingerprintText } from './text';

/**
 * The headline printed again at the top of the body. The reader shows the title as the article's
 * headline; when the article's first block says the same (a quick reading of a long page keeps the
 * page's <h1>; a page whose title block Readability did not recognize), the reader would see it twice.
 * Only the first block, only when it is the title (letters and digits equal, or a heading that is the
 * title without a site's name after it), and never the article's only text.
 */
const NOT_SHOWN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** A heading that is the start of the title ("Headline" of "Headline | Site") covers this much of it. */
const TITLE_SHARE = 0.75;
const SHOW_TEXT = 4;

export function dropRepeatedTitle(content: Element, title: string): boolean {
  const wanted = fingerprintText(title);
  if (!wanted) return false;
  // Walks text from the start and stops at the first words: cheap on a page of any size.
  const walker = content.ownerDocument.createTreeWalker(content, SHOW_TEXT);
  let block: Element | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.nodeValue?.trim() || !shownIn(node, content)) continue;
    if (!block) {
      block = blockOf(node, content);
      if (!block || !isTitle(block, wanted)) return false;
      continue;
    }
    if (block.contains(node)) continue;
    // More text after it: the article is more than its title.
    block.remove();
    return true;
  }
  return false;
}

function shownIn(node: Node, content: Element): boolean {
  for (let el = node.parentElement; el && el !== content; el = el.parentElement)
    if (NOT_SHOWN.has(el.tagName.toUpperCase())) return false;
  return true;
}

/** The innermost block around the text (null when the text sits loose in the article). */
function blockOf(node: Node, content: Element): Element | null {
  for (let el = node.parentElement; el && el !== content; el = el.parentElement)
    if (BLOCK_TAGS.has(el.tagName.toUpperCase())) return el;
  return null;
}

function isTitle(block: Element, wanted: string): boolean {
  const said = fingerprintText(block.textContent ?? '');
  if (said === wanted) return true;
  return (
    HEADINGS.has(block.tagName.toUpperCase()) &&
    said.length >= wanted.length * TITLE_SHARE &&
    wanted.startsWith(said)
  );
}
