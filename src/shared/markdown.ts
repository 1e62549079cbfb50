import TurndownService from 'turndown';
import { highlightedCodeBlock, strikethrough, tables, taskListItems } from 'turndown-plugin-gfm';
import type { Article } from '../extract/types';
import { continueWords, provenanceWords } from './words';

/**
 * The article as Markdown, one module for the command line (`--format markdown`, in jsdom) and the
 * reader's "Copy / Save as Markdown" (in the extension page's DOM): YAML front matter (title, byline,
 * date, the page, whose story it is and the original's link), the headline, the provenance line with
 * its link, then the body converted by Turndown with GitHub-flavoured tables, fenced code and
 * strikethrough. A teaser the page cut short keeps its "Continue reading at …" link at the end.
 *
 * `body` is the article's sanitized HTML already parsed by the caller (a jsdom element in the command
 * line, the renderer's sanitized fragment in the popup): this module never parses markup.
 */
export function toMarkdown(article: Article, body: HTMLElement | DocumentFragment): string {
  const parts = [frontMatter(article), `# ${escapeLine(article.title.trim())}`];
  // The page's summary under its headline (not in the article's HTML), as its first line.
  if (article.standfirst) parts.push(escapeLine(article.standfirst.trim()));
  const meta = [article.byline, article.published?.slice(0, 10)].filter(Boolean).join(' · ');
  if (meta) parts.push(escapeLine(meta));
  parts.push(provenanceLine(article));
  const text = converter().turndown(body).trim();
  if (text) parts.push(text);
  const rest = continueLine(article);
  if (rest) parts.push(rest);
  return `${parts.join('\n\n')}\n`;
}

/** A file name for the saved article: its title's words joined by hyphens, ".md". */
export function markdownFileName(title: string): string {
  const words = title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // Cut at a hyphen so that a long title does not end mid-word; 80 characters stay readable everywhere.
  const cut = words.length > 80 ? words.slice(0, 80).replace(/-[^-]*$/, '') : words;
  return `${cut || 'article'}.md`;
}

/**
 * Front matter as YAML: every value a double-quoted JSON string (valid YAML), so a title with a colon,
 * a quote or a newline cannot break it. Keys with no value are left out.
 */
function frontMatter(article: Article): string {
  const source = article.provenance.source;
  const fields: [string, string | null][] = [
    ['title', article.title],
    ['byline', article.byline],
    ['date', article.published],
    ['url', article.url],
    ['site', article.siteName ?? article.site],
    ['provenance', article.provenance.state],
    ['source', source?.url ?? null],
    ['source_name', source?.name ?? article.provenance.named ?? null],
    ['lang', article.lang],
  ];
  const lines = fields.filter(([, v]) => v).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return ['---', ...lines, '---'].join('\n');
}

/** Whose story it is, in the reader's words: "[From Sky News](url) · republished by …", "Published by Vox". */
function provenanceLine(article: Article): string {
  const words = provenanceWords(article.provenance, article.siteName ?? article.site);
  const source = article.provenance.source;
  if (!source || !words.link) return escapeLine(words.rest);
  return `${link(words.link.replace(/\s*↗$/, ''), source.url)}${escapeLine(words.rest)}`;
}

/** Under a teaser the page cut short: where the rest of the story is. */
function continueLine(article: Article): string | null {
  const source = article.provenance.source;
  if (!source || !article.provenance.evidence.includes('truncated')) return null;
  const words = continueWords(source.name);
  return `${escapeLine(words.before)}${link(words.link.replace(/\s*↗$/, ''), source.url)}`;
}

let service: TurndownService | null = null;

function converter(): TurndownService {
  if (service) return service;
  service = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '_',
    strongDelimiter: '**',
    hr: '---',
  });
  service.use([highlightedCodeBlock, strikethrough, tables, taskListItems]);
  // Rules added later win over the plugin's: every table becomes a GFM table (see below).
  service.addRule('siftTableCell', { filter: ['th', 'td'], replacement: tableCell });
  service.addRule('siftTableRow', { filter: 'tr', replacement: tableRow });
  service.addRule('siftTableCaption', { filter: 'caption', replacement: () => '' });
  service.addRule('siftTable', { filter: 'table', replacement: table });
  service.addRule('siftListItem', { filter: 'li', replacement: listItem });
  service.addRule('siftPlainPre', {
    filter: (node) => node.nodeName === 'PRE' && node.firstChild?.nodeName !== 'CODE',
    replacement: (_content, node) => fenced(node.textContent ?? ''),
  });
  return service;
}

/**
 * A list item as "- text" or "2. text" (Turndown writes "-   text"), its following lines indented to
 * where its text starts, which is where CommonMark looks for a nested list.
 */
function listItem(content: string, node: HTMLElement): string {
  const list = node.parentElement;
  let prefix = '- ';
  if (list?.nodeName === 'OL') {
    const start = Number(list.getAttribute('start') ?? '1');
    prefix = `${(Number.isFinite(start) ? start : 1) + [...list.children].indexOf(node)}. `;
  }
  const paragraph = /\n$/.test(content);
  const text = content.replace(/^\n+|\n+$/g, '') + (paragraph ? '\n' : '');
  return `${prefix}${text.replace(/\n/g, `\n${' '.repeat(prefix.length)}`)}${node.nextSibling ? '\n' : ''}`;
}

/*
 * Tables. The GFM plugin keeps a table without a header row as raw HTML and lets a "|" in a cell, or a
 * paragraph break, cut the row in two. Here every table is a GFM table: a header row of its own
 * <th> cells, or an empty one when it has none (GFM needs one); as many columns as its widest row
 * (colspan counted); cell text on one line with "|" escaped; the caption above it as a paragraph.
 */
function tableCell(content: string, node: HTMLElement): string {
  const text = content
    .replace(/\s*\n+\s*/g, ' ')
    .trim()
    .replace(/\|/g, '\\|');
  const span = Math.max(1, Math.min(20, Number(node.getAttribute('colspan')) || 1));
  const first = node.parentElement?.firstElementChild === node;
  return `${first ? '|' : ''} ${text} |${' |'.repeat(span - 1)}`;
}

function tableRow(content: string, node: HTMLElement): string {
  const row = node as HTMLTableRowElement;
  if (!isHeaderRow(row)) return `\n${content}`;
  // GFM reads a table only when its header row has as many cells as the separator under it.
  const n = columns(tableOf(row));
  return `\n${content}${' |'.repeat(Math.max(0, n - width(row)))}\n${separator(n)}`;
}

function table(content: string, node: HTMLElement): string {
  const el = node as HTMLTableElement;
  const first = el.rows[0];
  const head = first && isHeaderRow(first) ? '' : `\n${'| '.repeat(columns(el))}|\n${separator(columns(el))}`;
  const caption = el.caption?.textContent?.replace(/\s+/g, ' ').trim();
  const title = caption ? `${escapeLine(caption)}\n\n` : '';
  return `\n\n${title}${(head + content).replace(/\n+/g, '\n').trim()}\n\n`;
}

function tableOf(row: HTMLTableRowElement): HTMLTableElement {
  return row.closest('table') as HTMLTableElement;
}

/** The header row: the table's first row when every cell of it is a <th> (or it sits in <thead>). */
function isHeaderRow(row: HTMLTableRowElement): boolean {
  const table = tableOf(row);
  if (table.rows[0] !== row) return false;
  const cells = [...row.cells];
  return (
    cells.length > 0 && (row.parentElement?.nodeName === 'THEAD' || cells.every((c) => c.nodeName === 'TH'))
  );
}

function columns(table: HTMLTableElement): number {
  return Math.max(1, ...[...table.rows].map(width));
}

function width(row: HTMLTableRowElement): number {
  let n = 0;
  for (const cell of row.cells) n += Math.max(1, Math.min(20, cell.colSpan || 1));
  return n;
}

function separator(n: number): string {
  return `|${' --- |'.repeat(n)}`;
}

/** A code block in a fence longer than any run of backticks inside it. */
function fenced(code: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/^`+/gm)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `\n\n${fence}\n${code.replace(/\n$/, '')}\n${fence}\n\n`;
}

/** A link whose text is escaped and whose address cannot end it early (as Turndown writes links). */
function link(text: string, url: string): string {
  const escaped = url.replace(/[<>()]/g, '\\$&');
  return `[${escapeLine(text)}](${/\s/.test(escaped) ? `<${escaped}>` : escaped})`;
}

/** Text on one line, with the characters Markdown would read as markup escaped. */
function escapeLine(text: string): string {
  return converter().escape(text.replace(/\s+/g, ' '));
}
