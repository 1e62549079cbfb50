import { collapse, siteOf } from '../text';
import type { Filter } from '../types';
import { lower } from './lines';

/**
 * The site speaking about itself at the end of a post: "Council for Relationships is a nonprofit
 * organization …" (WCXB 0156), "Facet is a national SEC-registered investment advisor …" (4067), "Infuy is
 * an international technology leader …" (0330), "emit digital ist eine Webagentur …" (4367), "Five Books
 * aims to keep its book recommendations … up to date" (4371), "Note from Healthy For Life Meals: …"
 * (4126), "Follow Hardtail Canada" (4640). The site is recognized by its own host name, not by a list of
 * sites: a block that opens with the name the page is served under, followed by what a company says of
 * itself, in the last lines of the article. A story that names the site in its last paragraph in any
 * other way stays.
 */
const MAX_CHARS = 1000;
/**
 * The note closes the article: what follows it is no story (no heading, no sentence of over SHORT_LINE
 * characters: "Conclusion" after "OS-System is a trusted software development partner", WCXB 0257, and
 * a FAQ after "Sumissura is dedicated to sustainability", 4110, are the story), at most MAX_AFTER
 * characters, and goes with it ("Sie suchen: Werbeagentur Düsseldorf / …", 4367).
 */
const MAX_AFTER = 1500;
const SHORT_LINE = 120;
/** A host label shorter than this is a word of prose too often ("ft", "nyt"). */
const MIN_NAME = 4;

/**
 * Words that open the note before the name: "Note from …", "Follow …". Not "About …": a press release's
 * "About Georgetown University Medical Center" is part of it (WCXB 4557).
 */
const LEAD = /^(a )?(note|message|word) from |^follow /;
/**
 * What follows the name in a company's sentence about itself. Not "helps", "is one of", "is dedicated
 * to": a company blog's pitch in its own story says so ("Embarque helps blockchain brands …", WCXB 0019;
 * "Giordano's is one of the top catering companies …", 0202).
 */
const SELF =
  /^(,? (inc|llc|ltd|gmbh|co)\.?,?)? (is (a|an|the)|was (founded|established|started)|aims|publishes|specializes|ist (ein|eine|der|die|das)|est (un|une|le|la)|es (un|una|el|la)|[eè] (un|una|il|la))\b/;

export const removePublisherNotes: Filter = {
  id: 'remove-publisher-notes',
  why: 'the site describing or promoting itself after the story is not the story',
  reason: 'boilerplate',
  stage: 'after-readability',
  apply(ctx) {
    const names = siteNames(ctx.url);
    if (names.length === 0) return;
    const { root, index } = ctx;
    const total = index.size(root).chars;
    let after = 0;
    // From the end of the article backwards, over the last blocks only.
    const blocks = index.leafBlocks();
    for (let i = blocks.length - 1; i >= 0 && after <= MAX_AFTER; i--) {
      const el = blocks[i] as Element;
      if (ctx.isGone(el)) continue;
      const text = collapse(el.textContent ?? '');
      const box = noteBox(el, text, names, root);
      if (box && index.size(box).chars + after < total / 2) {
        const trailing = blocks.slice(i + 1).filter((b) => !ctx.isGone(b) && !box.contains(b));
        ctx.remove(box, 'publisher-note');
        for (const b of trailing) ctx.remove(b, 'after-publisher-note');
        return;
      }
      if (
        /^H[1-6]$/.test(el.tagName.toUpperCase()) ||
        (text.length > SHORT_LINE && /[.!?]["”’)]?$/.test(text))
      )
        return;
      after += text.length;
    }
  },
};

/** The element to remove when el's text is the site's note about itself, else null. */
function noteBox(el: Element, text: string, names: readonly string[], root: Element): Element | null {
  if (!text || text.length > MAX_CHARS) return null;
  const t = lower(text);
  const lead = LEAD.exec(t)?.[0] ?? '';
  const follow = lead === 'follow ';
  const said = (rest: string) => (follow ? rest.split(' ').length <= 3 : lead !== '' || SELF.test(rest));
  if (!afterName(t.slice(lead.length), names).some(said)) return null;
  // A short label over the note ("About Facet") goes with it: the smallest wrapper of both.
  let box = el;
  const parent = el.parentElement;
  if (parent && parent !== root && collapse(parent.textContent ?? '').length <= text.length + 60)
    box = parent;
  return box;
}

/** The text after the site's name, for each way the text opens with one (spaces and case aside). */
function afterName(t: string, names: readonly string[]): string[] {
  const words = t.split(' ');
  const rests: string[] = [];
  let squashed = '';
  for (let i = 0; i < words.length && i < 6; i++) {
    squashed += (words[i] as string).replace(/[^\p{L}\p{N}]/gu, '');
    if (names.includes(squashed)) rests.push(` ${words.slice(i + 1).join(' ')}`);
    if (!names.some((n) => n.startsWith(squashed))) break;
  }
  return rests;
}

/**
 * The names a site goes by in its host: "councilforrelationships" for www.councilforrelationships.org,
 * "emit" and "emitdigital" for emit.digital, "fivebooks" for fivebooks.com.
 */
export function siteNames(url: URL): string[] {
  const labels = siteOf(url.hostname.toLowerCase()).split('.');
  if (labels.length < 2) return [];
  const name = labels[0] as string;
  const names = [
    name.replace(/[^a-z0-9]/g, ''),
    `${name}${labels[labels.length - 1]}`.replace(/[^a-z0-9]/g, ''),
  ];
  return names.filter((n) => n.length >= MIN_NAME);
}
