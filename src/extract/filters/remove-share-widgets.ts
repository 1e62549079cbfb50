import { SHARE_LINES } from '../rules/phrases';
import type { Filter } from '../types';
import { elementsOf, phraseTest, shortBlocks } from './lines';

/**
 * Share bars and counters: "74 SHARES", "1.2k VIEWS", "Share on FacebookShare on Twitter",
 * "Share30Tweet19" (seed 000), "Visited 1 times, 1 visit(s) today" (seed 004). Found two ways: a short
 * block whose whole text is a counter or share label, and a group of links that all go to share
 * endpoints of social networks, whatever their text or icons.
 */
const SHARE_ENDPOINT =
  /^https?:\/\/([a-z0-9-]+\.)*(facebook\.com\/(sharer|share|dialog)|twitter\.com\/(intent|share)|x\.com\/intent|linkedin\.com\/(share|sharing|shareArticle)|pinterest\.[a-z.]+\/pin\/create|reddit\.com\/submit|t\.me\/share|telegram\.me\/share|api\.whatsapp\.com\/send|wa\.me\/|tumblr\.com\/(share|widgets)|vk\.com\/share|bsky\.app\/intent)/i;

const GROUPS = new Set(['UL', 'OL', 'DIV', 'SECTION', 'ASIDE', 'NAV', 'P', 'SPAN']);
const MAX_GROUP_CHARS = 300;

export function isShareLink(href: string): boolean {
  return SHARE_ENDPOINT.test(href) || /^(mailto:\?|whatsapp:\/\/send|sms:)/i.test(href);
}

export const removeShareWidgets: Filter = {
  id: 'remove-share-widgets',
  why: 'share buttons and counters are not part of the story',
  reason: 'share-buttons',
  stage: 'before-readability',
  apply(ctx) {
    // A page prints the same labels many times ("Share", "Tweet" under each post): each text is tested once.
    const isShareLine = phraseTest(SHARE_LINES);
    for (const { el, text } of shortBlocks(ctx, 80)) if (isShareLine(text)) ctx.remove(el, 'share-label');
    // The sizes first: most blocks are too long or hold no links, and are never looked up in the DOM.
    const small = (el: Element) => {
      const size = ctx.index.size(el);
      return size.links >= 2 && size.chars < MAX_GROUP_CHARS;
    };
    for (const el of elementsOf(ctx, GROUPS, small)) {
      const links = el.querySelectorAll('a[href]');
      if (links.length >= 2 && everyShareLink(links)) ctx.remove(el, 'share-endpoints');
    }
  },
};

function everyShareLink(links: NodeListOf<Element>): boolean {
  for (const a of links) if (!isShareLink(a.getAttribute('href') ?? '')) return false;
  return true;
}
