import type { Article } from '../extract/types';
import { continueWords, provenanceWords } from '../shared/words';

/** The article as Markdown. `holder` is the article's sanitized HTML, parsed by the caller. */
export function toMarkdown(article: Article, holder: Element): string {
  const head = [`# ${article.title}`, ''];
  const meta = [article.byline, article.published?.slice(0, 10), `${article.readingMinutes} min read`]
    .filter(Boolean)
    .join(' · ');
  if (meta) head.push(`_${meta}_`, '');
  head.push(provenanceLine(article), '');
  const source = article.provenance.source;
  let tail = '';
  if (source && article.provenance.evidence.includes('truncated')) {
    const words = continueWords(source.name);
    tail = `\n${words.before}[${words.link.replace(/ ↗$/, '')}](${source.url})\n`;
  }
  return `${head.join('\n')}${blocks(holder).trim()}\n${tail}`;
}

/** Whose story it is, in the popup's words: "From [Sky News](url) · republished by …", "Published by Vox". */
function provenanceLine(article: Article): string {
  const words = provenanceWords(article.provenance, article.siteName ?? article.site);
  const source = article.provenance.source;
  if (!source || !words.link) return words.rest;
  const name = words.link.replace(/ ↗$/, '');
  return `[${name}](${source.url})${words.rest}`;
}

function blocks(node: Node): string {
  let out = '';
  for (const child of node.childNodes) out += block(child);
  return out;
}

function block(node: Node): string {
  if (node.nodeType === 3) return inline(node);
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const tag = el.tagName.toLowerCase();
  switch (tag) {
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return `\n\n${'#'.repeat(Number(tag[1]))} ${inlineChildren(el).trim()}\n\n`;
    case 'p':
    case 'figcaption':
      return `\n\n${inlineChildren(el).trim()}\n\n`;
    case 'blockquote':
      return `\n\n${blocks(el)
        .trim()
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n')}\n\n`;
    case 'ul':
    case 'ol':
      return `\n\n${[...el.children]
        .map((li, i) => `${tag === 'ol' ? `${i + 1}.` : '-'} ${inlineChildren(li).trim()}`)
        .join('\n')}\n\n`;
    case 'pre':
      return `\n\n\`\`\`\n${el.textContent ?? ''}\n\`\`\`\n\n`;
    case 'hr':
      return '\n\n---\n\n';
    case 'img':
      return inline(el);
    default:
      return blocks(el);
  }
}

function inlineChildren(el: Element): string {
  let out = '';
  for (const child of el.childNodes) out += inline(child);
  return out.replace(/[ \t]+/g, ' ');
}

function inline(node: Node): string {
  if (node.nodeType === 3) return (node.nodeValue ?? '').replace(/\s+/g, ' ');
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const tag = el.tagName.toLowerCase();
  const inner = () => inlineChildren(el);
  switch (tag) {
    case 'a': {
      const href = el.getAttribute('href');
      return href ? `[${inner().trim()}](${href})` : inner();
    }
    case 'strong':
    case 'b':
      return `**${inner().trim()}**`;
    case 'em':
    case 'i':
      return `_${inner().trim()}_`;
    case 'code':
      return `\`${el.textContent ?? ''}\``;
    case 'br':
      return '  \n';
    case 'img':
      return `![${el.getAttribute('alt') ?? ''}](${el.getAttribute('src') ?? ''})`;
    default:
      return BLOCKISH.has(tag) ? block(el) : inner();
  }
}

const BLOCKISH = new Set(['p', 'div', 'ul', 'ol', 'blockquote', 'pre', 'figure', 'table', 'section']);
