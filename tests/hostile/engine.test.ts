import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/pipeline';
import { page } from '../helpers/dom';
import { hostilePage, PAYLOADS } from './payloads';

/** Nothing executable, nothing that loads anything but the images shown, leaves the engine. */
const FORBIDDEN = [
  /<script/i,
  /\son[a-z]+\s*=/i,
  /javascript:/i,
  /data:text/i,
  /<(iframe|frame|object|embed|form|input|button|meta|base|link|style|svg|math|template|noscript|video|audio)\b/i,
  /\s(style|srcdoc|formaction|action|ping|poster|name|id)\s*=/i,
  /pwned/i,
];

describe('a page full of hostile markup', () => {
  const dom = page(hostilePage(), 'http://127.0.0.1/hostile.html');
  const result = extract(dom.window.document);

  it('still gives the article', () => {
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article.text).toContain('Paragraph 8 of an ordinary news story');
  });

  it.each(FORBIDDEN.map((re) => [re.source, re] as const))('output has no %s', (_, re) => {
    expect(result.ok && result.article.html).not.toMatch(re);
  });

  it.each(Object.entries(PAYLOADS))('%s: each payload alone is defused', (_, payload) => {
    const one = page(
      hostilePage().replace(/<div class="payload"[\s\S]*<\/div>\n?/, `<div>${payload}</div>`),
      'http://127.0.0.1/one.html',
    );
    const r = extract(one.window.document);
    expect(r.ok).toBe(true);
    if (r.ok) for (const re of FORBIDDEN) expect(r.article.html).not.toMatch(re);
  });
});
