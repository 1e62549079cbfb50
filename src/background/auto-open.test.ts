import { describe, expect, it, vi } from 'vitest';
import { originOf, patternFor } from '../shared/always-open';
import { shouldRead } from './auto-open';

vi.mock('webextension-polyfill', () => ({ default: {} }));

describe('always open: which loads are read', () => {
  it('a web page not yet handled in its tab', () => {
    expect(shouldRead('https://www.bbc.com/news/1', undefined)).toBe(true);
    expect(shouldRead('https://www.bbc.com/news/2', { url: 'https://www.bbc.com/news/1', reader: 7 })).toBe(
      true,
    );
  });

  it('not the same address again (a reload, a second "complete"), nor a browser or extension page', () => {
    expect(shouldRead('https://www.bbc.com/news/1', { url: 'https://www.bbc.com/news/1', reader: 7 })).toBe(
      false,
    );
    for (const url of [
      'about:blank',
      'chrome://newtab/',
      'moz-extension://x/reader.html',
      'file:///a.html',
      undefined,
    ])
      expect(shouldRead(url, undefined)).toBe(false);
  });

  it('asks for one origin, any port and path', () => {
    expect(originOf('https://www.bbc.com:8443/news/1?x#y')).toBe('https://www.bbc.com');
    expect(patternFor('https://www.bbc.com')).toBe('https://www.bbc.com/*');
    expect(originOf('javascript:alert(1)')).toBeNull();
  });
});
