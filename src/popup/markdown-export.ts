import type { Article } from '../extract/types';
import { t } from '../shared/i18n';
import { h } from './dom';
import type { MarkdownModule } from './markdown-entry';
import { sanitizedFragment } from './render';

/**
 * "Copy as Markdown" and "Save as Markdown" under one toolbar button, in the popup and the reader tab.
 * The Markdown is the command line's (src/shared/markdown.ts), from the article's HTML sanitized again
 * by the renderer. Saving is a download of a Blob through an anchor: the extension page needs no
 * `downloads` permission for it; copying is the Clipboard API from the click.
 */
export interface ExportEnv {
  /** The converter (markdown.js, loaded on first use in the extension). */
  converter(): Promise<MarkdownModule>;
  copy(text: string): Promise<void>;
  save(fileName: string, text: string): void;
}

/** Loads markdown.js once, from the extension's own files (the pages' CSP allows only 'self'). */
function loadConverter(win: Window & typeof globalThis): () => Promise<MarkdownModule> {
  let loading: Promise<MarkdownModule> | null = null;
  return () => {
    loading ??= new Promise<MarkdownModule>((resolve, reject) => {
      const script = win.document.createElement('script');
      script.src = 'markdown.js';
      script.addEventListener('load', () => {
        const module = (win as { siftMarkdown?: MarkdownModule }).siftMarkdown;
        if (module) resolve(module);
        else reject(new Error('markdown.js did not load'));
      });
      script.addEventListener('error', () => reject(new Error('markdown.js did not load')));
      win.document.head.append(script);
    });
    loading.catch(() => {
      loading = null;
    });
    return loading;
  };
}

export function browserExportEnv(win: Window & typeof globalThis = window): ExportEnv {
  return {
    converter: loadConverter(win),
    copy: (text) => win.navigator.clipboard.writeText(text),
    save: (fileName, text) => {
      const url = win.URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
      // A detached anchor: its click reaches no listener of the page (the menu's "click elsewhere").
      const a = win.document.createElement('a');
      a.href = url;
      a.download = fileName;
      a.click();
      // Firefox reads the Blob after click() returns: the address stays valid a while, then is freed.
      win.setTimeout(() => win.URL.revokeObjectURL(url), 60_000);
    },
  };
}

/** The toolbar's "Markdown" menu: a disclosure with the two actions and a line saying what happened. */
export function buildMarkdownMenu(article: Article, env: ExportEnv): HTMLDetailsElement {
  const status = h('span', { id: 'markdown-status', class: 'markdown-status', role: 'status' });
  const copy = h('button', { type: 'button', id: 'copy-markdown' }, t('markdownCopy'));
  const save = h('button', { type: 'button', id: 'save-markdown' }, t('markdownSave'));
  const menu = h(
    'details',
    { id: 'markdown', class: 'markdown-menu' },
    h('summary', { title: t('markdownMenuTitle') }, t('markdownMenu')),
    h('div', { class: 'markdown-panel' }, copy, save, status),
  );
  const markdown = async () => {
    const { toMarkdown, markdownFileName } = await env.converter();
    return {
      text: toMarkdown(article, sanitizedFragment(article.html)),
      name: markdownFileName(article.title),
    };
  };
  copy.addEventListener('click', async () => {
    try {
      await env.copy((await markdown()).text);
      status.textContent = t('markdownCopied');
    } catch {
      status.textContent = t('markdownCopyFailed');
    }
  });
  save.addEventListener('click', async () => {
    const { text, name } = await markdown();
    env.save(name, text);
    status.textContent = t('markdownSaved', name);
  });
  // Escape closes the menu and gives the focus back to its button, before the settings' Escape.
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open) return;
    event.preventDefault();
    menu.open = false;
    menu.querySelector('summary')?.focus();
  });
  menu.addEventListener('toggle', () => {
    if (!menu.open) status.textContent = '';
    // Opening the menu loads the converter, so that a click on Copy still counts as the reader's
    // gesture when the clipboard is written.
    else void env.converter().catch(() => undefined);
  });
  // A click anywhere else closes it, as a menu would.
  menu.ownerDocument.addEventListener('click', (event) => {
    if (menu.open && !(event.target instanceof Node && menu.contains(event.target))) menu.open = false;
  });
  return menu;
}
