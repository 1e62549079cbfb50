import { formatNumber, type MessageKey, messageParts } from '../shared/i18n';

/** Builds elements from text only: no markup strings. Safe for anything that came from the page. */
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) el.setAttribute(name, value);
  for (const child of children)
    if (child !== null && child !== undefined && child !== false) el.append(child);
  return el;
}

/**
 * A message of the interface as DOM: its words as text, each substitution isolated in a `<bdi>` (a
 * name or a number from an Arabic page cannot reorder an English sentence, nor the reverse), or the
 * node given for it (a link).
 */
export function say(key: MessageKey, ...subs: (string | number | Node)[]): DocumentFragment {
  const out = document.createDocumentFragment();
  for (const part of messageParts(key, subs.length)) {
    const sub = typeof part === 'number' ? subs[part] : part;
    if (typeof part === 'string') out.append(part);
    else if (typeof sub === 'object') out.append(sub);
    else if (sub !== undefined) out.append(h('bdi', {}, typeof sub === 'number' ? formatNumber(sub) : sub));
  }
  return out;
}
