/**
 * A node's children and a live collection's items, read without the live lists jsdom keeps.
 *
 * In jsdom (the command line and the tests), reading an element's `children`, `childNodes` or
 * `childElementCount` makes a list that every later change to that element's children rebuilds whole,
 * and a for…of, a spread or Array.from over a live collection (`getElementsByTagName`) looks every
 * item up again by a search of the whole list. Readability moves the children of the page's blocks one
 * by one: once Sift had counted them, each move re-read them all (a poem of 8,000 lines between
 * `<br>`s: Readability 1.2 s alone, 9.3 s inside Sift). Browsers keep no such list; these helpers
 * follow sibling links instead, which every DOM answers at once. tests/conventions.test.ts holds
 * src/extract to them.
 */

/** The element children of `parent`, in order, as a plain array. */
export function childElements(parent: ParentNode): Element[] {
  const out: Element[] = [];
  for (let el = parent.firstElementChild; el; el = el.nextElementSibling) out.push(el);
  return out;
}

/** Whether `parent` has more than `n` element children (counts no further than n + 1). */
export function hasMoreChildElements(parent: ParentNode, n: number): boolean {
  let count = 0;
  for (let el = parent.firstElementChild; el; el = el.nextElementSibling) if (++count > n) return true;
  return false;
}

/** The items of a live collection, copied by index once: later changes to the page do not shift it. */
export function listOf<T extends Element>(collection: HTMLCollectionOf<T>): T[] {
  const out: T[] = [];
  for (let i = 0, n = collection.length; i < n; i++) out.push(collection[i] as T);
  return out;
}

/** Moves every child of `from` to the end of `into`, in order. */
export function moveChildren(from: Node, into: Node): void {
  for (let n = from.firstChild; n; n = from.firstChild) into.appendChild(n);
}

/** Puts `el`'s children in its place (the element itself goes). */
export function unwrap(el: Element): void {
  replaceWithChildren(el, el);
}

/**
 * Puts the children of `holder` where `el` stands, and takes `el` out. Gathered in a fragment first:
 * jsdom finds a reference child's place anew at each insertBefore (20,000 children: 6 s one by one,
 * 0.2 s as a fragment).
 */
export function replaceWithChildren(el: Element, holder: Node): void {
  const parent = el.parentNode;
  if (!parent) return;
  const fragment = el.ownerDocument.createDocumentFragment();
  moveChildren(holder, fragment);
  parent.replaceChild(fragment, el);
}
