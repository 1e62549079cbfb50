import { describe, expect, it } from 'vitest';
import { ld, read, STORY } from '../../../tests/helpers/metadata';
import { cleanByline } from '.';

describe('byline', () => {
  it('reads JSON-LD authors given by @id in a @graph, and joins several with ", "', () => {
    const m = read(
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          {
            '@type': 'NewsArticle',
            headline: 'The budget, explained',
            author: [
              { '@id': 'https://news.example/#/person/1' },
              { '@id': 'https://news.example/#/person/2' },
            ],
          },
          { '@type': 'Person', '@id': 'https://news.example/#/person/1', name: 'Jane Doe' },
          { '@type': 'Person', '@id': 'https://news.example/#/person/2', name: 'John Roe' },
        ],
      }),
      `<div>${STORY}</div>`,
    );
    expect(m.byline).toBe('Jane Doe, John Roe');
  });

  it("reads the biographies declared for people, in the graph or as an article's author, not a short role", () => {
    const bio =
      'Jane Doe covers housing and city hall for the paper, and has written about the county since 2012.';
    const other =
      'John Roe edits the business pages and writes a weekly column about small firms in the valley.';
    const m = read(
      ld({
        '@graph': [
          {
            '@type': 'NewsArticle',
            headline: 'The budget',
            author: { '@type': 'Person', name: 'John Roe', description: other },
          },
          { '@type': 'Person', name: 'Jane Doe', description: `  ${bio}` },
          { '@type': 'Person', name: 'Sam Poe', description: 'Staff writer' },
          {
            '@type': 'Organization',
            name: 'The Paper',
            description: 'The Paper is the valley’s daily newspaper since 1901, owned by its readers.',
          },
        ],
      }),
      `<div>${STORY}</div>`,
    );
    expect(m.authorBios.sort()).toEqual([bio, other].sort());
  });

  it('reads an author given as a string, an array of strings or a Person with given and family names', () => {
    const byline = (author: unknown) =>
      read(ld({ '@type': 'Article', headline: 'A story', author }), `<div>${STORY}</div>`).byline;
    expect(byline('Jane Doe')).toBe('Jane Doe');
    expect(byline(['Jane Doe', 'John Roe'])).toBe('Jane Doe, John Roe');
    expect(byline({ '@type': 'Person', givenName: 'Jane', familyName: 'Doe' })).toBe('Jane Doe');
  });

  it('prefers the name shown next to the headline over a CMS account or the site itself', () => {
    const m = read(
      `<meta name="author" content="admin">${ld({ '@type': 'Article', headline: 'Council extends the programme', author: { '@type': 'Organization', name: 'Town News' } })}`,
      `<article><h1>Council extends the programme</h1><p class="meta">By <a href="/author/jane-doe">Jane Doe</a> | June 4, 2025</p>${STORY}</article>`,
    );
    expect(m.byline).toBe('Jane Doe');
    expect(m.bylineBlock?.textContent).toBe('By Jane Doe | June 4, 2025');
  });

  it('takes the name, not the role printed beside it ("Senior Autos Reporter", WCXB 4048)', () => {
    const m = read(
      '',
      `<article><h1>The best electric cars of the year, tested</h1><div class="byline"><span class="author-name"><a href="/author/keith-barry">Keith Barry</a></span><span class="author-role">Senior Autos Reporter</span></div>${STORY}</article>`,
    );
    expect(m.byline).toBe('Keith Barry');
  });

  it('takes the writer the copied story opens with over the auto-blog account that posted it', () => {
    // An RSS auto-blog: its CMS user "feedbot" next to the headline, the original's byline as the
    // story's first line; the outlet after the comma is no second author.
    const m = read(
      '<meta name="author" content="feedbot">',
      `<article><h1>Council approves bus lane plan</h1><div class="entry-meta"><time>November 18, 2026</time> by <span class="author vcard"><a href="/author/feedbot/">feedbot</a></span></div><div class="entry-content"><p><strong>By Maria Okafor, The Riverside Sentinel</strong></p>${STORY}</div></article>`,
    );
    expect(m.byline).toBe('Maria Okafor');
    // The header shows it: the line is marked for remove-byline-block.
    expect(m.bylineBlock?.textContent).toBe('By Maria Okafor, The Riverside Sentinel');
    // The same with the name in a link after a "By" of its own.
    const linked = read(
      '<meta name="author" content="feedbot">',
      `<article><h1>Council approves bus lane plan</h1><div class="entry-meta">by <span class="author vcard"><a href="/author/feedbot/">feedbot</a></span></div><div class="entry-content"><p>By <a href="https://riversidesentinel.example/staff/maria-okafor">Maria Okafor</a></p>${STORY}</div></article>`,
    );
    expect(linked.byline).toBe('Maria Okafor');
    // Without such a line the handle stands (blogs signed with one, WCXB 4581, 4587).
    const alone = read(
      '<meta name="author" content="feedbot">',
      `<article><h1>Council approves bus lane plan</h1><div class="entry-meta">by <span class="author vcard"><a href="/author/feedbot/">feedbot</a></span></div>${STORY}</article>`,
    );
    expect(alone.byline).toBe('feedbot');
    // Past the story's first paragraph, an "Author:" is a book's, not the post's (WCXB 0461).
    const book = read(
      '',
      `<article><h1>Book Beat: three new novels</h1><p class="byline">by Amanda</p>${STORY}<div class="callout"><p><strong>Author:</strong> H.G. Parry</p></div></article>`,
    );
    expect(book.byline).toBe('Amanda');
  });

  it('ends a byline at the share buttons: "Posted by Admin" is no writer, "BlogThis!" no name (agg-blogger-source-br)', () => {
    const m = read(
      '',
      `<div class="post"><h3 class="post-title">Chipmaker unveils cheaper AI accelerator</h3><div class="post-body">${STORY}</div><div class="post-footer"><span class="post-author vcard">Posted by <span class="fn" itemprop="author">Admin</span></span> <span class="post-timestamp">at <a href="/2026/11/x.html">6:12 AM</a></span><div class="post-share-buttons"><a class="share-button" href="https://www.blogger.com/share-post.g?target=email">Email This</a><a class="share-button" href="https://www.blogger.com/share-post.g?target=blog">BlogThis!</a></div></div></div>`,
    );
    expect(m.byline).toBeNull();
  });

  it('takes the poster next to the headline, not a commenter below the story (WCXB 0461)', () => {
    const m = read(
      '',
      `<article><h1>Book Beat: Gothic Romance, Magical Realism, &amp; More</h1><p class="byline">by Amanda</p>${STORY}</article><section id="comments"><div class="comment-author vcard"><span class="comment-author-link">Jiobal</span> says:</div><p>Lovely list.</p></section>`,
    );
    expect(m.byline).toBe('Amanda');
  });

  it('reads microdata: itemprop=author with its name', () => {
    const m = read(
      '',
      `<article><h1>A story about the council budget</h1>${STORY}<footer><span itemprop="author" itemscope><span itemprop="name">Jane Doe</span></span></footer></article>`,
    );
    expect(m.byline).toBe('Jane Doe');
  });

  it('cleans prefixes, roles, dates and counters from bylines', () => {
    expect(cleanByline('Published by Damien Walter')).toBe('Damien Walter');
    expect(cleanByline('By Analysis by Stephen Collinson')).toBe('Stephen Collinson');
    expect(cleanByline('Текст: Иван Петров')).toBe('Иван Петров');
    expect(cleanByline('Por María López')).toBe('María López');
    expect(cleanByline('Von Hans Müller')).toBe('Hans Müller');
    expect(cleanByline('Par Jean Dupont')).toBe('Jean Dupont');
    expect(cleanByline('Story by Jane Doe')).toBe('Jane Doe');
    expect(cleanByline('Contributors: Janet Loughrey')).toBe('Janet Loughrey');
    expect(cleanByline('Contributed by Jane Doe')).toBe('Jane Doe');
    expect(cleanByline('Mayank Gupta, CEO of CaseBasix')).toBe('Mayank Gupta');
    expect(cleanByline('Liz Kenny Former McKinsey Consultant')).toBe('Liz Kenny');
    expect(cleanByline('Reyan Perumal Published on July 18, 2025')).toBe('Reyan Perumal');
    expect(cleanByline('Jane Doe 74 Shares')).toBe('Jane Doe');
    expect(cleanByline('Jane Doe Share30Tweet19')).toBe('Jane Doe');
    expect(cleanByline('Jennifer Huberty, PhD; Jeni Green, MS and Chong Lee')).toBe(
      'Jennifer Huberty, Jeni Green, Chong Lee',
    );
    expect(cleanByline('Senior Autos Reporter')).toBeNull();
    // A date in an author box is not a name (WCXB 0230: "Sep 16" above "Written By Alpha Apex").
    expect(cleanByline('Sep 16')).toBeNull();
    expect(cleanByline('admin')).toBeNull();
    expect(cleanByline('By signing up, you agree to our Privacy Policy')).toBeNull();
  });

  it('reads no label beside a date as a name ("Article Tags:", WCXB 0457)', () => {
    const m = read(
      '',
      `<article><h1>And finally… trouble brewing</h1><h6>Article Tags:</h6><a href="/tag/x">and finally</a><time datetime="2025-12-19">19 Dec 2025</time>${STORY}</article>`,
    );
    expect(m.byline).toBeNull();
  });

  it('reads a name printed beside the date with no "By" (WCXB 0427: "Trond Teigen · 2025-12-17")', () => {
    const m = read(
      '',
      `<article><h1>Building a home lab on a budget</h1><div class="meta"><span>Trond Teigen</span> · <span>2025-12-17</span></div>${STORY}</article>`,
    );
    expect(m.byline).toBe('Trond Teigen');
  });

  it('reads the author of a link preview card: twitter:label1 "Written by" (WCXB 4414)', () => {
    const m = read(
      '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Nawaz Dhandala"><meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="9 minutes">',
      `<article><h1>How to optimize PostgreSQL queries</h1>${STORY}</article>`,
    );
    expect(m.byline).toBe('Nawaz Dhandala');
  });

  it('takes the byline the page declares over an earlier "by" line that names a curator (agg-flipreader-teaser)', () => {
    const m = read(
      ld({
        '@type': 'Article',
        headline: 'Battery makers race to sodium cells',
        author: { '@type': 'Person', name: 'Marcus Feld' },
      }),
      `<article><h1>Battery makers race to sodium cells</h1><div class="attribution"><span>Flipped into</span> <a href="/@techdigest/stack">The Smart Home Stack</a> <span>by</span> <a href="/@techdigest">Tech Digest</a></div><div class="byline">Marcus Feld</div>${STORY}</article>`,
    );
    expect(m.byline).toBe('Marcus Feld');
  });

  it('reads no label as a name ("Penulis:", "Editor:") and no dateline after a dash (agg-id-baca-juga, agg-pt-leia-tambem)', () => {
    const m = read(
      '',
      `<article><h1>Banjir rob genangi 14 desa</h1><div class="read__author">Penulis: <a href="/tag/rizky-pratama">Rizky Pratama</a> | Editor: <a href="/tag/dewi-lestari">Dewi Lestari</a></div>${STORY}</article>`,
    );
    expect(m.byline).toBe('Rizky Pratama');
    expect(cleanByline('Por Mariana Couto — São Paulo')).toBe('Mariana Couto');
    expect(cleanByline('Jane Doe - CNN')).toBe('Jane Doe');
  });

  it('reads a bare name beside its role, a date label or a date two texts before (WCXB 0352, 4116, 4218)', () => {
    const byline = (meta: string) =>
      read(
        '',
        `<article><h1>Cloud computing: what is next</h1><div class="meta">${meta}</div>${STORY}</article>`,
      ).byline;
    expect(byline('<span>Juliette Carreiro</span><span>Tech Writer</span>')).toBe('Juliette Carreiro');
    expect(byline('<span>Matteo Laratta</span><span>Last Updated:</span><span>Jan 3</span>')).toBe(
      'Matteo Laratta',
    );
    expect(
      byline(
        '<span>Dec 26, 2025</span><span>•</span><span>Mahua Das in</span><a href="/c/pm">Project Management</a>',
      ),
    ).toBe('Mahua Das');
  });

  it('reads no breadcrumb, no headline repeated and no category as a name beside the date (WCXB 0156, 0065, 4076)', () => {
    const byline = (before: string, after: string) =>
      read('', `<article>${before}<h1>Top Weight Loss Medications</h1>${after}${STORY}</article>`).byline;
    expect(
      byline(
        '<div class="breadcrumbs"><a href="/blog">Blog</a><span>» Top Weight Loss Medications</span></div>',
        '<p>July 29, 2025</p>',
      ),
    ).toBeNull();
    expect(byline('<div><span>Top Weight Loss Medications</span></div>', '<p>July 29, 2025</p>')).toBeNull();
    // The newsroom's name is read, the category after it is not.
    expect(
      byline(
        '',
        '<div class="single-blog-author"><a href="/author/staff">Aidoc Staff</a></div><div><a href="/category/care">Care Coordination</a></div>',
      ),
    ).toBe('Aidoc Staff');
  });

  it('reads a newsroom’s byline whole ("Podium Staff", "Our Editors"), and a declared person over it (WCXB 0219, 4108, 4076)', () => {
    const byline = (head: string, author: string) =>
      read(
        head,
        `<article><h1>7 plumbing industry trends</h1><p class="authorName">${author}</p><p>March 4, 2025</p>${STORY}</article>`,
      ).byline;
    expect(byline('', 'Podium Staff')).toBe('Podium Staff');
    expect(byline('', 'By Our Editors')).toBe('Our Editors');
    expect(byline('<meta name="author" content="Jay Berstein">', 'Aidoc Staff')).toBe('Jay Berstein');
    // A role alone is still no name.
    expect(byline('', 'Senior Autos Reporter')).toBeNull();
  });

  it('takes a declared person over the site’s own name shown as the byline (WCXB 4877)', () => {
    const m = read(
      '<meta name="author" content="Abby Colson"><meta property="og:site_name" content="Tax &amp; Accounting Blog">',
      `<article><header><h1>The best tax software for tax preparers: A buyer’s guide</h1><p class="article-hero__author"><a href="/blog/authors/thomson-reuters-tax-accounting/">Thomson Reuters Tax &amp; Accounting</a></p><p><time datetime="2025-08-11">August 11, 2025</time></p></header>${STORY}</article>`,
      'https://tax.thomsonreuters.com/blog/the-best-tax-software-for-tax-preparers',
    );
    expect(m.byline).toBe('Abby Colson');
  });

  it('reads a name typed in lower case where it is declared or marked as the author’s (WCXB 0060, 4259)', () => {
    expect(
      read(
        ld({
          '@type': 'BlogPosting',
          headline: 'Booking a moving company',
          author: { '@type': 'Person', name: 'kirstin boatto' },
        }),
        `<article><h1>Booking a moving company</h1>${STORY}</article>`,
      ).byline,
    ).toBe('kirstin boatto');
    expect(
      read(
        '',
        `<article><h1>How to choose an e-bike</h1><div class="author-box"><h4 class="author-box__name">crazy lennys</h4></div>${STORY}</article>`,
      ).byline,
    ).toBe('crazy lennys');
    // Lower-case words that are not marked as the author are not a name.
    expect(
      read(
        '',
        `<article><h1>How to choose an e-bike</h1><p>posted yesterday</p><p>June 4, 2025</p>${STORY}</article>`,
      ).byline,
    ).toBeNull();
  });

  it('keeps an organization credited as author whole ("Center for Drug Evaluation and Research", WCXB 0064)', () => {
    const m = read(
      ld({
        '@type': 'Article',
        headline: 'A story',
        author: { '@type': 'Organization', name: 'Center for Drug Evaluation and Research' },
      }),
      `<div>${STORY}</div>`,
    );
    expect(m.byline).toBe('Center for Drug Evaluation and Research');
  });

  it('reads the byline under the article’s own copy of a headline a page header printed first (WCXB 0110)', () => {
    const m = read(
      '<title>Video production 101 | Lemonlight</title>',
      `<header class="page-header"><h1>Video production 101</h1></header><article><div class="pillar-header"><h1>Video production 101</h1><div class="the-author">By <a href="/author/isaiah">Isaiah Shelton</a></div></div>${STORY}</article>`,
    );
    expect(m.byline).toBe('Isaiah Shelton');
  });

  it('reads the byline in the next block of a page builder that puts every block in a "widget" (Elementor)', () => {
    const w = (inner: string) =>
      `<div class="elementor-widget"><div class="elementor-widget-container">${inner}</div></div>`;
    const m = read(
      '',
      `<article>${w('<h1>Pros and cons of consulting</h1>')}${w('<p>By <a href="/author/liz">Liz Kenny</a></p>')}${STORY}</article>`,
    );
    expect(m.byline).toBe('Liz Kenny');
  });

  it('reads no reviewer as the author: "Reviewed by: Brian Stormont" (WCXB 4090)', () => {
    const m = read(
      '<meta name="author" content="Erica Needham">',
      `<article><h1>Financial tips for millennials</h1><p>Reviewed by: Brian Stormont, CFP®</p><p>August 12, 2025</p>${STORY}</article>`,
    );
    expect(m.byline).toBe('Erica Needham');
  });
  it('ends the names at an editor or a reviewer after the writers (WCXB 4193, 0246)', () => {
    // "Written by:" and two writer links, then "Edited by:" and a third link, in one byline block.
    const edited = read(
      '',
      `<article><h1>How to install solar panels this year</h1><div class="byline"><span>Written by:</span> <a href="/author/emily-walker">Emily Walker</a> <a href="/author/casey-mcdevitt">Casey McDevitt</a> <span>Edited by:</span> <a href="/author/kristina-zagame">Kristina Zagame</a></div>${STORY}</article>`,
    );
    expect(edited.byline).toBe('Emily Walker, Casey McDevitt');
    // The writer's link, a plain "reviewed by", the reviewer's link.
    const reviewed = read(
      '',
      `<article><h1>Fifteen best online tutoring platforms</h1><div class="author-block"><a href="/author/yaren">Yaren Fadiloglulari</a> <span>reviewed by</span> <a href="/author/jo-ann">Jo-ann Caballes</a></div>${STORY}</article>`,
    );
    expect(reviewed.byline).toBe('Yaren Fadiloglulari');
  });
  it('takes no template key left unfilled in meta author for a name (WCXB 4459)', () => {
    // <meta name="author"> holds the template's dotted key instead of a name; nothing else names one.
    const m = read(
      '<meta name="author" content="page.head.extra.author">',
      `<h1>Startup lessons from five startups</h1>${STORY}`,
    );
    expect(m.byline).toBeNull();
    const braces = read(
      '<meta name="author" content="{{ author }}">',
      `<h1>Startup lessons from five startups</h1>${STORY}`,
    );
    expect(braces.byline).toBeNull();
  });

  it('reads a name the page marks in lower case, as the site prints it when it is the site’s name (WCXB 4662)', () => {
    const m = read(
      '<meta property="og:site_name" content="Annette Thurmon"><meta itemprop="author" content="annette thurmon">',
      `<article><h1>My top herbs for organic pest control</h1>${STORY}</article>`,
      'https://www.azurefarmlife.example/farm-blog/herbs',
    );
    expect(m.byline).toBe('Annette Thurmon');
    const other = read(
      '<meta itemprop="author" content="kirstin boatto">',
      `<article><h1>My top herbs for organic pest control</h1>${STORY}</article>`,
    );
    expect(other.byline).toBe('kirstin boatto');
  });

  it('reads two writers joined by "with" (WCXB 4117)', () => {
    const m = read(
      '',
      `<article><h1>Run a marathon in one year</h1><span class="author">By Dieter Hogen with Uta Pippig</span>${STORY}</article>`,
    );
    expect(m.byline).toBe('Dieter Hogen, Uta Pippig');
  });

  it('reads no name out of a sentence printed beside a date (WCXB 4458)', () => {
    const m = read(
      '<meta name="author" content="Eric Ries"><meta property="og:site_name" content="Eric Ries">',
      `<article><h1>Startup Lessons Learned</h1><span>July 22, 2017</span><p>Lean Startup Week Call for Proposals is Open Until July 31</p>${STORY}</article>`,
    );
    expect(m.byline).toBe('Eric Ries');
  });

  it('takes the reporter over the site’s name declared as the author and printed as a credit (WCXB 0106)', () => {
    const m = read(
      '<meta property="og:site_name" content="USA TODAY"><meta name="author" content="USA TODAY">',
      `<article><h1>Ten movies to stream this weekend</h1><div class="byline"><a class="authors" href="/staff/brian-truitt/">Brian Truitt</a><span class="credit">USA TODAY</span></div>${STORY}</article>`,
    );
    expect(m.byline).toBe('Brian Truitt');
  });

  it('takes the writer named under the story over a newsroom’s byline at the top (WCXB 4416)', () => {
    const m = read(
      '',
      `<article><h1>Best practices for query optimization</h1><p>By Team Tiger Data</p><p>Dec 08, 2023</p>${STORY}<p>Written by <a href="https://community.example/paulogio">Paulinho Giovannini</a></p></article>`,
    );
    expect(m.byline).toBe('Paulinho Giovannini');
    // With nobody named under it, the newsroom's byline stands.
    const alone = read(
      '',
      `<article><h1>Best practices for query optimization</h1><p>By Team Tiger Data</p><p>Dec 08, 2023</p>${STORY}</article>`,
    );
    expect(alone.byline).toBe('Team Tiger Data');
  });
  it('reads a Korean byline, the role after the name ("김서연 기자"), past the subscribe button beside it (held-out agg-ko-wonmun)', () => {
    const m = read(
      '<title>세종 BRT 간선버스, 내년 1월부터 새벽 1시까지 달린다 : 다온 뉴스</title><meta property="og:title" content="세종 BRT 간선버스, 내년 1월부터 새벽 1시까지 달린다">',
      `<h2>세종 BRT 간선버스, 내년 1월부터 새벽 1시까지 달린다</h2><div class="info"><a href="https://media.daon.example/journalist/3012/77215"><em>김서연 기자</em></a><button><span class="blind">기자 구독</span></button><span>입력 2026.11.20. 오전 9:12</span></div><div>${STORY}</div>`,
    );
    expect(m.byline).toBe('김서연');
    expect(cleanByline('김서연 기자')).toBe('김서연');
    expect(cleanByline('기자 구독')).toBeNull();
  });
});
