import { describe, expect, it } from 'vitest';
import { context, PROSE, PROSE_2 } from '../../../tests/helpers/context';
import { removeAuthorBox } from './remove-author-box';

const STORY = `<p>${PROSE}</p><p>${PROSE_2}</p><p>${PROSE}</p><p>${PROSE_2}</p>`;

/**
 * Fires on WCXB dev pages: 4095 ("Written by Cassidy Horton" over "Cassidy Horton is a finance writer"),
 * 0246 (portrait alt "Author Yaren Fadiloglulari"), 2722 ("Tim Green" then "Tim explores …", no box
 * around them), 0002 (author-page link, "Kelia Losa Reinoso is a content writer"), 4148; and
 * tests/fixtures/agg-newsmatic-autoblog (a heading linking /author/ over the feed account's blurb).
 */
describe('remove-author-box', () => {
  it('removes portrait, name and biography in a box at the end', () => {
    const ctx = context(
      `${STORY}<div><div><img src="/a.jpg" alt="Author Jane Calder"></div><p>Jane Calder is a freelance writer who covers housing and local government for several newspapers.</p></div>`,
    );
    ctx.apply(removeAuthorBox);
    expect(ctx.text()).toBe(`${PROSE} ${PROSE_2} ${PROSE} ${PROSE_2}`);
  });

  it('removes a name line and a biography that starts with the first name, with no box around them', () => {
    const ctx = context(
      `${STORY}<hr><p><strong>Tim Oduya</strong> <em>Technology writer</em></p><p>Tim explores how small towns adopt new tools, and has written for trade magazines since 2010.</p>`,
    );
    ctx.apply(removeAuthorBox);
    expect(ctx.text()).toBe(`${PROSE} ${PROSE_2} ${PROSE} ${PROSE_2}`);
  });

  it('removes a blurb under a heading that links the author page', () => {
    const ctx = context(
      `${STORY}<div><div><img src="/g.png" alt=""></div><div><h4><a href="https://aggregator.example/author/newsdesk/">newsdesk</a></h4><p>The news desk gathers stories from newspapers across the valley.</p></div></div>`,
    );
    ctx.apply(removeAuthorBox);
    expect(ctx.text()).toBe(`${PROSE} ${PROSE_2} ${PROSE} ${PROSE_2}`);
  });

  it('keeps the story’s own paragraph about the person in a photo', () => {
    const ctx = context(
      `${STORY}<figure><img src="/m.jpg" alt="Maria Lopez"><figcaption>Maria Lopez</figcaption></figure><p>Maria Lopez said on Tuesday that the council would vote again in June, after the review.</p>`,
    );
    expect(ctx.apply(removeAuthorBox)).toEqual([]);
  });

  it('keeps entries of a list that each read like a biography (WCXB 0055)', () => {
    const entry = (n: string) =>
      `<h3>${n}</h3><p><img src="/l.png" alt="${n}"></p><p>${n} is a full service moving company with twenty years of experience in the city.</p>`;
    const ctx = context(`${STORY}${entry('Harbor Moves')}${entry('Quick Vans')}`);
    expect(ctx.apply(removeAuthorBox)).toEqual([]);
  });

  it('keeps a biography-like paragraph early in the article', () => {
    const ctx = context(
      `<p><img src="/a.jpg" alt="Jane Calder"></p><p>Jane Calder is a retired judge who now runs the village food bank.</p>${STORY}`,
    );
    expect(ctx.apply(removeAuthorBox)).toEqual([]);
  });

  it('removes a blogger introducing herself after the post (WCXB 4339)', () => {
    const ctx = context(
      `${STORY}<div><p><img src="/logo.png" alt="The Tidy Home"></p><p>Hey, I’m Jessica! Welcome to The Tidy Home, where organizing is made doable. As a former organizer (and mom!), I’m here to help you.</p></div>`,
    );
    ctx.apply(removeAuthorBox);
    expect(ctx.text()).toBe(`${PROSE} ${PROSE_2} ${PROSE} ${PROSE_2}`);
  });
});
