// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/extract/types';
import { buildMarkdownMenu, type ExportEnv } from '../../src/popup/markdown-export';
import { markdownFileName, toMarkdown } from '../../src/shared/markdown';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const article: Article = {
  title: 'The council passes its budget',
  byline: 'Ana Ruiz',
  standfirst: null,
  published: '2025-06-04T09:30:00.000Z',
  site: 'relay.example',
  siteName: 'Daily Relay',
  url: 'https://relay.example/budget',
  lang: 'en',
  dir: 'ltr',
  source: null,
  provenance: { state: 'original', source: null, evidence: [] },
  html: '<p>The vote was <strong>7 to 2</strong>.</p><img src="https://relay.example/x.png" alt="The chamber" onerror="alert(1)">',
  text: '',
  wordCount: 6,
  readingMinutes: 1,
  removals: [],
  notes: [],
};

function menu(env: Partial<ExportEnv> = {}) {
  const calls: { copied: string[]; saved: [string, string][] } = { copied: [], saved: [] };
  const el = buildMarkdownMenu(article, {
    converter: async () => ({ toMarkdown, markdownFileName }),
    copy: async (text) => {
      calls.copied.push(text);
    },
    save: (name, text) => {
      calls.saved.push([name, text]);
    },
    ...env,
  });
  document.body.replaceChildren(el);
  const button = (id: string) => el.querySelector(`#${id}`) as HTMLButtonElement;
  const status = () => el.querySelector('[role=status]')?.textContent;
  return { el, calls, button, status };
}

describe('the Markdown menu', () => {
  it('copies the article as Markdown and says so', async () => {
    const { calls, button, status } = menu();
    button('copy-markdown').click();
    await vi.waitFor(() => expect(status()).toBe('Copied.'));
    expect(calls.copied).toHaveLength(1);
    const md = calls.copied[0] ?? '';
    expect(md.startsWith('---\ntitle: "The council passes its budget"\n')).toBe(true);
    expect(md).toContain('\n# The council passes its budget\n');
    expect(md).toContain('The vote was **7 to 2**.');
    expect(md).toContain('![The chamber](https://relay.example/x.png)');
    expect(md).not.toContain('onerror');
  });

  it('saves a .md file named from the title, with the same Markdown', async () => {
    const { calls, button, status } = menu();
    button('save-markdown').click();
    await vi.waitFor(() => expect(calls.saved).toHaveLength(1));
    expect(calls.saved[0]?.[0]).toBe('the-council-passes-its-budget.md');
    expect(calls.saved[0]?.[1]).toContain('The vote was **7 to 2**.');
    expect(status()).toBe('Saved as the-council-passes-its-budget.md.');
  });

  it('says when the browser refuses the clipboard', async () => {
    const { button, status } = menu({ copy: () => Promise.reject(new Error('denied')) });
    button('copy-markdown').click();
    await vi.waitFor(() => expect(status()).toBe('The browser did not let Sift copy.'));
  });

  it('closes with Escape, giving the focus back to its button, and on a click elsewhere', () => {
    const { el } = menu();
    el.open = true;
    el.querySelector<HTMLButtonElement>('#copy-markdown')?.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
    );
    expect(el.open).toBe(false);
    expect(document.activeElement?.tagName).toBe('SUMMARY');
    el.open = true;
    document.body.append(document.createElement('p'));
    document.body.lastElementChild?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(el.open).toBe(false);
  });
});
