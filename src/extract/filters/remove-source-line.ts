import { SOURCE_ANCHORS, SOURCE_STATEMENTS } from '../rules/phrases';
import { ORIGINAL_ANCHORS, STATED_ORIGIN } from '../rules/source-phrases';
import { fingerprintText, resolveUrl, textOf } from '../text';
import type { Filter, FilterContext } from '../types';

/**
 * The line that carries the link to the original ("Source link" in seed 004, "Read Entire Article" in
 * 000, "cnni / 🏆 326. in US We have summarized this news … read the full text here" in 001). Its URL is
 * already the article's original source, shown prominently by the popup; the line itself is noise.
 * Only a short block around an anchor to that exact URL goes, and only when the anchor or the block
 * says it leads to the original. An origin named without a link ("Bron: ANP") is shown above the
 * article too: a block that is that line alone goes.
 */
const MAX_LINE_CHARS = 320;
const BLOCKS = new Set([
  'P',
  'LI',
  'DIV',
  'BLOCKQUOTE',
  'SECTION',
  'FOOTER',
  'ASIDE',
  'DD',
  'DT',
  'TD',
  'FIGCAPTION',
]);

/**
 * The links to the original that are a whole line of their own ("View original content: …", "元記事を
 * 読む"), not a phrase inside a longer credit: "This article is republished from The Conversation under a
 * Creative Commons license. Read the original article." stays, as its licence asks (agg-cc-republish-bio).
 */
const WHOLE_LINE_ANCHORS = ORIGINAL_ANCHORS.filter(({ pattern }) => pattern.source.startsWith('^'));

export const removeSourceLine: Filter = {
  id: 'remove-source-line',
  why: 'the line that links to the original is shown as the source link above the article instead',
  reason: 'source-line',
  stage: 'after-readability',
  apply(ctx) {
    const { root, url, source, named } = ctx;
    if (!source) {
      if (named) removeNamedLine(ctx, named);
      return;
    }
    removeCreditLine(ctx, source.name);
    for (const a of root.querySelectorAll('a[href]')) {
      if (ctx.isGone(a)) continue;
      if (resolveUrl(a.getAttribute('href') ?? '', url)?.href !== source.url) continue;
      let line: Element = a;
      // Up through inline wrappers to the line's block, then only through wrappers that add no text:
      // a short story's whole body can be under MAX_LINE_CHARS ("出典：共同通信" closing 300 characters
      // of Japanese), and it is not the line.
      while (
        line.parentElement &&
        line.parentElement !== root &&
        textOf(line.parentElement).length <= MAX_LINE_CHARS &&
        (!BLOCKS.has(line.tagName) || textOf(line.parentElement) === textOf(line))
      )
        line = line.parentElement;
      const text = textOf(line).toLowerCase();
      if (text.length > MAX_LINE_CHARS) continue;
      const says =
        [...SOURCE_ANCHORS, ...WHOLE_LINE_ANCHORS].some(
          ({ pattern }) => pattern.test(text) || pattern.test(textOf(a).toLowerCase()),
        ) || SOURCE_STATEMENTS.some((re) => re.test(text));
      const isOnlyLink = text === textOf(a).toLowerCase();
      if (says || isOnlyLink) ctx.remove(line, 'source-link');
    }
  },
};

/** Blocks that are only the line naming the origin ("Source: Reuters", "<em>Bron: ANP</em>"). */
function removeNamedLine(ctx: FilterContext, named: string): void {
  const print = fingerprintText(named);
  for (const el of ctx.root.querySelectorAll('p, div, li, footer, small, em, span')) {
    if (ctx.isGone(el) || ctx.index.size(el).chars > MAX_LINE_CHARS) continue;
    const stated = STATED_ORIGIN.exec(textOf(el))?.[1];
    if (stated && fingerprintText(stated.replace(/[.\s]+$/, '')) === print) ctx.remove(el, 'named-line');
  }
}

/** A credit line is this short at most: a name in brackets, a wire's "SOURCE" line. */
const CREDIT_LINE_CHARS = 80;

/** The origin's name alone in brackets, closing the story: "（北陸日日新聞）" (agg-ja-haishin), "(Reuters)". */
const BRACKETED = /^[(（[［]\s*(.{2,60}?)\s*[)）\]］]$/u;

/** A newswire's closing line naming who issued the release: "SOURCE Acme Robotics Inc." (capitals as the wires write it). */
const WIRE_SOURCE = /^SOURCE\s+\p{Lu}[^.!?]{1,70}\.?$/u;

/**
 * The origin's name alone in brackets closing the story, and a newswire's "SOURCE …" line: once the
 * origin is linked above the article, they say nothing more.
 */
function removeCreditLine(ctx: FilterContext, name: string): void {
  const print = fingerprintText(name);
  // Blocks only: "LONDON <span>(Reuters)</span> - …" opens a paragraph of the story.
  for (const el of ctx.root.querySelectorAll('p, div')) {
    if (ctx.isGone(el) || ctx.index.size(el).chars > CREDIT_LINE_CHARS) continue;
    const text = textOf(el);
    const inner = BRACKETED.exec(text)?.[1];
    if (inner && fingerprintText(inner) === print) ctx.remove(el, 'credit-line');
    else if (WIRE_SOURCE.test(text)) ctx.remove(el, 'wire-source-line');
  }
}
