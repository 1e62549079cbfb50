// The author named at the end of the story, when nothing near the headline names one: the "Written by"
// line or the author's box under the article.
import { collapse } from '../text';
import { splitNames } from './names';
import { ELSEWHERE, NOT_THE_STORY, within } from './near-headline';
import { HIDDEN_TAGS } from './visible-text';

/**
 * "Written by", "This post was written by", "Article by", a heading "Author" (WCXB 4079): the name
 * follows, in the text or the next.
 */
const WRITTEN_BY =
  /^(?:(?:this|the) (?:post|article|story|piece|blog post|guide) (?:was|is) (?:written|authored|contributed) by|written by|article by|authored by|posted by|authors?(?=\s*[:：]|\s*$))\s*[:：]?\s*/i;
/** An author's box: the name, then the bio that opens with it ("Lauren Vetter is a growth-focused…"). */
const AUTHOR_BOX = /(author|bio|writer|byline)/i;

/**
 * The writer a page names below its story: a text that opens with "Written by" / "This post was written
 * by" (WCXB 0222, 4095, 2381, 4574, 0452 "Posted by David at …"), or, in an element whose class says it
 * is the author's box, a name followed by a bio that starts with the same name (WCXB 0306). Comments,
 * side columns, lists of other stories and the page's header and footer are passed over, except a kind
 * of container the headline itself stands in (page builders put every block in a "widget"). Last, a
 * link the story marks rel=author.
 */
export function closingByline(doc: Document, headline: Element | null): string | null {
  const body = doc.body;
  if (!body) return null;
  const skip = `${ELSEWHERE}, ${NOT_THE_STORY}, header`
    .split(/,\s*/)
    .filter((part) => !headline?.closest(part))
    .join(', ');
  const texts: Text[] = [];
  const walker = doc.createTreeWalker(body, 4);
  for (let n = walker.nextNode(), i = 0; n && i < 20_000; n = walker.nextNode(), i++) {
    const v = n.nodeValue ?? '';
    if (v.trim() === '' || v.length > 300) continue;
    const p = n.parentElement;
    if (!p || HIDDEN_TAGS.has(p.tagName)) continue;
    texts.push(n as Text);
  }
  const outside = (t: Text) => {
    const p = t.parentElement;
    return !p || within(p, skip);
  };
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i] as Text;
    const own = collapse(t.nodeValue ?? '');
    const label = WRITTEN_BY.exec(own);
    if (label) {
      if (outside(t)) continue;
      const rest = own.slice(label[0].length) || collapse(texts[i + 1]?.nodeValue ?? '');
      const name = splitNames(rest, false)[0];
      if (name) return name;
      continue;
    }
    const next = collapse(texts[i + 1]?.nodeValue ?? '');
    if (own.length > 60 || !next.startsWith(`${own} `)) continue;
    if (!/^(?:is|was|has|writes|works|holds|brings|serves|leads)\b/.test(next.slice(own.length + 1)))
      continue;
    const box = t.parentElement?.closest('[class]');
    let marked = false;
    for (let e = box; e && e !== body; e = e.parentElement)
      if (AUTHOR_BOX.test(e.getAttribute('class') ?? '') && !/comment/i.test(e.getAttribute('class') ?? '')) {
        marked = true;
        break;
      }
    if (!marked || outside(t)) continue;
    const name = splitNames(own, false)[0];
    if (name) return name;
  }
  // A link the story marks as its author's, past the texts read next to the headline: a long standfirst
  // ends those before the byline under it (WCXB 4370).
  for (const a of body.querySelectorAll('a[rel~="author"]')) {
    if (within(a, skip)) continue;
    const name = splitNames(collapse(a.textContent ?? ''), true)[0];
    if (name) return name;
  }
  return null;
}
