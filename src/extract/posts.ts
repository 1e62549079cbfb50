import { absolutize } from './absolute-urls';
import { hasMoreChildElements, listOf } from './nodes';
import { cleanClone } from './restore-sections';
import { alike } from './shape';
import { collapse, fingerprintText } from './text';

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
 * The article made of the thread's posts, or null when the page holds no discussion, declared or by
 * structure, or Readability's article already holds most of it. `page` is the page as Readability was
 * given it.
 */
export function gatherPosts(page: Element, content: Element): Element | null {
  return declaredThread(page, content) ?? postRun(page, content);
}

/** The thread the page declares in microdata, when Readability kept too little of it. */
function declaredThread(page: Element, content: Element): Element | null {
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
  return threadOf(
    posts.map(({ text }) => text),
    page,
    content,
  );
}

/**
 * The posts, each once, in the page's order, between rules: the article. A post's `heading` (its
 * writer and time, when the page prints them apart from its words) goes above it.
 */
function threadOf(
  posts: readonly Element[],
  page: Element,
  content: Element,
  headings: readonly (Element | null)[] = [],
): Element {
  const doc = content.ownerDocument;
  const thread = doc.createElement('div');
  const base = page.ownerDocument.baseURI;
  posts.forEach((post, i) => {
    if (i > 0) thread.appendChild(doc.createElement('hr'));
    const clone = cleanClone(post, doc);
    absolutize(clone, base);
    const wrapper = doc.createElement('div');
    const heading = headings[i];
    if (heading) wrapper.appendChild(doc.importNode(heading, true));
    wrapper.appendChild(clone);
    thread.appendChild(wrapper);
  });
  return thread;
}

/**
 * A thread the page does not declare, found by structure: phpBB's, XenForo's and most forums' posts
 * are one component printed once per post (`<div class="post">`, `<article class="message">`), side
 * by side, each with its writer's name and its time (WCXB 0538, 1674, 4564). Readability keeps the
 * words of one of them. When the article is the words of one item of a run of MIN_RUN or more alike
 * siblings that each carry a writer or a time, the article becomes every item's words, found at the
 * same place in each, under its writer's name and time; the profile, counters and buttons around
 * them stay out. A story with comments under it is not one of its comments: its text stands outside
 * their run, and stays as it is; an article that already holds several posts stays as it is too.
 */
function postRun(page: Element, content: Element): Element | null {
  const start = openingNode(page, content);
  if (!start) return null;
  let run: Element[] | null = null;
  let depth = 0;
  for (let at = start.parentElement; at && at !== page && depth < MAX_POST_DEPTH; at = at.parentElement) {
    depth++;
    const found = runAround(at);
    // Replies nested under a post repeat its component: the outermost run is the thread's.
    if (found && (!run || alike(at, run[0] as Element))) run = found;
  }
  const first = run?.[0];
  if (!first) return null;
  // The post the article's first words are in: in a tree of comments, the innermost.
  let own: Element | null = null;
  for (let at = start.parentElement; at && !own; at = at.parentElement) if (alike(at, first)) own = at;
  if (!own) return null;
  const article = fingerprintText(content.textContent ?? '');
  const words = wordsOf(start, own, article);
  if (!words) return null;
  const path = pathTo(own, words);
  const items: Element[] = [];
  const posts: Element[] = [];
  const headings: (Element | null)[] = [];
  // Replies nested under the posts (a tree of comments) are read too, in the page's order.
  const parent = first.parentElement as Element;
  const all = listOf(parent.getElementsByTagName(first.tagName)).filter((el) => alike(el, first));
  for (const post of all) {
    const found = follow(post, path);
    if (!found) continue;
    items.push(post);
    posts.push(found);
    headings.push(headingOf(post, found, content.ownerDocument));
  }
  if (posts.length < MIN_RUN) return null;
  // A feed of stories printed alike, each with its writer and time (a summary app's cards), is no
  // thread: each item has a headline of its own, where a thread's posts have none or repeat the
  // topic's ("Re: …").
  const headlines = ownHeadlines(items, posts);
  if (headlines >= MIN_RUN && headlines * 2 >= items.length) return null;
  const prints = posts.map((post) => fingerprintText(post.textContent ?? '')).join(' ');
  // More to read than Readability kept, and all it kept: an opening post printed unlike its replies
  // (Discourse's, WCXB 1126) is not lost to them.
  if (prints.length - article.length < prints.length * MISSING_SHARE) return null;
  return heldShare(content, prints) >= KEPT_SHARE ? threadOf(posts, page, content, headings) : null;
}

/** Where an item's headline stands: a heading, or the headline a story card declares. */
const HEADLINES = 'h1, h2, h3, h4, h5, h6, [itemprop~="headline"]';
/** A reply's subject repeats the topic's after "Re:" (and its German, Nordic, Polish, Turkish forms). */
const REPLY_PREFIX = /^\s*(re|aw|sv|odp|ynt|rép)\s*(\[\d+\])?\s*:\s*/i;

/**
 * A headline is a sentence's worth of words: forums print each post's writer as a heading of its own
 * (Invision's and XenForo's `<h3>`/`<h4>` name, WCXB 0545, 0548, 0579, 1658, 1674).
 */
const MIN_HEADLINE_WORDS = 4;

/** How many different headlines the items carry outside their words (`words[i]` is item i's). */
function ownHeadlines(items: readonly Element[], words: readonly Element[]): number {
  const prints = new Set<string>();
  items.forEach((item, i) => {
    for (const h of item.querySelectorAll(HEADLINES)) {
      if (words[i]?.contains(h)) continue;
      const text = collapse(h.textContent ?? '').replace(REPLY_PREFIX, '');
      if (text.split(' ').length < MIN_HEADLINE_WORDS) continue;
      const print = fingerprintText(text);
      if (print) {
        prints.add(print);
        break;
      }
    }
  });
  return prints.size;
}

/** The share of `el`'s letters (in texts that can tell) that `prints` holds. */
function heldShare(el: Element, prints: string, below: Element | null = null): number {
  let held = 0;
  let all = 0;
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (below?.contains(n)) continue;
    const print = fingerprintText(n.nodeValue ?? '');
    // A number or a short word is in any article: it tells nothing.
    if (print.length < MIN_TOLD) continue;
    all += print.length;
    if (prints.includes(print)) held += print.length;
  }
  return all === 0 ? 1 : held / all;
}

/**
 * The element of `post` that holds the article's words: from its first words up, while each level adds
 * text that is mostly the article's (a quote Readability kept, the rest of the post's words), and not
 * the profile, counters and buttons Readability left out. Null when the post holds none of it.
 */
function wordsOf(start: Node, post: Element, article: string): Element | null {
  let words: Element | null = null;
  for (let at = start.parentElement; at && post.contains(at); at = at.parentElement) {
    // Replies nested in the post are posts of their own, not its words.
    if (at !== post && holdsPost(at, post)) break;
    if (heldShare(at, article, words) < ADDED_SHARE) break;
    words = at;
  }
  return words;
}

/** Whether `el` holds a post printed like `post` (a reply nested in it). */
function holdsPost(el: Element, post: Element): boolean {
  for (const other of listOf(el.getElementsByTagName(post.tagName))) if (alike(other, post)) return true;
  return false;
}

/** From `post` down to `el`: each element, and which of its twins it is. */
function pathTo(post: Element, el: Element): { el: Element; nth: number }[] {
  const path: { el: Element; nth: number }[] = [];
  for (let at = el; at !== post && at.parentElement; at = at.parentElement)
    path.unshift({ el: at, nth: twins(at.parentElement, at).indexOf(at) });
  return path;
}

/** The element at the same place in another post: the same steps down, each to the same twin. */
function follow(post: Element, path: readonly { el: Element; nth: number }[]): Element | null {
  let at: Element | undefined = post;
  for (const step of path) {
    at = at && twins(at, step.el)[step.nth];
    if (!at) return null;
  }
  return at ?? null;
}

/**
 * The children of `parent` printed most like `like`: its tag, and the most of its classes (none when
 * it has none). A forum's first post can lack a cell its replies have, or add a class of its own
 * ("message-threadStarterPost", WCXB 0514): counting places among all alike children would miss.
 */
function twins(parent: Element, like: Element): Element[] {
  const classes = [...like.classList];
  let best = 0;
  let found: Element[] = [];
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    if (child.tagName !== like.tagName) continue;
    const score =
      classes.length === 0
        ? Number(child.classList.length === 0)
        : classes.filter((c) => child.classList.contains(c)).length;
    if (score === 0 || score < best) continue;
    if (score > best) found = [];
    best = score;
    found.push(child);
  }
  return found;
}

/** The post's writer and time, printed apart from its words, as one line: "carol · Tue Feb 24, 2026". */
function headingOf(post: Element, words: Element, doc: Document): Element | null {
  const apart = (el: Element) => !words.contains(el) && !el.contains(words);
  const nameIn = (writer: (el: Element) => boolean) =>
    firstWithin(post, (el) => {
      if (!writer(el) || !apart(el)) return false;
      const text = collapse(el.textContent ?? '');
      return text.length > 0 && text.length <= MAX_NAME;
    });
  // A user's name first: phpBB prints a "Topic Author" badge (class "phpbb-showtopicauthor") above it.
  const name = nameIn(isUserName) ?? nameIn((el) => /author/i.test(el.getAttribute('class') ?? ''));
  const time = listOf(post.getElementsByTagName('time')).find(apart);
  if (!name && !time) return null;
  const line = doc.createElement('p');
  if (name) line.appendChild(doc.createElement('strong')).textContent = collapse(name.textContent ?? '');
  if (name && time) line.append(' · ');
  if (time) line.append(collapse(time.textContent ?? ''));
  return line;
}

/** A post's words go on up through levels whose added text is at least this share the article's. */
const ADDED_SHARE = 0.5;
/** The share of the article's letters the thread must hold: it replaces the article. */
const KEPT_SHARE = 0.9;
/** Letters of a text that can tell whether it is the article's. */
const MIN_TOLD = 4;
/**
 * Where a post prints its writer's name: a class naming a user's name, `itemprop`/`rel` author (a
 * class naming an author is asked after). Tested in script, not by selectors: jsdom's case-insensitive
 * attribute selectors took three quarters of this step's time on forum pages.
 */
function isUserName(el: Element): boolean {
  return /username/i.test(el.getAttribute('class') ?? '') || declaresAuthor(el);
}

function declaresAuthor(el: Element): boolean {
  return /(^|\s)author(\s|$)/.test(`${el.getAttribute('itemprop') ?? ''} ${el.getAttribute('rel') ?? ''}`);
}

/** What each post prints besides its words: its time, its writer (a user's name or profile). */
function isPostMark(el: Element): boolean {
  return (
    el.tagName === 'TIME' || /author|user|date/i.test(el.getAttribute('class') ?? '') || declaresAuthor(el)
  );
}

/** The first element inside `root`, in document order, that `test` accepts. */
function firstWithin(root: Element, test: (el: Element) => boolean): Element | null {
  const walker = root.ownerDocument.createTreeWalker(root, 1);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (test(n as Element)) return n as Element;
  return null;
}
/** Letters of a name, at most: a longer text is a line about the writer. */
const MAX_NAME = 40;
/** Posts in a run, at least. */
const MIN_RUN = 3;
/** Levels from the article's first words up to its post: a post's body sits a few wrappers deep. */
const MAX_POST_DEPTH = 12;

/** `el` and its alike siblings, when they are MIN_RUN or more posts that each carry a writer or a time. */
function runAround(el: Element): Element[] | null {
  const parent = el.parentElement;
  // The element itself first: a paragraph of a long story carries no writer, and its siblings are not read.
  if (!parent || !hasMoreChildElements(parent, MIN_RUN - 1) || !firstWithin(el, isPostMark)) return null;
  // Walked sibling by sibling: a for…of or a spread over `children` reads its length anew at each step,
  // which jsdom counts again each time (a page of 50,000 paragraphs took minutes).
  const run: Element[] = [];
  for (let sib = parent.firstElementChild; sib; sib = sib.nextElementSibling)
    if (alike(sib, el)) run.push(sib);
  if (run.length < MIN_RUN) return null;
  return run.every((post) => firstWithin(post, isPostMark) !== null && /\p{L}/u.test(post.textContent ?? ''))
    ? run
    : null;
}

/**
 * The text node of the page where the article's first words are: the article's first text of
 * MIN_OPENING letters or more is one of the page's, moved; the same words inside a longer text are a
 * quote of it (a reply that opens by quoting an earlier post, WCXB 1066).
 */
function openingNode(page: Element, content: Element): Node | null {
  const first = firstWords(content);
  if (!first) return null;
  const walker = page.ownerDocument.createTreeWalker(page, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.nodeValue ?? '';
    // A text shorter than the fingerprint cannot print it: most of a page's texts are not read.
    if (text.length >= first.length && fingerprintText(text) === first) return n;
  }
  return null;
}

/** The fingerprint of the article's first text long enough to be told apart. */
function firstWords(content: Element): string | null {
  const walker = content.ownerDocument.createTreeWalker(content, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const print = fingerprintText(n.nodeValue ?? '');
    if (print.length >= MIN_OPENING) return print;
  }
  return null;
}

/** Letters of a text of the article's opening that few other texts of the page start alike. */
const MIN_OPENING = 20;
