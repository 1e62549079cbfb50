import { textOf } from '../text';
import type { Filter } from '../types';
import { lower, trimAround } from './lines';
import { CTA_MARK } from './remove-cta-boxes';

/**
 * Sign-up and sales boxes set inside the story: a short heading and a line or two of pitch around a
 * button ("Want to win more jobs with less effort?" + email field + "Start Free Trial", WCXB 0111;
 * "Dedicated Development Team" + "Contact us", 0233; "Centralize, simplify, and scale your training" +
 * "Book a demo", 0113; "Explore other financial wellness topics" + "Check it Out", 4091; a running club's
 * sign-up form, 4114; "What is included in a subscription?" next to "Start free trial", 0468). Found by
 * structure: an action (a sign-up form, or a link or button standing alone whose words are a call to
 * action) and the smallest-to-largest box around it that stays short, holds no long paragraph and no
 * headline. Found before Readability, while the forms and buttons are still in the page (Readability drops
 * the form and keeps the pitch), and only marked: removed there, a box changes which block Readability
 * picks (Readability's firefox-nightly-blog lost its comments with its newsletter box). remove-cta-boxes
 * takes out what of the box Readability kept.
 */
const MAX_BOX = 700;
/** A paragraph this long is prose, not a pitch: a box that holds one is not removed. */
const MAX_PITCH = 220;
const MAX_PARAGRAPHS = 3;
/** The page must hold this many times the box's text: a box is a part of a page, not the page. */
const PAGE_SHARE = 4;

/** The whole text of a button or a link standing alone, lower-cased, without arrows around it. */
const CALLS: readonly RegExp[] = [
  /^(subscribe|sign up|sign me up|register|join)( now| today| for free| free| here| us)?$/,
  /^(get started|start (your |a )?(free )?trial|start free trial|try (it )?(for )?free|try [a-z]+ free)( now| today)?$/,
  /^(book|request|get|schedule|claim) (a |an |your |my )?(free )?(demo|quote|consultation|call|meeting|tour|callback|estimate|assessment|audit|proposal)( now| today)?$/,
  /^(contact|call|email) (us|sales|our team|an expert)( today| now)?$/,
  /^talk to (us|sales|an expert|our team|a specialist)( today| now)?$/,
  /^check it out$/,
  /^become a (member|subscriber|supporter|patron|partner)$/,
  /^(download|get|install) (the|our) (free )?(app|guide|ebook|e-book|checklist|template|report|whitepaper)$/,
  /^(donate|support us)( now| today)?$/,
  /^(reserve|save) (your|a) (date|spot|seat|place)$/,
];

export const markCtaBoxes: Filter = {
  id: 'mark-cta-boxes',
  why: 'sign-up and sales boxes are found while their forms and buttons are still in the page',
  reason: 'boilerplate',
  stage: 'before-readability',
  apply(ctx) {
    const { root, index } = ctx;
    const page = index.size(root).chars;
    const actions = [
      ...[...root.querySelectorAll('form, [role="form"]')].filter(isSignUpForm),
      ...[...root.querySelectorAll('a, button')].filter(isCall),
    ];
    for (const action of actions) {
      if (ctx.isGone(action) || action.hasAttribute(CTA_MARK)) continue;
      const box = boxAround(standing(action), root);
      if (!box) continue;
      if (shown(box) * PAGE_SHARE > page || inRow(box)) continue;
      for (const el of [box, ...box.querySelectorAll('*')]) el.setAttribute(CTA_MARK, '');
    }
  },
};

/** A form that asks for an email address, or a form region a script fills in; never search or comments. */
function isSignUpForm(form: Element): boolean {
  if (form.querySelector('textarea, input[type="search"], [role="search"]')) return false;
  if (/search/i.test(form.getAttribute('action') ?? '') || form.closest('[role="search"]')) return false;
  if (form.querySelector('input[type="email"], input[name*="email" i], input[placeholder*="email" i]'))
    return true;
  return form.tagName === 'FORM' ? false : form.querySelector('input, select, button, a') === null;
}

function isCall(el: Element): boolean {
  const text = trimAround(lower(textOf(el)));
  return text.length > 0 && text.length <= 40 && CALLS.some((re) => re.test(text));
}

const INLINE = new Set(['SPAN', 'STRONG', 'EM', 'B', 'I', 'U', 'SMALL', 'MARK']);

/**
 * The action with its inline wrappers, when nothing else stands on its line; null when it sits inside a
 * sentence ("If you have questions, contact us.").
 */
function standing(action: Element): Element | null {
  if (action.tagName === 'FORM' || action.getAttribute('role') === 'form') return action;
  let el = action;
  while (el.parentElement && INLINE.has(el.parentElement.tagName)) el = el.parentElement;
  for (let sibling = el.parentElement?.firstChild ?? null; sibling; sibling = sibling.nextSibling) {
    if (sibling === el) continue;
    if (sibling.nodeType === 3 && /[\p{L}\p{N}]/u.test(sibling.nodeValue ?? '')) return null;
    if (
      sibling.nodeType === 1 &&
      (INLINE.has((sibling as Element).tagName) || (sibling as Element).tagName === 'A')
    )
      if (textOf(sibling).length > 0) return null;
  }
  return el;
}

/** The largest box around the action that stays a short pitch; null when even the action is too long. */
function boxAround(action: Element | null, root: Element): Element | null {
  if (!action || shown(action) > MAX_BOX) return null;
  let box = action;
  for (let up = box.parentElement; up && up !== root; up = up.parentElement) {
    if (/^(BODY|MAIN|ARTICLE|TD|TH|TR|TABLE|LI)$/.test(up.tagName)) break;
    // A box holds one call: a wrapper around several is a row of cards or a menu.
    if (shown(up) > MAX_BOX || !pitch(up) || [...up.querySelectorAll('a, button')].filter(isCall).length > 1)
      break;
    box = up;
  }
  return pitch(box) ? box : null;
}

/**
 * One of a row of alike cards (a product's feature tiles, each with "Get Started"; a price list, WCXB
 * service pages 0696, 4900, 4874): the page's own items, not a box set into a story.
 */
function inRow(box: Element): boolean {
  const parent = box.parentElement;
  if (!parent) return false;
  const cls = box.getAttribute('class') ?? '';
  let alike = 0;
  for (let sibling = parent.firstElementChild; sibling; sibling = sibling.nextElementSibling)
    if (sibling !== box && sibling.tagName === box.tagName && (sibling.getAttribute('class') ?? '') === cls)
      alike++;
  return alike >= 2;
}

/** The length of the box's text without a drop-down's choices (a sign-up form's list of states, WCXB 4114). */
function shown(el: Element): number {
  let n = textOf(el).length;
  for (const select of el.querySelectorAll('select')) n -= textOf(select).length;
  return n;
}

/** Short text only: no headline, no paragraph of prose, a few paragraphs at most (not a short story's). */
function pitch(el: Element): boolean {
  if (el.querySelector('h1') || el.tagName === 'H1') return false;
  if (el.querySelectorAll('p').length > MAX_PARAGRAPHS) return false;
  for (const p of el.querySelectorAll('p')) if (textOf(p).length > MAX_PITCH) return false;
  return true;
}
