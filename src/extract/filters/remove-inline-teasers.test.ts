import { describe, expect, it } from 'vitest';
import { context, PROSE, PROSE_2 } from '../../../tests/helpers/context';
import { removeInlineTeasers } from './remove-inline-teasers';

const link = (t: string) => `<a href="https://outlet.example/story/${encodeURIComponent(t)}">${t}</a>`;

describe('remove-inline-teasers', () => {
  it('removes a run of headline-only links between paragraphs (seed 000)', () => {
    const ctx = context(
      `<p>${PROSE}</p><div>${link('Plastic straw makers celebrate happiest days after Trump order')}</div><div>${link('Day 24: Is Elon Musk short on credibility?')}</div><p>${PROSE_2}</p>`,
    );
    ctx.apply(removeInlineTeasers);
    expect(ctx.text()).toBe(`${PROSE} ${PROSE_2}`);
  });

  it('removes a teaser label with its link ("Follow live:", "Read more:", "You might also like:" on WCXB 4511)', () => {
    const ctx = context(
      `<p>${PROSE}</p><p><strong>Follow live: </strong>${link('Ukraine war latest')}</p><p>Read more: ${link('What is Article 5?')}</p><p><strong><em>You might also like: </em></strong>${link('The challenges of palm oil')}</p>`,
    );
    ctx.apply(removeInlineTeasers);
    expect(ctx.text()).toBe(PROSE);
  });

  it('removes a "You might also like" label and the links under it', () => {
    const ctx = context(
      `<p>${PROSE}</p><h3>You might also like</h3><p>${link('Poland votes in tight presidential election')}</p><p>${PROSE_2}</p>`,
    );
    ctx.apply(removeInlineTeasers);
    expect(ctx.text()).toBe(`${PROSE} ${PROSE_2}`);
  });

  it('removes teaser labels in other languages, upper case too (WCXB 0315 "Check also:"; fixtures agg-de-meldungen-quelle, agg-tr-kaynak)', () => {
    const ctx = context(
      `<p>${PROSE}</p><p><strong>Lesen Sie auch:</strong> ${link('Straßenbahnlinie 4 wird bis zum Klinikum verlängert')}</p><p>Check also: ${link('National coding curriculum to start in grade four')}</p><p><b>İLGİNİZİ ÇEKEBİLİR:</b> ${link('Yeni metro hattı hafta sonu hizmete açıldı')}</p><p>${PROSE_2}</p>`,
    );
    ctx.apply(removeInlineTeasers);
    expect(ctx.text()).toBe(`${PROSE} ${PROSE_2}`);
  });

  it('removes teaser labels of held-out pages in Polish, Czech and Vietnamese (agg-pl-zrodlo)', () => {
    const ctx = context(
      `<p>${PROSE}</p><p><strong>Zobacz też:</strong> ${link('Promy do Szwecji nie wypłynęły')}</p><p>Čtěte také: ${link('Vláda schválila rozpočet na příští rok')}</p><p>Xem thêm: ${link('Hà Nội mở thêm tuyến buýt điện')}</p><p>${PROSE_2}</p>`,
    );
    ctx.apply(removeInlineTeasers);
    expect(ctx.text()).toBe(`${PROSE} ${PROSE_2}`);
  });

  it('removes a Japanese portal\'s "【関連記事】" label in its brackets with the links under it (held-out agg-ja-haishin)', () => {
    const ctx = context(
      `<p>${PROSE}</p><p>【関連記事】<br>${link('万葉線の新型低床車両、来春デビューへ')}<br>${link('高岡駅前の再開発ビル、テナントの8割決まる')}</p><p>${PROSE_2}</p>`,
    );
    ctx.apply(removeInlineTeasers);
    expect(ctx.text()).toBe(`${PROSE} ${PROSE_2}`);
  });

  it('keeps one linked paragraph, a list of references, and a paragraph that starts with "Read more"', () => {
    const ctx = context(
      `<p>${link('The full report on the council website')}</p><ul><li>${link('First reference in the list of sources')}</li><li>${link('Second reference in the list of sources')}</li></ul><p>Read more: the council said it would publish the figures next week.</p>`,
    );
    expect(ctx.apply(removeInlineTeasers)).toEqual([]);
  });

  it('keeps a listicle whose items are linked product names in list items (WCXB 0068)', () => {
    const item = (t: string) => `<li><h2>${link(t)}</h2></li>`;
    const ctx = context(
      `<p>${PROSE}</p><ul>${item('IRWIN VISE-GRIP Long Nose Pliers')}${item('Channellock 317 Long Nose Pliers')}</ul><p>${PROSE_2}</p>`,
    );
    expect(ctx.apply(removeInlineTeasers)).toEqual([]);
  });
});
