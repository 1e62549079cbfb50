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
/** Each part printed once, in this order. */
const expectOnceInOrder = (text: string, parts: readonly string[]) => {
  for (const part of parts) expect(count(text, part), part).toBe(1);
  const at = parts.map((part) => text.indexOf(part));
  expect(at).toEqual([...at].sort((a, b) => a - b));
};

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
    expectOnceInOrder(t, [
      'Question, point 1',
      'Accepted answer, point 1',
      'Accepted answer, point 8',
      'Second answer, point 2',
    ]);
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

  // No microdata: phpBB's posts (WCXB 0538 0.655 -> 0.827), XenForo's, a forum's own (4564 0.514 ->
  // 0.973, 1066, 0575), each post the same component with its writer and its time.
  const lines = (topic: string, n: number) =>
    Array.from({ length: n }, (_, i) => `${topic}, point ${i + 1}. ${SENTENCE}`).join('<br><br>');
  const post = (who: string, topic: string, n: number, re = 'Re: ') =>
    `<div class="post bg2"><div class="inner"><dl class="postprofile"><dt><a class="username" href="/member/${who}">${who}</a></dt><dd><strong>Posts:</strong> <a href="/search?author=${who}">524</a></dd><dd><strong>Joined:</strong> Mon Jul 24, 2017</dd></dl><div class="postbody"><div><h3><a href="/t/41#${who}">${re}Queue at the clinic</a></h3><ul class="post-buttons"><li><a href="/quote">Quote</a></li></ul><p class="author">by <a class="username" href="/member/${who}">${who}</a> » <time datetime="2026-02-24T12:41:00Z">Tue Feb 24, 2026</time></p><div class="content">${lines(topic, n)}</div></div></div></div></div>`;
  const PHPBB = `<html><head><title>Queue at the clinic - Clinic Forum</title></head><body><div class="page-body"><h2 class="topic-title"><a href="/t/41">Queue at the clinic</a></h2>
${post('carol', 'First post', 8, '')}${post('dave', 'Reply one', 1)}${post('erin', 'Reply two', 3)}${post('frank', 'Reply three', 1)}
</div></body></html>`;

  it('gives a thread the page does not declare: a run of alike posts, each with its writer and time', () => {
    expect(read(PHPBB, ['gather-posts']).text).not.toContain('Reply three, point 1');
    const article = read(PHPBB);
    const t = article.text;
    expectOnceInOrder(t, [
      'First post, point 1',
      'First post, point 8',
      'Reply one, point 1',
      'Reply three, point 1',
    ]);
    expect(article.notes.map((n) => n.code)).toContain('thread');
    // Each post's words under its writer and time; the profile and the buttons stay out.
    expect(t).toContain('dave · Tue Feb 24, 2026');
    expect(count(t, 'Joined:')).toBe(0);
    expect(count(t, 'Quote')).toBe(0);
  });

  it('reads a tree of comments whole, each reply once, when Readability kept one comment', () => {
    const comment = (who: string, topic: string, n: number, replies = '') =>
      `<li class="comments_subtree"><div class="comment"><div class="voters"><a class="upvoter" href="/login">8</a></div><div class="details"><div class="byline"><a href="/~${who}"><img class="avatar" src="/avatars/${who}.png" alt=""></a> <a href="/~${who}">${who}</a> <a href="/c/${who}"><time datetime="2026-02-24T12:41:00Z">3 hours ago</time></a></div><div role="heading" class="comment_text">${words(topic, n)}</div></div></div>${replies ? `<ol class="comments">${replies}</ol>` : ''}</li>`;
    const tree = `<html><head><title>Queue at the clinic | Lobby</title></head><body><div class="story"><a href="https://clinic.example/queue">Queue at the clinic</a> <span class="byline">via carol</span></div><ol class="comments">${comment('dave', 'Top one', 6, comment('erin', 'Nested reply', 1, comment('gina', 'Deeper reply', 1)))}${comment('frank', 'Top two', 1)}${comment('hugo', 'Top three', 2)}</ol></body></html>`;
    expect(read(tree, ['gather-posts']).text).not.toContain('Top three, point 2');
    expectOnceInOrder(read(tree).text, [
      'Top one, point 6',
      'Nested reply, point 1',
      'Deeper reply, point 1',
      'Top two, point 1',
      'Top three, point 2',
    ]);
  });

  it('keeps a story whose comments are a run of alike posts: the story is not one of them', () => {
    const comments = ['dave', 'erin', 'frank', 'gina']
      .map(
        (who, i) =>
          `<li class="comment"><span class="comment-author">${who}</span> <time>2 days ago</time><p>Reader ${i}: ${SENTENCE} ${SENTENCE} ${SENTENCE}</p></li>`,
      )
      .join('');
    const html = `<html><head><title>The clinic opens a second desk</title></head><body><article><h1>The clinic opens a second desk</h1><p class="byline">By Carol Diaz, <time>May 2, 2026</time></p>${words('Story', 5)}</article><ol class="comments">${comments}</ol></body></html>`;
    const article = read(html);
    expect(article.text).toContain('Story, point 5');
    expect(article.text).not.toContain('Reader 3');
    expect(article.notes.map((n) => n.code)).not.toContain('thread');
  });

  it('keeps a feed of story cards apart: each card has a headline of its own, not a thread’s "Re:" (agg-summary-cards)', () => {
    // A summary app's page: the story's card, then others printed alike, each with its writer and time.
    const card = (headline: string, who: string, topic: string, n: number) =>
      `<div class="card"><h2><a href="/news/${topic.toLowerCase().replace(/ /g, '-')}">${headline}</a></h2><div class="card-meta">short by <span class="author">${who}</span> / <time>09:41 am</time></div><div class="card-body">${words(topic, n)}</div><a href="https://outlet.example/${who}">read more at The Outlet</a></div>`;
    const html = `<html><head><title>Clinic opens a second desk | Newsbite</title></head><body><div class="feed">${card('Clinic opens a second desk', 'ana', 'Story', 4)}${card('Harbour road closed by storm', 'li', 'Harbour', 1)}${card('School board picks a head', 'tom', 'School', 1)}${card('Library returns a book', 'eva', 'Library', 1)}</div></body></html>`;
    const article = read(html);
    expect(article.notes.map((n) => n.code)).not.toContain('thread');
    expect(article.html).toBe(read(html, ['gather-posts']).html);
  });

  it('still gives a thread whose posts each head with the writer’s name (Invision, XenForo: WCXB 0545, 1674)', () => {
    // The phpBB thread above, each writer's name in a heading of its own and no subject lines.
    const named = PHPBB.replace(
      /<dt>(<a class="username"[^>]*>\w+<\/a>)<\/dt>/g,
      '<dt><h3>$1</h3></dt>',
    ).replace(/<h3><a href="\/t\/41#\w+">[^<]*<\/a><\/h3>/g, '');
    expect(named.match(/<h3>/g)).toHaveLength(4);
    const article = read(named);
    expect(article.notes.map((n) => n.code)).toContain('thread');
    expectOnceInOrder(article.text, ['First post, point 8', 'Reply one, point 1', 'Reply three, point 1']);
  });

  it('leaves a page of frequently asked questions to the rest of the pipeline', () => {
    const faq = (q: string) =>
      `<div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><h3 itemprop="name">${q}</h3><div itemprop="acceptedAnswer" itemscope itemtype="https://schema.org/Answer"><div itemprop="text"><p>${SENTENCE}</p></div></div></div>`;
    const html = `<html><head><title>Clinic questions</title></head><body><main itemscope itemtype="https://schema.org/FAQPage"><h1>Clinic questions</h1>${words('Introduction', 3)}${faq('When does it open?')}${faq('Do I need an appointment?')}${faq('Is there parking?')}</main></body></html>`;
    expect(read(html).html).toBe(read(html, ['gather-posts']).html);
  });
});
