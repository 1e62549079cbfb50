import { describe, expect, it } from 'vitest';
import { page } from '../../tests/helpers/dom';
import { articleObject, readJsonLd } from './jsonld';

function headlineOf(script: string): unknown {
  const doc = page(`<!doctype html><html><head>${script}</head><body><p>x</p></body></html>`).window.document;
  return articleObject(readJsonLd(doc))?.headline;
}

describe('readJsonLd', () => {
  it('reads JSON-LD wrapped in CDATA, as Readability’s spiceworks page writes it', () => {
    const script = `<script type="application/ld+json">
        <![CDATA[
        [{"@context": "https://schema.org/", "@type": "NewsArticle", "headline": "Vidyard Introduces New Features", "datePublished": "2020-07-10T14:15:42+00:00"}]
        ]]>
    </script>`;
    expect(headlineOf(script)).toBe('Vidyard Introduces New Features');
  });

  it('reads JSON-LD with raw line breaks and tabs inside its strings', () => {
    const script =
      '<script type="application/ld+json">{"@type": "BlogPosting", "headline": "Two\n\tlines"}</script>';
    expect(headlineOf(script)).toBe('Two  lines');
  });

  it('ignores what still does not parse, and keeps the rest', () => {
    const broken = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>';
    const good = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Kept"}</script>';
    expect(headlineOf(broken + good)).toBe('Kept');
  });
});
