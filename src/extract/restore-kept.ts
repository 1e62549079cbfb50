import { absolutize } from './absolute-urls';
import { moveChildren } from './nodes';
import { BLOCK_TAGS, type PageIndex } from './page-index';
import { fingerprintText } from './text';

/**
 * Blocks the reader put back (`keep`). The filters spare a kept block, but Readability then leaves out
 * what it judges not to be prose: a list of links ("Related stories"), a row of share buttons. Each
 * kept block missing from the article is cloned from the page and put where the page had it relative
 * to the article's own blocks: after the nearest block before it that the article holds, else before
 * the nearest one after it. A block with no such neighbour stays out (the reader is told the article
 * leaves it out). The clone is sanitized with the rest of the article by the `sanitize` step.
 *
 * `page` is the index of the untouched page (keys are the same fingerprints removals carry), `article`
 * the index of the article (possibly measured before the filters after Readability removed some of it).
 */

/** Below this many letters, a text found inside the article's text proves nothing ("Share"). */
const MIN_CONTAINED_LETTERS = 40;
/** A neighbour this short ("Advertisement", a date) can be printed anywhere: it does not place a block. */
const MIN_ANCHOR_LETTERS = 20;
/** Containers a block can stand in beside a paragraph; inside anything else (a list, a quote) the anchor moves up. */
const FLOW = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'BODY']);

export function restoreKept(page: PageIndex, article: PageIndex, keep: ReadonlySet<string>): number {
  const content = article.root;
  const attached = (el: Element) => el === content || content.contains(el);
  let articlePrint: string | null = null;
  const blocks: Element[] = [];
  for (const key of keep) {
    if (!key || article.withKey(key).some(attached)) continue;
    // The first copy the page prints, outermost: a wrapper with the same text is the same block.
    const block = page.withKey(key)[0];
    if (!block || block === page.root) continue;
    if (page.size(block).letters >= MIN_CONTAINED_LETTERS) {
      articlePrint ??= fingerprintText(content.textContent ?? '');
      if (articlePrint.includes(fingerprintText(block.textContent ?? ''))) continue;
    }
    blocks.push(block);
  }
  // In the page's order, so that a heading put back is followed by its list put back.
  const order = page.elements();
  const at = new Map<Element, number>();
  for (const block of blocks) at.set(block, order.indexOf(block));
  blocks.sort((a, b) => (at.get(a) ?? 0) - (at.get(b) ?? 0));
  const clones = new Map<Element, Element>();
  const base = page.root.ownerDocument.baseURI;
  for (const block of blocks) {
    // A block inside one already put back is already there.
    if ([...clones.keys()].some((r) => r.contains(block))) continue;
    const place = placeOf(block, at.get(block) ?? -1, page, article, attached, clones);
    if (!place) continue;
    const clone = asParagraph(content.ownerDocument.importNode(block, true));
    absolutize(clone, base);
    if (place.where === 'after') place.anchor.after(clone);
    else place.anchor.before(clone);
    clones.set(block, clone);
  }
  return clones.size;
}

type Place = { anchor: Element; where: 'after' | 'before' };

/**
 * Where the block goes: beside the nearest block around it in the page that the article holds (or that
 * was just put back).
 */
function placeOf(
  block: Element,
  at: number,
  page: PageIndex,
  article: PageIndex,
  attached: (el: Element) => boolean,
  clones: ReadonlyMap<Element, Element>,
): Place | null {
  if (at < 0) return null;
  const order = page.elements();
  const leaves = new Set(page.leafBlocks());
  const held = (el: Element): Element | null => {
    const clone = clones.get(el);
    if (clone) return clone;
    if (!leaves.has(el) || page.size(el).letters < MIN_ANCHOR_LETTERS) return null;
    const copies = article.withKey(page.key(el)).filter(attached);
    // The innermost copy: a wrapper with the same text is not the paragraph itself.
    const copy = copies[copies.length - 1];
    return copy ? standingBlock(copy, article.root) : null;
  };
  // Before it in document order, skipping its own ancestors.
  for (let i = at - 1; i >= 0; i--) {
    const el = order[i] as Element;
    if (el.contains(block)) continue;
    const anchor = held(el);
    if (anchor) return { anchor, where: 'after' };
  }
  for (let i = at + 1; i < order.length; i++) {
    const el = order[i] as Element;
    if (block.contains(el)) continue;
    const anchor = held(el);
    if (anchor) return { anchor, where: 'before' };
  }
  return null;
}

/**
 * The element to stand beside in the article: the block itself, or the list, quote or table that holds
 * it (restore-kept and restore-sections put blocks back beside it).
 */
export function standingBlock(el: Element, root: Element): Element | null {
  let node = el;
  while (
    node.parentElement &&
    node.parentElement !== root &&
    !FLOW.has(node.parentElement.tagName.toUpperCase())
  )
    node = node.parentElement;
  return node === root ? null : node;
}

/**
 * A div of inline content (a row of share links) as a paragraph, as Readability turns such divs in the
 * article into paragraphs: it then takes a paragraph's spacing in the reader.
 */
function asParagraph(el: Element): Element {
  if (el.tagName.toUpperCase() !== 'DIV') return el;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling)
    if (BLOCK_TAGS.has(child.tagName.toUpperCase())) return el;
  const p = el.ownerDocument.createElement('p');
  moveChildren(el, p);
  return p;
}
