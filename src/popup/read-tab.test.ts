import { describe, expect, it, vi } from 'vitest';
import { isRestrictedUrl } from './read-tab';

vi.mock('webextension-polyfill', () => ({ default: {} }));

describe('pages browsers do not let extensions read', () => {
  it.each([
    'chrome://extensions/',
    'about:addons',
    'edge://settings',
    'view-source:https://example.com/',
    'https://chromewebstore.google.com/detail/abc',
    'https://addons.mozilla.org/en-US/firefox/',
    'https://example.com/report.pdf',
    'moz-extension://1234/popup.html',
  ])('%s is restricted', (url) => {
    expect(isRestrictedUrl(url)).toBe(true);
  });

  it.each([
    'https://news.sky.com/story/x',
    'http://127.0.0.1:8080/seed.html',
    'https://addons.example.com/',
    // Tried: readable once the reader allows Sift access to file URLs.
    'file:///home/ana/saved-story.html',
  ])('%s is readable', (url) => {
    expect(isRestrictedUrl(url)).toBe(false);
  });
});
