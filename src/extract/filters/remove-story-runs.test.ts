import { describe, expect, it } from 'vitest';
import { context, PROSE, PROSE_2 } from '../../../tests/helpers/context';
import { removeStoryRuns } from './remove-story-runs';

const EXCERPT =
  'The company said on Monday that it would change the programme, and analysts expect more of the same from its rivals in the coming months.';

/** Fires on the headtopics "Similar News:" block printed as one container with <br> between items. */
describe('remove-story-runs', () => {
  it('removes a labelled run of headline links with excerpts separated only by <br>', () => {
    const items = ['Disney shifts its focus to business goals', 'US stocks retreat after the jobs report']
      .map(
        (h, i) =>
          `<a href="https://agg.example/s/${i}">${h}</a><br>${EXCERPT}<br><a href="https://agg.example/s/${i}">Read more »</a><br>`,
      )
      .join('');
    const ctx = context(
      `<p>${PROSE}</p><div><strong>Similar News:</strong> You can also read news stories similar to this one.<br>${items}</div><p>${PROSE_2}</p>`,
    );
    const removed = ctx.apply(removeStoryRuns);
    expect(removed).toHaveLength(1);
    expect(ctx.text()).toBe(`${PROSE} ${PROSE_2}`);
  });

  it('removes an unlabelled run of three stories', () => {
    const items = [
      'One story about the council vote',
      'Another story about the harbour plan',
      'A third story about the rail line',
    ]
      .map((h, i) => `<a href="https://other.example/${i}">${h}</a><br>${EXCERPT.slice(0, 60)}<br>`)
      .join('');
    const ctx = context(`<p>${PROSE}</p><div>${items}</div>`);
    ctx.apply(removeStoryRuns);
    expect(ctx.text()).toBe(PROSE);
  });

  it('removes three headline links under a label the phrase table does not know (tests/fixtures/agg-tr-kaynak)', () => {
    const links = [
      'Yeni metro hattı hafta sonu hizmete açıldı',
      'Akaryakıta yeni zam geldi işte fiyatlar',
      'Köprüde bakım nedeniyle iki şerit kapatılacak',
    ]
      .map((h, i) => `<a href="https://haber.example/${i}">${h}</a>`)
      .join('<br>');
    const ctx = context(`<p>${PROSE}</p><p><b>GÜNDEMDEN SEÇTİKLERİMİZ</b><br>${links}</p><p>${PROSE_2}</p>`);
    ctx.apply(removeStoryRuns);
    expect(ctx.text()).toBe(`${PROSE} ${PROSE_2}`);
  });

  it('keeps two headline links under a label it does not know', () => {
    const links = ['The council report on waiting times', 'The hospital answer to the council report']
      .map((h, i) => `<a href="https://other.example/${i}">${h}</a>`)
      .join('<br>');
    const ctx = context(`<p>${PROSE}</p><p><b>Documents</b><br>${links}</p>`);
    expect(ctx.apply(removeStoryRuns)).toEqual([]);
  });

  it('keeps prose with links in it, and a paragraph with line breaks', () => {
    const ctx = context(
      `<p>${PROSE} <a href="https://other.example/a">the review of waiting times</a> ${PROSE_2}<br>${PROSE}<br>${PROSE_2}</p><p>Call <a href="https://other.example/b">the council office today</a><br>or write to us.<br>Thanks.</p>`,
    );
    expect(ctx.apply(removeStoryRuns)).toEqual([]);
  });
});
