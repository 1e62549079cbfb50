import { describe, expect, it } from 'vitest';
import { context, PROSE } from '../../../tests/helpers/context';
import { removeCommentForms } from './remove-comment-forms';

describe('remove-comment-forms', () => {
  it('removes a comment form with its heading and notes', () => {
    const ctx = context(
      `<p>${PROSE}</p><div id="respond"><h3>Leave a Reply</h3><form><p>Your email address will not be published.</p><textarea></textarea><input type="email"></form></div>`,
    );
    ctx.apply(removeCommentForms);
    expect(ctx.text()).toBe(PROSE);
  });

  it('removes a newsletter sign-up box', () => {
    const ctx = context(
      `<p>${PROSE}</p><div><p>Get the morning briefing.</p><input type="email"><button>Sign up</button></div>`,
    );
    ctx.apply(removeCommentForms);
    expect(ctx.text()).toBe(PROSE);
  });

  it('stops at the story around a form', () => {
    const ctx = context(
      `<div><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p><form><textarea></textarea></form></div>`,
    );
    ctx.apply(removeCommentForms);
    expect(ctx.doc.querySelectorAll('p')).toHaveLength(3);
  });

  it('keeps a forum thread that the forum software wrapped in a form (WCXB 0517, 0544, 0520)', () => {
    const posts = Array.from(
      { length: 12 },
      (_, i) => `<article><p>Post ${i + 1}: ${PROSE}</p></article>`,
    ).join('');
    const ctx = context(`<form action="/inline-mod">${posts}<textarea name="reply"></textarea></form>`);
    ctx.apply(removeCommentForms);
    expect(ctx.doc.querySelectorAll('article')).toHaveLength(12);
    expect(ctx.doc.querySelector('textarea')).toBeNull();
  });
});
