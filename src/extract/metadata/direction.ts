// The direction of the text when the page does not declare one.
const RTL_LETTERS = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/gu;
const LETTERS = /\p{L}/gu;

/** Right-to-left when most letters of the text are in a right-to-left script. */
export function guessDir(text: string): 'ltr' | 'rtl' {
  const sample = text.slice(0, 4000);
  const rtl = sample.match(RTL_LETTERS)?.length ?? 0;
  const all = sample.match(LETTERS)?.length ?? 0;
  return all > 0 && rtl / all > 0.5 ? 'rtl' : 'ltr';
}
