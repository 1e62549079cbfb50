import { absolutize } from './absolute-urls';
import { cleanClone } from './restore-sections';
import { fingerprintText } from './text';

/**
 * A discussion read whole. A forum thread or a question with its answers is a run of posts, and
 * Readability keeps the one it scores highest: on a StackExchange page the accepted answer without the
 * question (WCXB 0172, 0566, 0567, 4310), on a XenForo thread the longest reply (0528, 0534, 4317).
 * Many such pages say what they are in schema.org microdata: a QAPage with its Question and Answers, a
 * DiscussionForumPosting with its Comments, each post's words marked `itemprop="text"`. When the page
 * declares a discussion and Readability's article holds little of its posts, the article becomes the
 * posts, in the page's order, each once.
 *
 * Not a discussion: a page of frequently asked questions (FAQPage, or questions with no QAPage around
 * them), a blog post's comments under an article (no thread declared, or the article holds the post).
 * A comment on a question or an answer (StackExchange's notes under a post) is not a post of the thread.
 */
const POST_TYPES = new Set(['Question', 'Answer', 'DiscussionForumPosting', 'Comment', 'SocialMediaPosting']);
const THREAD_TYPES = new Set(['QAPage', 'DiscussionForumPosting']);
const QA_TYPES = new Set(['Question', 'Answer']);
/** A thread of comments alone (XenForo's replies) from this many posts. */
const MIN_COMMENTS = 3;
const MIN_POSTS = 2;
/** Readability's article is a post of the thread when posts make up this share of its letters… */
const POSTS_SHARE = 0.5;
/** …and it is read whole when the posts it left out hold this share of the thread's letters. */
const MISSING_SHARE = 0.2;
/** Letters of a reading that is a story of its own, not a stray line Readability picked. */
const MIN_STORY_LETTERS = 500;
/** A post's opening, fingerprinted, is how it is found in the article. */
const OPENING = 50;

/** A post's words (the element marked `itemprop="text"`) and their fingerprint. */
interface Post {
  text: Element;
  print: string;
}

/** The schema.org type an item declares (its first, when it lists several). */
function typeOf(item: Element | null | undefined): string {
  const declared = item?.getAttribute('itemtype')?.trim().split(/\s+/)[0] ?? '';
  return declared.slice(declared.lastIndexOf('/') + 1);
}

/** The item an element's property belongs to: its nearest ancestor with `itemscope`. */
function ownerOf(el: Element): Element | null {
  return el.parentElement?.closest('[itemscope]') ?? null;
}

/**
 * The posts of the discussion the page declares, in the page's order (none when it declares none), and
 * whether it declares a thread (a QAPage or a DiscussionForumPosting) or only comments.
 */
export function threadPosts(page: Element): { posts: Post[]; declared: boolean } {
  const none = { posts: [], declared: false };
  let thread = false;
  // The page's own element and its root count (StackExchange declares the QAPage on <html>).
  const root = page.ownerDocument.documentElement;
  for (const item of [...(root ? [root] : []), page, ...page.querySelectorAll('[itemtype]')]) {
    const type = typeOf(item);
    if (type === 'FAQPage') return none;
    if (THREAD_TYPES.has(type)) thread = true;
  }
  const posts: Post[] = [];
  let comments = 0;
  for (const text of page.querySelectorAll('[itemprop~="text"]')) {
    const item = ownerOf(text);
    const type = typeOf(item);
    if (!item || !POST_TYPES.has(type)) continue;
    // Words inside another post's words: a quote. A post with no words (an opening post whose text is
    // printed elsewhere, WCXB 0553) is no post to find or to show.
    if (text.parentElement?.closest('[itemprop~="text"]')) continue;
    const print = fingerprintText(text.textContent ?? '');
    if (print === '') continue;
    if (type === 'Comment') {
      if (QA_TYPES.has(typeOf(ownerOf(item)))) continue;
      comments++;
    }
    posts.push({ text, print });
  }
  if ((!thread && comments < MIN_COMMENTS) || posts.length < MIN_POSTS) return none;
  return { posts, declared: thread };
}

/**
 * The article made of the thread's posts, or null when the page declares no discussion or Readability's
 * article already holds most of it. `page` is the page as Readability was given it.
 */
export function gatherPosts(page: Element, content: Element): Element | null {
  const { posts, declared } = threadPosts(page);
  if (posts.length === 0) return null;
  const article = fingerprintText(content.textContent ?? '');
  let total = 0;
  let held = 0;
  let opening = true;
  posts.forEach(({ print }, i) => {
    total += print.length;
    if (article.includes(print.slice(0, OPENING))) held += print.length;
    else if (i === 0) opening = false;
  });
  // A thread Readability read whole stays as it is; one without its first post (the question) is not
  // whole. Where the page declares only comments, a story with its comments under it stays the
  // story: Readability's article must be made of posts.
  if (opening && total - held < total * MISSING_SHARE) return null;
  // Even in a declared thread, a long article that is not made of posts is a story with its comments
  // marked up as a discussion: only a reading with next to nothing (a stray line) gives way.
  if (held < article.length * POSTS_SHARE && (!declared || article.length >= MIN_STORY_LETTERS)) return null;
  const doc = content.ownerDocument;
  const thread = doc.createElement('div');
  const base = page.ownerDocument.baseURI;
  posts.forEach(({ text }, i) => {
    if (i > 0) thread.appendChild(doc.createElement('hr'));
    const clone = cleanClone(text, doc);
    absolutize(clone, base);
    const wrapper = doc.createElement('div');
    wrapper.appendChild(clone);
    thread.appendChild(wrapper);
  });
  return thread;
}
