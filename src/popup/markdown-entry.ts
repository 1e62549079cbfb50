import { markdownFileName, toMarkdown } from '../shared/markdown';

/**
 * markdown.js: the Markdown converter (Turndown and its GFM plugin) as a script of its own, which the
 * reader loads only when its Markdown menu is opened (markdown-export.ts), so that the popup does not
 * carry it on every click of the toolbar button.
 */
export interface MarkdownModule {
  toMarkdown: typeof toMarkdown;
  markdownFileName: typeof markdownFileName;
}

(globalThis as { siftMarkdown?: MarkdownModule }).siftMarkdown = { toMarkdown, markdownFileName };
