import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tests/helpers/corpus';
import { page } from '../../tests/helpers/dom';
import { extract } from '../extract/pipeline';
import type { Article } from '../extract/types';
import { markdownFileName, toMarkdown } from './markdown';

/** The article HTML parsed as the command line parses it, then converted. */
function markdown(article: Article): string {
  const dom = page(`<body>${article.html}</body>`);
  return toMarkdown(article, dom.window.document.body);
}

function article(html: string, more: Partial<Article> = {}): Article {
  return {
    title: 'A story',
    byline: null,
    standfirst: null,
    published: null,
    site: 'news.example',
    siteName: null,
    url: 'https://news.example/a-story',
    lang: null,
    dir: 'ltr',
    source: null,
    provenance: { state: 'original', source: null, evidence: [] },
    html,
    text: '',
    wordCount: 0,
    readingMinutes: 1,
    removals: [],
    notes: [],
    ...more,
  };
}

/** The Markdown body alone: what follows the provenance line. */
const body = (md: string) => md.split('\n\nPublished by news.example\n\n')[1] ?? '';

describe('toMarkdown', () => {
  it('writes the page a person converted by hand (front matter, table, code, nested list, image, links)', () => {
    const dir = path.join(ROOT, 'tests/markdown');
    const dom = page(
      fs.readFileSync(path.join(dir, 'source.html'), 'utf8'),
      'https://streets-digest.example/2025/06/how-the-city-counts-its-cyclists',
    );
    const result = extract(dom.window.document);
    if (!result.ok) throw new Error(result.reason);
    expect(markdown(result.article)).toBe(fs.readFileSync(path.join(dir, 'expected.md'), 'utf8'));
  });

  it('writes the summary shown under the headline right after it, as text', () => {
    const md = markdown(article('<p>The body.</p>', { standfirst: 'The plan, in one line: *not* markup.' }));
    expect(md).toContain('# A story\n\nThe plan, in one line: \\*not\\* markup.\n\n');
    expect(markdown(article('<p>The body.</p>'))).not.toContain('in one line');
  });

  it('keeps the way to the rest of a teaser the page cut short, at the end', () => {
    const source = {
      url: 'https://www.bbc.com/news/articles/c4gmv7dj1k4o',
      name: 'BBC News',
      foundBy: 'anchor',
    };
    const md = markdown(
      article('<p>The minister said the plan would take years, and that the first…</p>', {
        source,
        provenance: { state: 'republished', source, evidence: ['truncated', 'anchor:read more'] },
      }),
    );
    expect(md).toContain(
      '\n\n[From BBC News](https://www.bbc.com/news/articles/c4gmv7dj1k4o) · republished by',
    );
    expect(
      md.endsWith('[Continue reading at BBC News](https://www.bbc.com/news/articles/c4gmv7dj1k4o)\n'),
    ).toBe(true);
  });

  it('makes every table a GFM table: no header row, a pipe in a cell, a cell spanning columns', () => {
    const md = markdown(
      article(
        '<table><tr><td>Monday</td><td>a | b</td><td>3</td></tr><tr><td colspan="2">Both days</td><td>7</td></tr></table>',
      ),
    );
    expect(body(md)).toBe(
      ['| | | |', '| --- | --- | --- |', '| Monday | a \\| b | 3 |', '| Both days | | 7 |', ''].join('\n'),
    );
  });

  it('gives a header row as many cells as the widest row', () => {
    const md = markdown(article('<table><tr><th>Name</th></tr><tr><td>Ana</td><td>41</td></tr></table>'));
    expect(body(md)).toBe(['| Name | |', '| --- | --- |', '| Ana | 41 |', ''].join('\n'));
  });

  it('fences code, also without <code>, in a fence longer than any inside it', () => {
    const md = markdown(article('<pre>```\nnot the end\n```</pre><p>After.</p>'));
    expect(body(md)).toBe('````\n```\nnot the end\n```\n````\n\nAfter.\n');
  });

  it('keeps front matter valid and the headline plain whatever the title holds', () => {
    const md = markdown(
      article('<p>Text.</p>', { title: 'Q&A: "Why" *now*? # 1', byline: 'Ana: "the editor"' }),
    );
    expect(md.startsWith('---\ntitle: "Q&A: \\"Why\\" *now*? # 1"\nbyline: "Ana: \\"the editor\\""\n')).toBe(
      true,
    );
    expect(md).toContain('\n# Q&A: "Why" \\*now\\*? # 1\n');
  });

  it('escapes a link address that would end the link early', () => {
    const md = markdown(article('<p><a href="https://en.wikipedia.org/wiki/Loop_(wire)">loop</a></p>'));
    expect(md).toContain('[loop](https://en.wikipedia.org/wiki/Loop_\\(wire\\))');
  });
});

describe('markdownFileName', () => {
  it('names the file from the title, in any script, without characters a file system refuses', () => {
    expect(markdownFileName('How the city counts its cyclists')).toBe('how-the-city-counts-its-cyclists.md');
    expect(markdownFileName('Q&A: "Why"/now?')).toBe('q-a-why-now.md');
    expect(markdownFileName('أخبار اليوم: الطقس')).toBe('أخبار-اليوم-الطقس.md');
    expect(markdownFileName('***')).toBe('article.md');
    const long = markdownFileName('word '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(83);
    expect(long).toMatch(/^(word-)+word\.md$/);
  });
});
