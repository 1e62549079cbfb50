import { describe, expect, it } from 'vitest';
import { page } from '../../tests/helpers/dom';
import { repairMojibake, repairTextNodes } from './mojibake';

/** The UTF-8 bytes of `text` spelt one Latin-1 character each: what a page encoded twice holds. */
const twice = (text: string) => String.fromCharCode(...new TextEncoder().encode(text));

/**
 * Text encoded in UTF-8 twice. Fires on WCXB 4656 ("A DIY Investor’s Guide…" in its headline and
 * body), 0666, 0667, 0671–0673 (forum posts), 4125 (“…” quotes and — dashes), 4526.
 */
describe('repairMojibake', () => {
  it('reads back quotes, dashes, arrows and emoji stored as their UTF-8 bytes', () => {
    for (const word of ['Investor’s', '“iterator”', 'stripes—simple', '1 → 3', 'ok 👍'])
      expect(repairMojibake(`A ${twice(word)} guide`)).toBe(`A ${word} guide`);
  });

  it('reads back the Windows-1252 spelling of the same bytes ("â€™")', () => {
    expect(repairMojibake('Investorâ€™s guide, â€œquotedâ€\u009d')).toBe('Investor’s guide, “quoted”');
  });

  it('leaves text alone: accents, dashes after accents, and "Ã©" with no byte marks', () => {
    for (const text of [
      'Café—the best in São Paulo – naïve “déjà vu”…',
      'José’s Ã© is a typo, not bytes',
      'Ångström, Øresund, Æsir',
      'Zürich € 5',
    ])
      expect(repairMojibake(text)).toBe(text);
  });

  it('repairs the text nodes of an article, not its markup', () => {
    const doc = page(
      `<body><div id="a"><h2>${twice('It’s here')}</h2><p>Plain <a href="/x">${twice('“link”')}</a></p></div></body>`,
    ).window.document;
    const root = doc.getElementById('a') as Element;
    expect(repairTextNodes(root)).toBe(2);
    expect(root.innerHTML).toBe('<h2>It’s here</h2><p>Plain <a href="/x">“link”</a></p>');
  });
});
