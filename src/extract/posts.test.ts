import { describe, expect, it } from 'vitest';
import { articleOf } from '../../tests/helpers/extract';

/**
 * gather-posts reads a declared discussion whole. Fires on WCXB dev forum pages (Foley, 2026):
 * StackExchange questions (0172 0.256 -> 1.000, 0360, 0564, 0565, 0566, 0567, 2828, 4310) and XenForo
 * threads (0521, 0528, 0530, 0534, 0537, 2797, 4317, 4492, 0519; not 0576, whose first post carries no
 * microdata and whose reading, that post, is long: a declared thread beside a long reading not made of
 * posts is taken for a story's comments). Left alone: pages of frequently
 * asked questions (0056, 0057, 0170, 1520, 4188, 4250, 4643, 0603), and no article page of the split
 * declares a thread. The markup below reproduces the structures; it is not copied from those pages.
 */
const SENTENCE =
  'The council measured the queue at the clinic every morning for a month, and the waiting time fell by a third once the second desk opened.';
const words = (topic: string, n: number) =>
  Array.from({ length: n }, (_, i) => `<p>${topic}, point ${i + 1}. ${SENTENCE}</p>`).join('');
const count = (text: string, part: string) => text.split(part).length - 1;

const comment = (text: string) =>
  `<li itemprop="comment" itemscope itemtype="https://schema.org/Comment"><span class="comment-copy" itemprop="text">${text}</span></li>`;

/** A question and its answers, the page declared a QAPage on its root; the accepted answer is the longest. */
const QA_PAGE = `<html itemscope itemtype="https://schema.org/QAPage"><head><title>How do I shorten the queue?</title></head><body>
<div id="content"><h1>How do I shorten the queue?</h1>
<div class="question" itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><div class="post-body" itemprop="text">${words('Question', 2)}</div><ul class="comments">${comment('Which clinic is this, and which days are the worst?')}</ul></div>
<div id="answers">
<div class="answer accepted" itemprop="acceptedAnswer" itemscope itemtype="https://schema.org/Answer"><div class="post-body" itemprop="text">${words('Accepted answer', 8)}</div><ul class="comments">${comment('This worked for us too, thanks a lot for writing it down.')}</ul></div>
<div class="answer" itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer"><div class="post-body" itemprop="text">${words('Second answer', 2)}</div></div>
</div></div></body></html>`;

/** A forum thread: the first post and its replies, each reply a Comment of the DiscussionForumPosting. */
const reply = (who: string, topic: string, n: number) =>
  `<article class="message" itemprop="comment" itemscope itemtype="https://schema.org/Comment"><div class="user" itemprop="author">${who}</div><div class="message-body" itemprop="text">${words(topic, n)}</div></article>`;
const THREAD = `<html><head><title>Queue at the clinic</title></head><body><div class="thread" itemscope itemtype="https://schema.org/DiscussionForumPosting">
<h1 itemprop="headline">Queue at the clinic</h1>
<article class="message"><div class="user">carol</div><div class="message-body" itemprop="text">${words('First post', 2)}</div></article>
${reply('dave', 'Reply one', 1)}${reply('erin', 'Reply two', 6)}${reply('frank', 'Reply three', 1)}
</div></body></html>`;

const read = (html: string, disable: string[] = []) =>
  articleOf(html, 'https://forum.example/questions/41/queue', { disable });

describe('gather-posts', () => {
  it('gives a question with all its answers, in order, without the comments under them', () => {
    const without = read(QA_PAGE, ['gather-posts']).text;
    expect(without).toContain('Accepted answer, point 8');
    expect(without).not.toContain('Question, point 1');

    const article = read(QA_PAGE);
    const t = article.text;
    const order = [
      'Question, point 1',
      'Accepted answer, point 1',
      'Accepted answer, point 8',
      'Second answer, point 2',
    ];
    for (const part of order) expect(count(t, part), part).toBe(1);
    const at = order.map((part) => t.indexOf(part));
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(t).not.toContain('Which clinic is this');
    expect(t).not.toContain('This worked for us too');
    expect(article.notes.map((n) => n.code)).toContain('thread');
  });

  it('gives a forum thread with every reply', () => {
    const without = read(THREAD, ['gather-posts']).text;
    expect(without).not.toContain('Reply three, point 1');
    const t = read(THREAD).text;
    for (const part of [
      'First post, point 2',
      'Reply one, point 1',
      'Reply two, point 6',
      'Reply three, point 1',
    ])
      expect(count(t, part), part).toBe(1);
  });

  it('keeps a story whose comments are marked up as comments: the story is not a post', () => {
    const html = `<html><head><title>The clinic opens a second desk</title></head><body><article itemscope itemtype="https://schema.org/BlogPosting"><h1>The clinic opens a second desk</h1><div itemprop="articleBody">${words('Story', 6)}</div></article>
<section class="comments">${[1, 2, 3, 4].map((i) => `<article itemprop="comment" itemscope itemtype="https://schema.org/Comment"><div itemprop="text"><p>Reader ${i}: ${SENTENCE} ${SENTENCE}</p></div></article>`).join('')}</section></body></html>`;
    const article = read(html);
    expect(article.text).toContain('Story, point 6');
    expect(article.notes.map((n) => n.code)).not.toContain('thread');
  });

  it('keeps a story whose comments the page declares as a discussion: a long reading not made of posts', () => {
    const html = `<html><head><title>The clinic opens a second desk</title></head><body><article><h1>The clinic opens a second desk</h1>${words('Story', 5)}</article>
<section class="comments" itemscope itemtype="https://schema.org/DiscussionForumPosting">${[1, 2, 3, 4, 5, 6].map((i) => `<div itemprop="comment" itemscope itemtype="https://schema.org/Comment"><div itemprop="text"><p>Reader ${i}: ${SENTENCE} ${SENTENCE} ${SENTENCE}</p></div></div>`).join('')}</section></body></html>`;
    const article = read(html);
    expect(article.text).toContain('Story, point 5');
    expect(article.notes.map((n) => n.code)).not.toContain('thread');
  });

  it('leaves a page of frequently asked questions to the rest of the pipeline', () => {
    const faq = (q: string) =>
      `<div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><h3 itemprop="name">${q}</h3><div itemprop="acceptedAnswer" itemscope itemtype="https://schema.org/Answer"><div itemprop="text"><p>${SENTENCE}</p></div></div></div>`;
    const html = `<html><head><title>Clinic questions</title></head><body><main itemscope itemtype="https://schema.org/FAQPage"><h1>Clinic questions</h1>${words('Introduction', 3)}${faq('When does it open?')}${faq('Do I need an appointment?')}${faq('Is there parking?')}</main></body></html>`;
    expect(read(html).html).toBe(read(html, ['gather-posts']).html);
  });
});
