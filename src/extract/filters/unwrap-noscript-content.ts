import { listOf, unwrap } from '../nodes';
import { lettersOutside } from '../text';
import type { Filter } from '../types';

/**
 * Pages built by scripts print what a reader came for inside `<noscript>`, for crawlers and readers
 * without scripts: Discourse forums put the whole thread there (each post, its author and date) while
 * the page itself is an empty shell and a splash screen. A browser with scripts on parses that as text
 * and shows the app instead; a page read without scripts (a saved page, the command line, WCXB's
 * snapshots) has it as elements, and Readability drops every `<noscript>`: 17 WCXB forum threads
 * (0501-0512, 0554, 0557, 1069, 1126, 1591, 1764, 1976) gave "no article".
 *
 * When `<noscript>` elements hold more text than the rest of the page a reader sees, they are the page:
 * their content takes their place. The small ones of an ordinary page (a tracking pixel, an image for
 * readers without scripts, "Please turn on JavaScript") are left to Readability. In the extension,
 * where the page ran its scripts, a `<noscript>` holds only text and this step changes nothing.
 */
const MIN_LETTERS = 200;
const HIDDEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export const unwrapNoscriptContent: Filter = {
  id: 'unwrap-noscript-content',
  why: 'a page built by scripts prints its content inside <noscript>, which Readability drops',
  reason: 'duplicate',
  stage: 'before-readability',
  apply(ctx) {
    const body = ctx.doc.body;
    if (!body) return;
    const holders = listOf(body.getElementsByTagName('noscript')).filter(
      (el) => el.firstElementChild !== null && !el.parentElement?.closest('noscript'),
    );
    if (holders.length === 0) return;
    const inside = holders.map((el) => lettersOutside(el, HIDDEN));
    const held = inside.reduce((sum, n) => sum + (n >= MIN_LETTERS ? n : 0), 0);
    if (held === 0 || held <= lettersOutside(body, HIDDEN)) return;
    ctx.reshaped();
    holders.forEach((el, i) => {
      if ((inside[i] ?? 0) >= MIN_LETTERS) unwrap(el);
    });
  },
};
