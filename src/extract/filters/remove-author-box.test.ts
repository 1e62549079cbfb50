import { describe, expect, it } from 'vitest';
import { context, PROSE, PROSE_2 } from '../../../tests/helpers/context';
import { removeAuthorBox } from './remove-author-box';

const STORY = `<p>${PROSE}</p><p>${PROSE_2}</p><p>${PROSE}</p><p>${PROSE_2}</p>`;

/**
 * Fires on WCXB dev pages: 4095 ("Written by Cassidy Horton" over "Cassidy Horton is a finance writer"),
 * 0246 (portrait alt "Author Yaren Fadiloglulari"), 2722 ("Tim Green" then "Tim explores …", no box
 * around them), 0002 (author-page link, "Kelia Losa Reinoso is a content writer"), 4148; the writer the
 * header names, whose name line went with the byline block (0128 0.884 -> 1.000, 0050, 0039, 0153,
 * 0133); but not a biography printed as the story's last paragraph (0471, 0352, Readability's breitbart); and
 * tests/fixtures/agg-newsmatic-autoblog (a heading linking /author/ over the feed account's blurb); a
 * paragraph that is the biography the page's JSON-LD declares for a Person, wherever it stands (0034,
 * 0229, 0253, 0319, 0417, 0421: "Jean-Luc started CNX Software in 2010…" under the post, no name before it).
 * Not the last of a list's entries: an event, "XChange Security brings solution providers…" (4362).
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

  it('removes the biography the page declares for a person, among the story paragraphs or in a box with its name (WCXB 0421, 0319)', () => {
    const bio =
      'Jean-Luc started the site in 2010 as a part-time endeavor, before quitting his job as a software engineering manager.';
    for (const html of [
      `${STORY}<p>${bio}</p>`,
      `${STORY}<div><h4><a href="/about">Jean-Luc Aufranc</a></h4><p>${bio}</p></div>`,
    ]) {
      const ctx = context(html, { authorBios: [`  ${bio} `] });
      ctx.apply(removeAuthorBox);
      expect(ctx.text()).toBe(`${PROSE} ${PROSE_2} ${PROSE} ${PROSE_2}`);
      // Not declared, the same paragraph is the story's last word.
      const plain = context(`${STORY}<p>${bio}</p>`);
      plain.apply(removeAuthorBox);
      expect(plain.text()).toContain('Jean-Luc started the site');
    }
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

  it('keeps the last entry of a list of events, one of which reads like a biography (WCXB 4362)', () => {
    const item = (name: string, about: string) =>
      `<li><div>July 12, 2026</div><h2><a href="https://events.example/x"><span>${name}</span></a></h2><p>Frisco, United States</p><p>${about}</p></li>`;
    const ctx = context(
      `${STORY}<ul>${item('Cloud Summit', 'The summit gathers cloud architects for two days of talks and workshops.')}${item('Data Days', 'Three days of sessions on storage, pipelines and the people who run them.')}${item('XChange Security', 'XChange Security brings solution providers and vendors together to develop solid partnerships.')}</ul>`,
    );
    expect(ctx.apply(removeAuthorBox)).toEqual([]);
  });

  it('keeps a biography-like paragraph early in the article', () => {
    const ctx = context(
      `<p><img src="/a.jpg" alt="Jane Calder"></p><p>Jane Calder is a retired judge who now runs the village food bank.</p>${STORY}`,
    );
    expect(ctx.apply(removeAuthorBox)).toEqual([]);
  });

  it('removes the biography of the writer the header names when its name line went with the byline (WCXB 0128, 0050, 0039)', () => {
    // The box's name line was the byline block, shown in the header: only the portrait and the
    // biography's paragraphs are left, the later ones starting with the first name or a pronoun.
    const bio = `<div class="author-box"><p><img src="/k.png" alt=""></p><div><p>Karin Olsen is the owner of a cleaning company serving the north of the city, after twenty years in retail.</p><p>Karin holds a degree in finance from the state university and sits on the board of the food bank.</p><p>When she is not at work, she coaches her daughter’s football team.</p></div></div>`;
    const ctx = context(`${STORY}${bio}`, { byline: 'Karin Olsen' });
    ctx.apply(removeAuthorBox);
    expect(ctx.text()).toBe(`${PROSE} ${PROSE_2} ${PROSE} ${PROSE_2}`);
    // Without the byline nothing says whose biography it is.
    expect(context(`${STORY}${bio}`).apply(removeAuthorBox)).toEqual([]);
  });

  it("keeps the writer's one-line biography printed as the story's last paragraph (Readability's breitbart page)", () => {
    const ctx = context(
      `<div class="body">${STORY}<p>Karin Olsen is a reporter for the city desk covering housing and the council. Follow her on the site.</p></div>`,
      { byline: 'Karin Olsen' },
    );
    expect(ctx.apply(removeAuthorBox)).toEqual([]);
  });

  it('keeps a paragraph about someone the header does not name as the writer', () => {
    const ctx = context(
      `${STORY}<p>Karin Olsen is the owner of a cleaning company serving the north of the city, after twenty years in retail.</p>`,
      { byline: 'Jane Calder' },
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
