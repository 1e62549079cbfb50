import { describe, expect, it } from 'vitest';
import { page } from '../../tests/helpers/dom';
import { isHeadlineIndex, isNotAnArticle } from './judge';

const URL_ = new URL('https://dailywire.example/');
const content = (html: string) =>
  page(
    `<!doctype html><html><body><div id="c">${html}</div></body></html>`,
    URL_.href,
  ).window.document.querySelector('#c') as Element;

const HEADLINES = [
  'Council approves new budget after a long night of talks',
  'Storm brings flooding to coastal towns for the second time',
  'Local team wins the regional final in extra time',
  'New bridge opens to traffic three months ahead of schedule',
  'School district adds two hundred teachers for the autumn',
  'Museum returns stolen painting to its owners in Italy',
  'Rail strike called off after last-minute pay agreement',
  'Hospital opens a new wing for children with cancer',
  'Farmers warn of poor harvest after the driest spring',
  'Tech firm to build a data centre on the old airfield',
  'Police appeal for witnesses after a fire at the market',
  'City to plant ten thousand trees along its main roads',
];
const item = (h: string, i: number, extra = '') =>
  `<li><a href="https://dailywire.example/news/2025/06/${i}/${h.toLowerCase().replaceAll(' ', '-')}">${h}</a>${extra}</li>`;

describe('judge-article', () => {
  it('says a home page of headline links is not an article (issue 12 item 7)', () => {
    const el = content(
      `<h2>Top stories</h2><ul>${HEADLINES.map((h, i) => item(h, i, ' <span>3h</span>')).join('')}</ul>`,
    );
    expect(isHeadlineIndex(el, URL_)).toBe(true);
    expect(isNotAnArticle(el, URL_)).toBe(true);
  });

  it('keeps a blog index whose items have excerpts (WCXB counts them as content)', () => {
    const excerpt =
      ' <p>The council met on Tuesday night and, after six hours of debate, agreed a budget that raises spending on roads and schools while freezing fees.</p>';
    const el = content(`<ul>${HEADLINES.map((h, i) => item(h, i, excerpt)).join('')}</ul>`);
    expect(isNotAnArticle(el, URL_)).toBe(false);
  });

  it('keeps a link roundup to other outlets, a list of short names, and a product grid', () => {
    const roundup = content(
      `<ul>${HEADLINES.map((h, i) => `<li><a href="https://outlet${i}.example/story">${h}</a></li>`).join('')}</ul>`,
    );
    const names = content(
      `<ul>${['Ada', 'ALGOL 60', 'APL', 'BASIC', 'C', 'COBOL', 'Erlang', 'Fortran', 'Haskell', 'Lisp', 'ML', 'Pascal', 'Perl', 'Prolog', 'Python', 'Ruby', 'Scheme', 'Simula', 'Smalltalk', 'Visual Basic .NET'].map((n) => `<li><a href="https://dailywire.example/wiki/${n}">${n}</a></li>`).join('')}</ul>`,
    );
    const grid = content(
      `<ul>${HEADLINES.map((h, i) => item(h, i, ` <span>$${19 + i}.99</span>`)).join('')}</ul>`,
    );
    for (const el of [roundup, names, grid]) expect(isNotAnArticle(el, URL_)).toBe(false);
  });

  it('keeps a story with a related-stories box, and short articles', () => {
    const story = content(
      `${'<p>The council voted on Tuesday to extend the programme for another year, after a review found that it had cut waiting times by a third.</p>'.repeat(3)}<ul>${HEADLINES.map((h, i) => item(h, i)).join('')}</ul>`,
    );
    expect(isNotAnArticle(story, URL_)).toBe(false);
    expect(isNotAnArticle(content('<p>Closed today.</p>'), URL_)).toBe(false);
    expect(isNotAnArticle(content('<a href="/login">Sign in</a>'), URL_)).toBe(true);
    expect(isNotAnArticle(content(''), URL_)).toBe(true);
  });
});

describe('a home page read whole', () => {
  it('gives no article for a front page of 24 headlines under section labels', async () => {
    const { extract } = await import('./pipeline');
    const sections = ['News', 'Business', 'Sport', 'Culture'];
    const body = sections
      .map(
        (s, k) =>
          `<section><h2>${s}</h2><ul>${HEADLINES.slice(0, 6)
            .map((h, i) => item(`${h} (${s.toLowerCase()})`, k * 10 + i, ' <time>2h ago</time>'))
            .join('')}</ul></section>`,
      )
      .join('');
    const dom = page(
      `<!doctype html><html><head><title>Daily Wire Example: news, sport and culture</title></head><body><header><a href="/">Daily Wire</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header><main>${body}</main><footer><a href="/about">About us</a> <a href="/privacy">Privacy</a></footer></body></html>`,
      URL_.href,
    );
    const result = extract(dom.window.document);
    expect(result.ok ? result.article.text.slice(0, 200) : result.reason).toBe('no-article');
  });
});

describe('judge-result', () => {
  // A shop's category page: Readability picks its sign-up box, which remove-cta-boxes then takes out
  // (WCXB 4470). Without judge-result the reader got an empty article: a blank popup.
  const PRODUCTS = [
    'Lightweight Folding Table 6ft',
    'Heavy Duty Banquet Table',
    'Round Folding Table 60in',
    'Bistro Folding Table',
    'Training Table with Modesty Panel',
    'Seminar Table 72in',
  ];
  const shop = `<!doctype html><html><head><title>Folding Tables | Example Furniture</title></head><body><header><a href="/">Example Furniture</a></header><main><h1>Folding Tables</h1><ul>${PRODUCTS.map((n, i) => `<li><a href="/p/${i}">${n}</a> <span>$${(i + 2) * 37}.00</span> <span>Free shipping on orders over $500</span></li>`).join('')}</ul><div class="signup"><p>Join our mailing list. You'll get $100 OFF your first order of $1,000+ as well as design tips and deals in your inbox. *View terms</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></div></main><footer><a href="/about">About us</a> <a href="/stores">Find a store near you today</a></footer></body></html>`;

  it('gives no article when the clean-up leaves nothing to read', async () => {
    const { extract } = await import('./pipeline');
    const result = extract(page(shop, 'https://furniture.example/folding-tables').window.document);
    expect(result.ok ? `article: "${result.article.text}"` : result.reason).toBe('no-article');
  });
});
