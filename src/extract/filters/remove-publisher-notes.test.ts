import { describe, expect, it } from 'vitest';
import { context, PROSE, PROSE_2 } from '../../../tests/helpers/context';
import { removePublisherNotes, siteNames } from './remove-publisher-notes';

const STORY = `<p>${PROSE}</p><p>${PROSE_2}</p><p>${PROSE}</p>`;
const TOLD = `${PROSE} ${PROSE_2} ${PROSE}`;

/**
 * Fires on WCXB dev pages: 0156 ("Council for Relationships is a nonprofit organization …"), 4067
 * ("Facet is a national SEC-registered investment advisor …"), 0330 ("Infuy is an international
 * technology leader …"), 4367 ("emit digital ist eine Webagentur …"), 4371 ("Five Books aims to keep its
 * book recommendations … up to date"), 4126 ("Note from Healthy For Life Meals: …"), 4640 ("Follow
 * Hardtail Canada").
 */
describe('remove-publisher-notes', () => {
  it('removes the site describing itself after the story, in several wordings', () => {
    const notes: [string, string][] = [
      [
        'https://www.harbourcounsel.org/tips/',
        'Harbour Counsel is a nonprofit organization with over 80 therapists.',
      ],
      [
        'https://quire.digital/de/news/',
        'quire digital ist eine Webagentur aus Köln. Wir konzipieren Portale.</p><p>Sie suchen: Werbeagentur Köln / Werbeagentur Bonn',
      ],
      [
        'https://sixshelves.com/best/',
        'Six Shelves aims to keep its recommendations up to date. Please email us.',
      ],
      [
        'https://www.greenplatemeals.com/blog/',
        'Note from Green Plate Meals: we design our menus with the best science in mind.',
      ],
      ['https://www.gravelroad.ca/reviews/', 'Follow Gravel Road Canada'],
    ];
    for (const [url, note] of notes) {
      const ctx = context(`${STORY}<div><p>${note}</p></div>`, { url });
      ctx.apply(removePublisherNotes);
      expect(ctx.text(), note).toBe(TOLD);
    }
  });

  it('keeps the site named in the story, a note followed by more story, and a short host', () => {
    const cases: [string, string][] = [
      // Named in the story's last sentence, not as its subject.
      [
        'https://www.harbourcounsel.org/tips/',
        `${STORY}<p>Harbour Counsel said on Monday it would open two clinics.</p>`,
      ],
      // A note in the middle of the story.
      ['https://sixshelves.com/best/', `<p>Six Shelves is a small team of readers.</p>${STORY}${STORY}`],
      // A note followed by more of the story (WCXB 0257), a company's pitch in its own story (0019, 0202),
      // a press release's "About …" section (4557).
      [
        'https://www.harbourcounsel.org/tips/',
        `${STORY}<p>Harbour Counsel is a trusted partner for families.</p><h2>Conclusion</h2><p>${PROSE_2}</p>`,
      ],
      [
        'https://www.harbourcounsel.org/tips/',
        `${STORY}<p>Harbour Counsel helps families find a therapist.</p>`,
      ],
      [
        'https://www.harbourcounsel.org/tips/',
        `${STORY}<h3>About Harbour Counsel</h3><p>Founded in 1950.</p>`,
      ],
      // The name as the subject of a sentence that is not a company's about itself.
      ['https://time.com/story/', `${STORY}<p>Time is running out for the council, the mayor said.</p>`],
    ];
    for (const [url, body] of cases) {
      const ctx = context(body, { url });
      expect(ctx.apply(removePublisherNotes), body.slice(-80)).toEqual([]);
    }
  });

  it('reads the names a site goes by from its host', () => {
    expect(siteNames(new URL('https://www.councilforrelationships.org/a'))).toEqual([
      'councilforrelationships',
      'councilforrelationshipsorg',
    ]);
    expect(siteNames(new URL('https://emit.digital/en/'))).toEqual(['emit', 'emitdigital']);
    expect(siteNames(new URL('https://news.bbc.co.uk/a'))).toEqual(['bbcuk']);
  });
});
