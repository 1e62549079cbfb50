/**
 * Text encoded in UTF-8 twice: a page that stored "Investor’s" as the bytes of "â\u0080\u0099s" (the
 * UTF-8 bytes read as Latin-1 and encoded again) shows "Investorâs" in every browser (WCXB 4656,
 * 0666, 4125). Such a run is the UTF-8 bytes of a character spelt as one Latin-1 (or Windows-1252)
 * character each; it is read back as UTF-8. Only runs holding a character no text has (a C1 control)
 * or a Windows-1252 sign in a byte's place ("â€™") are touched, and only when they decode: "Ã©" in a
 * name is left alone.
 */

/** The Windows-1252 signs that stand for the bytes 0x80–0x9F. */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const BYTE = new Map<string, number>();
for (let i = 0; i < CP1252.length; i++) BYTE.set(CP1252[i] as string, 0x80 + i);

/** A lead byte of a 2- to 4-byte sequence, then continuation bytes, each spelt as one character. */
const RUN = new RegExp(`(?:[\\u00C2-\\u00F4][\\u0080-\\u00BF${CP1252}]{1,3})+`, 'g');
/** What marks a run as bytes: a C1 control, or a Windows-1252 sign. */
const MARK = new RegExp(`[\\u0080-\\u009F${CP1252.replace(/[\u0080-\u009F]/g, '')}]`);

/** A C1 control: no text has one; a run holding one is bytes whatever it decodes to. */
const C1 = /[\u0080-\u009F]/;
/**
 * Without a C1 control, a run of Windows-1252 signs may be words ("é—" in "café—the" does not decode;
 * "é——" would): its decoding must be punctuation, Latin letters, symbols or an emoji.
 */
const LIKELY = /^[\u00A0-\u024F\u2000-\u22FF\u{1F000}-\u{1FAFF}]+$/u;

const decoder = new TextDecoder('utf-8', { fatal: true });

export function repairMojibake(text: string): string {
  if (!MARK.test(text)) return text;
  return text.replace(RUN, (run) => {
    if (!MARK.test(run)) return run;
    const bytes = Uint8Array.from(run, (c) => BYTE.get(c) ?? c.charCodeAt(0));
    let decoded: string;
    try {
      decoded = decoder.decode(bytes);
    } catch {
      return run;
    }
    return C1.test(run) || LIKELY.test(decoded) ? decoded : run;
  });
}

/** Repairs every text node under `root`; returns how many changed. */
export function repairTextNodes(root: Element): number {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let changed = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const before = node.nodeValue ?? '';
    const after = repairMojibake(before);
    if (after !== before) {
      node.nodeValue = after;
      changed++;
    }
  }
  return changed;
}
