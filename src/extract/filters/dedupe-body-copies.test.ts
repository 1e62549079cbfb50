import { describe, expect, it } from 'vitest';
import { context } from '../../../tests/helpers/context';
import { dedupeBodyCopies } from './dedupe-body-copies';

const paras = [
  'U.S. Secretary of Defense Pete Hegseth said on Wednesday that the war between Ukraine and Russia must end.',
  'In remarks before a meeting of the Ukraine Defense Contact Group, Hegseth also said that European troops should lead.',
  'The comments are sure to concern Ukrainian President Volodymyr Zelensky, who said this week that Europe alone cannot.',
];

describe('dedupe-body-copies', () => {
  it('removes the body run together as one block when the paragraphs follow (seed 003)', () => {
    const ctx = context(`<div><p>${paras.join('')}</p>${paras.map((p) => `<p>${p}</p>`).join('')}</div>`);
    ctx.apply(dedupeBodyCopies);
    expect([...ctx.doc.querySelectorAll('p')].map((p) => p.textContent)).toEqual(paras);
  });

  it('keeps a long paragraph that quotes one short line of another', () => {
    const long = `${paras[0]} ${paras[1]?.slice(0, 20)} and much more text that is only in this paragraph, which goes on for a while to make it long.`;
    const ctx = context(`<p>${long}</p><p>${paras[0]}</p><p>${paras[2]}</p>`);
    expect(ctx.apply(dedupeBodyCopies)).toEqual([]);
  });
});
