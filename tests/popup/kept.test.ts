// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

const store = new Map<string, unknown>();
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local: {
        get: async (key: string | null) =>
          key === null ? Object.fromEntries(store) : store.has(key) ? { [key]: store.get(key) } : {},
        set: async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) store.set(k, v);
        },
        remove: async (key: string) => {
          store.delete(key);
        },
      },
    },
  },
}));

const { allKept, forgetKept, keptFor, rememberKept, siteOf } = await import('../../src/popup/kept');
const { buildKeptSection } = await import('../../src/popup/settings-panel');

beforeEach(() => store.clear());

describe('blocks put back, remembered per site', () => {
  it('remembers a block once for its site only, and forgets a site', async () => {
    const block = { key: 'k1', preview: 'Related: the vote' };
    await rememberKept('news.example', block);
    await rememberKept('news.example', block);
    await rememberKept('other.example', { key: 'k2', preview: 'Tags: budget' });
    expect(await keptFor('news.example')).toEqual([block]);
    expect((await allKept()).map(([site]) => site)).toEqual(['news.example', 'other.example']);
    await forgetKept('news.example');
    expect(await keptFor('news.example')).toEqual([]);
    expect(await keptFor(null)).toEqual([]);
  });

  it('names the site of web pages only', () => {
    expect(siteOf('https://www.bbc.com/news/x')).toBe('www.bbc.com');
    expect(siteOf('file:///tmp/story.html')).toBeNull();
    expect(siteOf(undefined)).toBeNull();
  });

  it('lists each site with its blocks in the settings, and Forget names the site it forgets', () => {
    const forgotten: string[] = [];
    const section = buildKeptSection([['news.example', [{ key: 'k', preview: 'Related: the vote' }]]], (s) =>
      forgotten.push(s),
    );
    expect(section.textContent).toContain('news.example');
    expect(section.textContent).toContain('Related: the vote');
    const button = section.querySelector('button') as HTMLButtonElement;
    expect(button.getAttribute('aria-label')).toBe('Forget the block put back on news.example');
    button.click();
    expect(forgotten).toEqual(['news.example']);
    expect(buildKeptSection([], () => undefined).textContent).toContain('No blocks put back');
  });
});
