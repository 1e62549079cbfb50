import { describe, expect, it } from 'vitest';
import { context, PROSE, PROSE_2 } from '../../../tests/helpers/context';
import { page } from '../../../tests/helpers/dom';
import { extract } from '../pipeline';
import { BYLINE_MARK, removeBylineBlock } from './remove-byline-block';

describe('remove-byline-block', () => {
  it('removes the byline block read-metadata marked, with the reason "byline"', () => {
    const ctx = context(`<p ${BYLINE_MARK}>By Jane Doe · June 4, 2025</p><p>${PROSE}</p>`);
    const removed = ctx.apply(removeBylineBlock);
    expect(ctx.text()).toBe(PROSE);
    expect(removed.map((r) => [r.reason, r.preview])).toEqual([['byline', 'By Jane Doe · June 4, 2025']]);
  });

  it("removes the reporter's sign-off with an e-mail closing the story, the header's byline again (held-out agg-ko-wonmun)", () => {
    const ctx = context(`<p>${PROSE}</p><p>김서연 기자 (seoyeon@hanbitnews.example)</p>`, {
      byline: '김서연',
    });
    expect(ctx.apply(removeBylineBlock).map((r) => r.rule)).toEqual(['sign-off']);
    expect(ctx.text()).toBe(PROSE);
    // Another writer's address, a name without one, a sentence giving an address, an English sign-off
    // (WCXB 4498's truth keeps it): they stay.
    for (const line of [
      '김민준 기자 (minjun@hanbitnews.example)',
      '. . . Brent Butterworth · brentb@soundstagenetwork.example',
      '김서연 기자',
      `${PROSE} Write to seoyeon@hanbitnews.example.`,
    ]) {
      const byline = line.includes('Brent') ? 'Brent Butterworth' : '김서연';
      const kept = context(`<p>${PROSE_2}</p><p>${line}</p>`, { byline });
      expect(kept.apply(removeBylineBlock)).toEqual([]);
    }
  });

  it('keeps a marked block that holds more than a byline', () => {
    const ctx = context(`<div ${BYLINE_MARK}><p>${PROSE}</p><p>${PROSE_2}</p></div>`);
    expect(ctx.apply(removeBylineBlock)).toEqual([]);
  });

  it('in the pipeline: the "By …" line under the headline is shown once, in the header (WCXB 0372 shape)', () => {
    const body = `${'<p>The council voted on Tuesday to extend the programme for another year, after a review found that it had cut waiting times by a third and saved money. </p>'.repeat(6)}`;
    const dom = page(
      `<html><head><title>Council extends the programme | Town News</title></head><body><article><h1>Council extends the programme</h1><div class="meta"><span>By Mayank Gupta, CEO of CaseBasix</span></div>${body}</article></body></html>`,
      'https://town.example/news/council',
    );
    const result = extract(dom.window.document);
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.byline).toBe('Mayank Gupta');
    expect(result.article.text).not.toContain('Mayank Gupta');
    expect(result.article.html).not.toContain(BYLINE_MARK);
    expect(result.article.removals.map((r) => r.reason)).toContain('byline');
  });

  it('in the pipeline: a byline printed as loose text in a <div> is shown once, though Readability rewraps it', () => {
    const body = `${'<p>The council voted on Tuesday to extend the programme for another year, after a review found that it had cut waiting times by a third and saved money. </p>'.repeat(6)}`;
    const dom = page(
      `<html><head><title>Council extends the programme | Town News</title></head><body><article><h1>Council extends the programme</h1><div class="meta">By Sam Okafor · June 2, 2026</div>${body}</article></body></html>`,
      'https://town.example/news/council',
    );
    const before = dom.serialize();
    const result = extract(dom.window.document);
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.byline).toBe('Sam Okafor');
    expect(result.article.text).not.toContain('Sam Okafor');
    expect(result.article.text.startsWith('The council voted')).toBe(true);
    // The span around the loose text is put into Sift's copy, never into the page.
    expect(dom.serialize()).toBe(before);
  });
});
