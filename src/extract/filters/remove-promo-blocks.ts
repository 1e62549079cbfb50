import type { PageIndex } from '../page-index';
import { PROMO_LINES, TRUST_HEADINGS } from '../rules/phrases';
import { collapse } from '../text';
import type { Filter, FilterContext } from '../types';
import { matchesAny, phraseTest, trimAround } from './lines';
import { isRelatedHeading } from './remove-related-lists';

/**
 * Promotions and notices that Readability keeps inside the story, found on the WCXB pages rather than
 * on the seeds: calls to action ("Subscribe", "Get a quote", "Join … to unlock"), newsletter boxes,
 * attribution and affiliate lines ("This story originally appeared in …", "Disclosure: … commission"),
 * cookie notices, comment headings ("12 Comments"), share labels, "Sponsored", "Related video: …", tag
 * and category lines, and a heading for other stories ("You might like") left alone once its list is
 * gone. Each block's whole text must match (PROMO_LINES), so prose that mentions the words stays.
 * Unlike remove-boilerplate-lines it looks inside a short container too: "Subscribe" next to "Sign in"
 * is two blocks, each tested on its own.
 */
const MAX_CHARS = 400;
/** A heading for other stories is removed alone only when it is a real label, not "More" or "Top". */
const MIN_HEADING_CHARS = 8;

/** Inside a `<figcaption>` that says more than this element. */
function partOfCaption(el: Element, letters: number, index: PageIndex): boolean {
  const caption = el.closest('figcaption');
  return !!caption && caption !== el && index.size(caption).letters > letters;
}

export const removePromoBlocks: Filter = {
  id: 'remove-promo-blocks',
  why: 'calls to action, newsletter and cookie notices, affiliate and attribution lines are not the story',
  reason: 'boilerplate',
  stage: 'after-readability',
  apply(ctx) {
    const { index, root } = ctx;
    const isPromo = phraseTest(PROMO_LINES);
    /** Each text's bare form, once: a block and its wrappers have the same text. */
    const bared = new Map<string, string>();
    for (const el of index.elements()) {
      if (el === root) continue;
      // The sizes before the DOM's ancestor test: most elements are empty or far too long.
      const size = index.size(el);
      if (size.letters === 0 || size.chars > MAX_CHARS * 2 || ctx.isGone(el)) continue;
      const collapsed = collapse(el.textContent ?? '');
      let text = bared.get(collapsed);
      if (text === undefined) {
        text = bare(collapsed);
        bared.set(collapsed, text);
      }
      if (!text || text.length > MAX_CHARS) continue;
      if (isPromo(text)) {
        // A credit that is a part of a picture's caption ("The north quay at dawn. <small>Photo: Port
        // Authority</small>") stays with it; a caption that is only the credit goes.
        if (partOfCaption(el, size.letters, index)) continue;
        ctx.remove(el, 'promo-line');
      } else if (
        text.length >= MIN_HEADING_CHARS &&
        text.length <= 60 &&
        /^H[1-6]$/.test(el.tagName.toUpperCase()) &&
        isRelatedHeading(text)
      )
        ctx.remove(el, 'orphan-related-heading', 'other-stories', { heading: text });
    }
    // The site's note on who wrote the guide and why to trust it, under its own heading (WCXB 4014, 4430).
    for (const h of root.querySelectorAll('h2, h3, h4, h5, h6'))
      if (!ctx.isGone(h) && matchesAny(bare(collapse(h.textContent ?? '')), TRUST_HEADINGS))
        removeSection(ctx, h);
    // A link that jumps down the page ("JUMP TO THE LIST ⤵", WCXB 1837) is a control, even inside a sentence.
    for (const a of root.querySelectorAll('a[href^="#"]'))
      if (!ctx.isGone(a) && JUMP_LINK.test(bare(collapse(a.textContent ?? '')).toLowerCase()))
        ctx.remove(a, 'jump-link');
    // A heading that ends the article, with no text and no picture after it, introduces nothing: what it
    // headed was removed or left out.
    for (let h = lastHeading(root); h && !mediaAfter(h, root); h = lastHeading(root))
      if (!ctx.remove(h, 'orphan-heading')) break;
  },
};

/** A trust note longer than this is more than a note: it stays. */
const MAX_SECTION = 1200;

/** The heading and the blocks after it up to the next heading of its rank or higher, when they are short. */
function removeSection(ctx: FilterContext, heading: Element): void {
  const rank = Number(heading.tagName[1]);
  const section: Element[] = [];
  let chars = 0;
  for (let el = heading.nextElementSibling; el; el = el.nextElementSibling) {
    const h = /^H([1-6])$/.exec(el.tagName.toUpperCase());
    if (h && Number(h[1]) <= rank) break;
    if (el.querySelector('h1, h2, h3, h4, h5, h6')) break;
    chars += collapse(el.textContent ?? '').length;
    if (chars > MAX_SECTION) return;
    section.push(el);
  }
  ctx.remove(heading, 'trust-note');
  for (const el of section) ctx.remove(el, 'trust-note');
}

const JUMP_LINK = /^(jump|skip|go|scroll) (down )?to (the )?[a-z]+( [a-z]+)?$/;

/**
 * The text without the pictographs and arrows around it ("🚀 Sign up for The Replay newsletter", WCXB 0390;
 * "↑ Back to Top", 0461): they decorate a label, they do not make it prose. A label may open with a
 * letter, a digit or one of OPENS, and end with a letter, a digit or one of ENDS.
 */
export function bare(text: string): string {
  return trimAround(text, OPENS, ENDS);
}

const OPENS = new Set(['©', '(', '#', '$', '€', '£', '-']);
const ENDS = new Set(['.', '!', '?', ')', '%', '-']);

/** A section label ("More summaries", "Post navigation"), not a title. */
const MAX_ORPHAN_WORDS = 6;

const MEDIA = 'img, picture, video, audio, iframe, object, embed, svg, canvas, table, pre, math';

/** Whether a picture, table or other content without text follows el in the article. */
function mediaAfter(el: Element, root: Element): boolean {
  for (const m of root.querySelectorAll(MEDIA))
    if (el.compareDocumentPosition(m) & 4 /* DOCUMENT_POSITION_FOLLOWING */ && !el.contains(m)) return true;
  return false;
}

/** The heading that holds the article's last words, if the last words are a heading's. */
function lastHeading(root: Element): Element | null {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  walker.lastChild();
  for (let node: Node | null = walker.currentNode; node && node !== root; node = walker.previousNode())
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim() !== '') {
      const h = node.parentElement?.closest('h1, h2, h3, h4, h5, h6') ?? null;
      if (!h || h === root || !root.contains(h)) return null;
      // A heading styled as a list item is an item, not a section's title (WCXB 4113); a long one
      // titles something the page moved elsewhere (a contact box, WCXB 4262, 4701): both stay.
      if (h.closest('li') || collapse(h.textContent ?? '').split(' ').length > MAX_ORPHAN_WORDS) return null;
      return h;
    }
  return null;
}
