import { removeBlock } from '../removal';
import { SHARE_LINES } from '../rules/phrases';
import { measure, sizeOf } from '../text';
import type { Filter, Removal } from '../types';
import { matchesAny, shortBlocks } from './lines';

/**
 * Share bars and counters: "74 SHARES", "1.2k VIEWS", "Share on FacebookShare on Twitter",
 * "Share30Tweet19" (seed 000), "Visited 1 times, 1 visit(s) today" (seed 004). Found two ways: a short
 * block whose whole text is a counter or share label, and a group of links that all go to share
 * endpoints of social networks, whatever their text or icons.
 */
const SHARE_ENDPOINT =
  /^https?:\/\/([a-z0-9-]+\.)*(facebook\.com\/(sharer|share|dialog)|twitter\.com\/(intent|share)|x\.com\/intent|linkedin\.com\/(share|sharing|shareArticle)|pinterest\.[a-z.]+\/pin\/create|reddit\.com\/submit|t\.me\/share|telegram\.me\/share|api\.whatsapp\.com\/send|wa\.me\/|tumblr\.com\/(share|widgets)|vk\.com\/share|bsky\.app\/intent)/i;

export function isShareLink(href: string): boolean {
  return SHARE_ENDPOINT.test(href) || /^(mailto:\?|whatsapp:\/\/send|sms:)/i.test(href);
}

export const removeShareWidgets: Filter = {
  id: 'remove-share-widgets',
  reason: 'share buttons and counters',
  stage: 'before-readability',
  apply({ root }) {
    const removals: Removal[] = [];
    // One size pass serves both loops: removals only make blocks smaller.
    const sizes = measure(root);
    for (const { el, text } of shortBlocks(root, 80, sizes)) {
      if (matchesAny(text, SHARE_LINES)) removeBlock(el, this, removals);
    }
    for (const el of root.querySelectorAll('ul, ol, div, section, aside, nav, p, span')) {
      const size = sizeOf(sizes, el);
      if (size.links < 2 || size.chars >= 300 || !root.contains(el)) continue;
      const links = [...el.querySelectorAll('a[href]')];
      if (links.length < 2) continue;
      if (
        links.every((a) => isShareLink(a.getAttribute('href') ?? '')) &&
        (el.textContent ?? '').length < 300
      )
        removeBlock(el, this, removals);
    }
    return removals;
  },
};
