// The direction of the text when the page does not declare one.
const RTL_LETTERS = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/gu;
const LETTER = /\p{L}/u;
/** Whether a code unit below 0x10000 is a letter: 0 not asked yet, 1 yes, 2 no. */
const LETTER_UNITS = new Uint8Array(0x10000);

/** The letters (code points) of a text, as `text.match(/\p{L}/gu).length` without the array of matches. */
function countLetters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) n++;
      continue;
    }
    const cp = text.codePointAt(i) ?? c;
    if (cp > 0xffff) {
      i++;
      if (LETTER.test(String.fromCodePoint(cp))) n++;
      continue;
    }
    let known = LETTER_UNITS[cp];
    if (known === 0) {
      known = LETTER.test(String.fromCharCode(cp)) ? 1 : 2;
      LETTER_UNITS[cp] = known;
    }
    if (known === 1) n++;
  }
  return n;
}

/** Right-to-left when most letters of the text are in a right-to-left script. */
export function guessDir(text: string): 'ltr' | 'rtl' {
  const sample = text.slice(0, 4000);
  const rtl = sample.match(RTL_LETTERS)?.length ?? 0;
  const all = countLetters(sample);
  return all > 0 && rtl / all > 0.5 ? 'rtl' : 'ltr';
}
