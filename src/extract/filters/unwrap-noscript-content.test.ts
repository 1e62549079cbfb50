import { describe, expect, it } from 'vitest';
import { context, PROSE, PROSE_2 } from '../../../tests/helpers/context';
import { articleOf } from '../../../tests/helpers/extract';
import { unwrapNoscriptContent } from './unwrap-noscript-content';

/**
 * Fires on the 19 WCXB dev forum threads served by Discourse, whose posts sit in `<noscript>` under an
 * empty app shell: 0501-0512, 0554, 0557, 1069, 1126, 1591, 1764, 1976 (word F1 0.000 -> 0.95 to 1.00 on
 * 17 of them; 0503 and 0510, long threads, 0.17 and 0.29). On no article page of the split does it change
 * the output. The markup below reproduces the structure; it is not copied from those pages.
 */
const post = (n: number, who: string, text: string) =>
  `<div id="post_${n}" class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator"><a href="/u/${who}">${who}</a></span><time datetime="2025-09-2${n}">September 2${n}, 2025</time><span class="post-count">#${n}</span></div><div class="post" itemprop="text"><p>${text}</p></div></div>`;

const THREAD = `<section id="d-splash"><style>html { overflow-y: hidden; } #d-splash { display: grid; }</style><script>document.title = 'Loading';</script></section>
<noscript><header><a href="/">Town Council Forum</a></header><div id="main-outlet" class="wrap"><div id="topic-title"><h1>Waiting times after the review</h1></div><div>${post(1, 'alice', PROSE)}${post(2, 'bob', PROSE_2)}${post(3, 'alice', 'Thanks, that answers it: the extension was agreed and the schools get their own budget line next spring.')}</div></div><footer><a href="/tos">Terms of Service</a></footer></noscript>`;

describe('unwrap-noscript-content', () => {
  it("puts a page's content printed inside <noscript> back in the page when it is all the page has", () => {
    const ctx = context(THREAD);
    ctx.apply(unwrapNoscriptContent);
    expect(ctx.doc.querySelector('noscript')).toBeNull();
    expect(ctx.doc.querySelectorAll('body > div#main-outlet .crawler-post')).toHaveLength(3);
    expect(ctx.text()).toContain(PROSE_2);
  });

  it('gives a reader the thread instead of "no article" (all three posts, once each)', () => {
    const article = articleOf(
      `<html><head><title>Waiting times after the review</title></head><body>${THREAD}</body></html>`,
      'https://forum.example/t/waiting-times/41',
    );
    for (const part of [PROSE, PROSE_2, 'the schools get their own budget line']) {
      expect(article.text.split(part)).toHaveLength(2);
    }
  });

  it("leaves an ordinary page's small <noscript> blocks to Readability: a pixel, an image, a notice", () => {
    const notice =
      'This site works best with JavaScript turned on. Some of its features, such as the comment form, the search box and the live results table, will not work until you turn it on in your browser settings.';
    const body = `<article><h1>Council extends the programme</h1><p>${PROSE}</p><p>${PROSE_2}</p><p>${PROSE}</p><p>${PROSE_2}</p></article><noscript><img src="/pixel.gif" alt=""></noscript><noscript><p>${notice}</p></noscript>`;
    const ctx = context(body);
    ctx.apply(unwrapNoscriptContent);
    expect(ctx.doc.querySelectorAll('noscript')).toHaveLength(2);
    expect(ctx.doc.querySelector('noscript > p')?.textContent).toContain('works best with JavaScript');
  });

  it('changes nothing where the page ran its scripts: there a <noscript> holds its markup as text', () => {
    const ctx = context('<div id="app"></div><noscript></noscript>');
    const holder = ctx.doc.querySelector('noscript') as Element;
    holder.appendChild(ctx.doc.createTextNode(`<div><p>${PROSE}</p><p>${PROSE_2}</p><p>${PROSE}</p></div>`));
    ctx.apply(unwrapNoscriptContent);
    expect(ctx.doc.querySelector('noscript')).not.toBeNull();
    expect(ctx.doc.querySelector('p')).toBeNull();
  });
});
