/**
 * `el.closest(selector)` asked of many elements of one page: each element is matched at most once, and
 * each question walks up the parents with a memo, so a thousand questions on a deep page cost about one
 * match per element they pass. jsdom's closest() runs its selector engine again at every ancestor: in a
 * profile of 32 corpus pages, closest() in find-source and read-metadata took 4.9 s of Sift's 20 s in
 * jsdom (8% in Chromium). Elements are matched only when asked (no query of the whole page up front: on
 * case-insensitive attribute selectors that query alone cost read-metadata half its time).
 *
 * For a page that does not change while it is asked (the memo would go stale): the steps that read
 * the page before any filter runs. The walk stops at `root`.
 */
export function closestIn(root: ParentNode, selector: string): (el: Element) => Element | null {
  const memo = new Map<Element, Element | null>();
  return (el) => {
    const path: Element[] = [];
    let found: Element | null = null;
    for (let n: Element | null = el; n; n = n === root ? null : n.parentElement) {
      const known = memo.get(n);
      if (known !== undefined) {
        found = known;
        break;
      }
      path.push(n);
      if (n.matches(selector)) {
        found = n;
        break;
      }
    }
    for (const n of path) memo.set(n, found);
    return found;
  };
}
