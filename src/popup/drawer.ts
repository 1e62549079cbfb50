import { fingerprintText } from '../extract/text';
import type { ReasonCode, Removal } from '../extract/types';
import { formatNumber, pluralKey, t, uiDir, uiLocale } from '../shared/i18n';
import { reasonWords, removalMessage } from '../shared/words';
import { h, say } from './dom';

/**
 * "N blocks hidden", a reader's tool: each distinct block once (a teaser printed 18 times is one
 * block), grouped by the reason a reader understands, largest group first. "Show" puts the block's
 * words in the article where the page had them, marked and scrolled to; "Put back" (when the page's
 * site can remember it) keeps it in the article on that site from now on.
 */
export interface DrawerActions {
  putBack?: (removal: Removal) => void;
}

export function buildDrawer(removals: Removal[], body: HTMLElement, actions: DrawerActions = {}) {
  const groups = new Map<ReasonCode, Map<string, Removal>>();
  const seen = new Set<string>();
  for (const r of removals) {
    const id = r.key || r.preview;
    if (seen.has(id)) continue;
    seen.add(id);
    const group = groups.get(r.reason) ?? new Map<string, Removal>();
    groups.set(r.reason, group);
    group.set(id, r);
  }
  const n = [...groups.values()].reduce((sum, g) => sum + g.size, 0);
  if (n === 0) return null;
  const list = h('ul', { class: 'groups' });
  let i = 0;
  for (const [reason, blocks] of [...groups].sort((a, b) => b[1].size - a[1].size)) {
    const items = h('ul', {});
    for (const r of blocks.values()) items.append(drawerItem(r, `hidden-${++i}`, body, actions));
    list.append(
      h(
        'li',
        {},
        h('strong', {}, `${reasonWords(reason)} · `, h('bdi', {}, formatNumber(blocks.size))),
        items,
      ),
    );
  }
  return h(
    'details',
    { id: 'removals', class: 'removals', lang: uiLocale(), dir: uiDir() },
    h('summary', {}, say(pluralKey('blocksHidden', n), n)),
    list,
  );
}

function drawerItem(r: Removal, id: string, body: HTMLElement, actions: DrawerActions): HTMLElement {
  // Every item has the same buttons: each is described by its block's first words.
  const described = { 'aria-describedby': `${id}-preview` };
  const show = h(
    'button',
    { type: 'button', class: 'show', 'aria-pressed': 'false', ...described },
    t('showInPlace'),
  );
  const putBack = actions.putBack ? putBackButton(r, actions.putBack, described) : null;
  let shown: HTMLElement | null = null;
  const hide = () => {
    shown?.remove();
    shown = null;
    show.setAttribute('aria-pressed', 'false');
  };
  show.addEventListener('click', () => {
    if (shown) {
      hide();
      return;
    }
    const back = h('button', { type: 'button', class: 'hide' }, t('hideAgain'));
    back.addEventListener('click', () => {
      hide();
      show.focus();
    });
    shown = h(
      'aside',
      { id, class: 'shown-block', tabindex: '-1', 'aria-label': t('shownLabel', reasonWords(r.reason)) },
      h(
        'p',
        { class: 'shown-why ui-line', lang: uiLocale(), dir: uiDir() },
        say('shownLabel', reasonWords(r.reason)),
      ),
      h('p', { class: 'shown-text', dir: 'auto' }, r.preview),
      h(
        'p',
        { class: 'shown-actions', lang: uiLocale(), dir: uiDir() },
        actions.putBack ? putBackButton(r, actions.putBack) : null,
        back,
      ),
    );
    placeAt(body, r.after, shown);
    show.setAttribute('aria-pressed', 'true');
    shown.scrollIntoView?.({ block: 'center' });
    shown.focus({ preventScroll: true });
  });
  return h(
    'li',
    { class: 'hidden-block' },
    h('span', { id: `${id}-preview`, class: 'preview', dir: 'auto' }, r.preview),
    h('span', { class: 'why' }, say(...removalMessage(r.reason, r.data))),
    h('span', { class: 'item-actions' }, show, putBack),
  );
}

function putBackButton(
  r: Removal,
  run: (r: Removal) => void,
  attrs: Record<string, string> = {},
): HTMLButtonElement {
  const button = h(
    'button',
    { type: 'button', class: 'put-back', title: t('putBackTitle'), ...attrs },
    t('putBack'),
  );
  button.addEventListener('click', () => run(r));
  return button;
}

const BLOCKS = new Set([
  'P',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'FIGURE',
  'TABLE',
  'PRE',
  'DIV',
  'SECTION',
  'UL',
  'OL',
  'DL',
  'ASIDE',
]);

/**
 * The block of the article whose text starts as `start` does (a removal's `after`, or a kept block's
 * preview): the first such element, then its innermost descendant that still starts so, then the
 * nearest block around it (a paragraph, not the article's wrapper that happens to start the same).
 */
export function findByStart(body: HTMLElement, start: string): HTMLElement | null {
  const want = fingerprintText(start).slice(0, 40);
  if (want.length < 4) return null;
  const starts = (el: Element) => fingerprintText(el.textContent ?? '').startsWith(want);
  let found = [...body.querySelectorAll<HTMLElement>('*')].find(starts);
  if (!found) return null;
  for (let inner = [...found.children].find(starts); inner; inner = [...found.children].find(starts))
    found = inner as HTMLElement;
  while (!BLOCKS.has(found.tagName) && found.parentElement && found.parentElement !== body)
    found = found.parentElement;
  return found;
}

/** Puts `block` where the page had it: after the text before it, or first when nothing came before. */
function placeAt(body: HTMLElement, after: string | null, block: HTMLElement) {
  if (after === null) {
    body.prepend(block);
    return;
  }
  const before = findByStart(body, after);
  if (before) before.after(block);
  else body.append(block);
}

/**
 * After "Put back" the article is read again with the block kept: the block, found by its first words,
 * is marked, scrolled to and focused, with a line saying it stays on this site. Null when the article
 * does not include it after all (the reader is told so).
 */
export function markRestored(body: HTMLElement, preview: string, site: string): HTMLElement | null {
  const block = findByStart(body, preview);
  if (!block) {
    // Kept by Sift, left out by the article's own reading (a list of links, for one): said, not hidden.
    const note = h(
      'p',
      { class: 'restored-note ui-line', role: 'status', tabindex: '-1', lang: uiLocale(), dir: uiDir() },
      say('restoredMissing', site),
    );
    body.append(note);
    note.scrollIntoView?.({ block: 'center' });
    note.focus({ preventScroll: true });
    return null;
  }
  block.setAttribute('data-sift-restored', '');
  block.setAttribute('tabindex', '-1');
  block.before(
    h(
      'p',
      { class: 'restored-note ui-line', role: 'status', lang: uiLocale(), dir: uiDir() },
      say('restoredNote', site),
    ),
  );
  block.scrollIntoView?.({ block: 'center' });
  block.focus({ preventScroll: true });
  return block;
}
