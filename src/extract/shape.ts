/** Printed with the same structure: the same tag, and a class in common (or neither has one). */
export function alike(a: Element, b: Element): boolean {
  if (a.tagName !== b.tagName) return false;
  const ca = a.classList;
  const cb = b.classList;
  if (ca.length === 0 && cb.length === 0) return true;
  for (const c of ca) if (cb.contains(c)) return true;
  return false;
}
