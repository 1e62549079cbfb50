import { describe, expect, it } from 'vitest';
import { context, PROSE, PROSE_2 } from '../../../tests/helpers/context';
import { removeTeaserCards } from './remove-teaser-cards';

const URL_ = 'https://blog.example/where-to-store-office-supplies/';
const STORY = `<p>${PROSE}</p><p>${PROSE_2}</p><p>${PROSE}</p><p>${PROSE_2}</p>`;

function card(slug: string, title: string, excerpt: string, tag = 'article'): string {
  return `<${tag}><a href="https://blog.example/${slug}/"><img src="/${slug}.jpg" alt=""></a><div><h3><a href="https://blog.example/${slug}/">${title}</a></h3><p>${excerpt}</p></div></${tag}>`;
}

const CARDS = [
  card(
    'sleep-method',
    'We Tried the Sleep Method, Here Is What Happened',
    'What if each of us had a blanket of our own? No tugging or tossing during…',
  ),
  card(
    'file-your-taxes',
    'How To File Your Taxes Like A Pro',
    'Use this free checklist to guide you through filing your tax returns.',
  ),
  card(
    'keeping-organized',
    'How I Keep Things Organized With Kids at Home',
    'People often ask how I manage it with two kids running around. The truth is…',
  ),
];

/**
 * Fires on WCXB 4339 (three cards for other posts under the story, no heading over them) and 0331 (six
 * cards in rows of two); a page printing a labelled row ("Also in the news") loses the label too.
 */
describe('remove-teaser-cards', () => {
  it('removes a grid of cards for other posts of the site after the story', () => {
    const ctx = context(`${STORY}<div>${CARDS.join('')}</div>`, { url: URL_ });
    const removed = ctx.apply(removeTeaserCards);
    expect(removed).toHaveLength(3);
    expect(ctx.text()).toBe(`${PROSE} ${PROSE_2} ${PROSE} ${PROSE_2}`);
  });

  it('removes cards set in rows, and the label over them', () => {
    const rows = `<div>${CARDS.slice(0, 2).join('')}</div><div>${CARDS[2]}${card('golf', 'Ireland and the Pinnacle of Golf', 'With the legacy of the Open still fresh, Ireland secured its place…')}</div>`;
    const ctx = context(`${STORY}<p>Also in the news</p><div>${rows}</div>`, { url: URL_ });
    ctx.apply(removeTeaserCards);
    expect(ctx.text()).toBe(`${PROSE} ${PROSE_2} ${PROSE} ${PROSE_2}`);
  });

  it('keeps a roundup written in the post: headings and paragraphs side by side, not in cards', () => {
    const items = [
      ['sleep-method', 'We Tried the Sleep Method, Here Is What Happened'],
      ['file-your-taxes', 'How To File Your Taxes Like A Pro'],
      ['keeping-organized', 'How I Keep Things Organized With Kids at Home'],
    ]
      .map(
        ([slug, title]) => `<h3><a href="https://blog.example/${slug}/">${title}</a></h3><p>${PROSE_2}</p>`,
      )
      .join('');
    const ctx = context(`${STORY}${items}`, { url: URL_ });
    expect(ctx.apply(removeTeaserCards)).toEqual([]);
  });

  it('keeps cards that lead to other sites (a list of products), and two cards', () => {
    const away = CARDS.map((c) => c.replaceAll('https://blog.example/', 'https://shop.example/'));
    const ctx = context(`${STORY}<div>${away.join('')}</div><div>${CARDS.slice(0, 2).join('')}</div>`, {
      url: URL_,
    });
    expect(ctx.apply(removeTeaserCards)).toEqual([]);
  });

  it('keeps cards in the first half of the article: the story is made of them', () => {
    const ctx = context(`<div>${CARDS.join('')}</div><p>${PROSE}</p>`, { url: URL_ });
    expect(ctx.apply(removeTeaserCards)).toEqual([]);
  });

  it('removes cards without a linked headline whose excerpts are cut off, after a short story (WCXB 0392)', () => {
    const cut = (lead: string) =>
      `<article><p><img src="/t.jpg" alt=""></p><div><p>Front Page</p><p>Webmaster</p><p>December 19, 2025</p><p>${lead} continued its long tradition of community outreach on Tuesday, December 1...</p></div></article>`;
    const ctx = context(
      `${STORY}${STORY}<p>ALSO IN THE NEWS</p><div>${['THE ARMY', 'THE CLERK', 'THE FESTIVAL', 'THE POLICE', 'THE MINISTER', 'THE BANK', 'THE SCHOOL', 'THE PORT', 'THE CLUB'].map(cut).join('')}</div>`,
      { url: URL_ },
    );
    ctx.apply(removeTeaserCards);
    expect(ctx.text()).toBe(
      `${PROSE} ${PROSE_2} ${PROSE} ${PROSE_2} ${PROSE} ${PROSE_2} ${PROSE} ${PROSE_2}`,
    );
  });

  it('keeps paragraphs of the story that trail off, one after another', () => {
    const trailing = 'And then the lights went out over the harbour, and nobody said a word...';
    const ctx = context(`${STORY}<div><p>${trailing}</p><p>${trailing}</p><p>${trailing}</p></div>`, {
      url: URL_,
    });
    expect(ctx.apply(removeTeaserCards)).toEqual([]);
  });

  it('keeps a guide’s chapters printed as cards, each summed up whole, with the guide going on (WCXB 0154)', () => {
    const chapter = (n: number) =>
      `<div><h5><a href="https://blog.example/guide/chapter-${n}">Chapter ${n}: Keyword Research</a></h5><p>Understand what your audience wants to find.</p><p>This chapter covers research and other methods to learn what your readers seek.</p></div>`;
    const ctx = context(`${STORY}${[1, 2, 3, 4].map(chapter).join('')}${STORY}`, { url: URL_ });
    expect(ctx.apply(removeTeaserCards)).toEqual([]);
  });

  it('keeps a front page’s sections: a linked section heading over several headlines (Readability’s nytimes-5)', () => {
    const section = (name: string) =>
      `<section><h2><a href="https://blog.example/${name}/">More in ${name} ›</a></h2>${[1, 2, 3, 4]
        .map(
          (n) =>
            `<p><a href="https://blog.example/${name}/story-${n}">A headline in ${name} number ${n}</a></p>`,
        )
        .join('')}</section>`;
    const ctx = context(`${STORY}${['opinion', 'science', 'health'].map(section).join('')}`, { url: URL_ });
    expect(ctx.apply(removeTeaserCards)).toEqual([]);
  });
});
