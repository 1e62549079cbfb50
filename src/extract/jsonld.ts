/**
 * The page's JSON-LD, read once into plain objects: arrays and `@graph` flattened, nested objects
 * (an article's `author`, a WebPage's `mainEntity`) reachable both in place and by their `@id`.
 * What does not parse is ignored.
 */
export type JsonObject = { [key: string]: unknown };

/** How many objects one page may contribute: a page with thousands of products is not an article. */
const MAX_OBJECTS = 400;

export function readJsonLd(doc: Document): JsonObject[] {
  const out: JsonObject[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    const data = parseLenient(script.textContent ?? '');
    if (data === undefined) continue;
    const queue: unknown[] = [data];
    while (queue.length > 0 && out.length < MAX_OBJECTS) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (isObject(item)) {
        out.push(item);
        if (Array.isArray(item['@graph'])) queue.push(...item['@graph']);
        else if (isObject(item['@graph'])) queue.push(item['@graph']);
        // A WebPage that holds its article: `mainEntity: {"@type": "NewsArticle", …}`.
        for (const key of ['mainEntity', 'mainEntityOfPage'])
          if (isObject(item[key]) && typeOf(item[key] as JsonObject).length > 0) queue.push(item[key]);
      }
    }
  }
  return out;
}

/**
 * JSON as pages write it: wrapped in `<![CDATA[ … ]]>` or an HTML comment (Readability's spiceworks
 * page), or with raw line breaks and tabs inside strings, which JSON forbids but browsers' own readers
 * of JSON-LD forgive. Undefined when it still does not parse.
 */
export function parseLenient(text: string): unknown {
  const bare = text
    .trim()
    .replace(/^(?:\/\/\s*)?(?:<!\[CDATA\[|<!--)/, '')
    .replace(/(?:\/\/\s*)?(?:\]\]>|-->)$/, '');
  for (const candidate of [text, bare.replace(/[\n\r\t]/g, ' ')]) {
    try {
      return JSON.parse(candidate);
    } catch {
      // the next, more forgiving reading
    }
  }
  return undefined;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `@type` of an object as a list of strings ("NewsArticle", "schema:Person" → "Person"). */
export function typeOf(o: JsonObject): string[] {
  const t = o['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[:/]/, ''));
}

const ARTICLE_TYPES =
  /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BlogPosting|SocialMediaPosting|DiscussionForumPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|MedicalScholarlyArticle|Review|HowTo|Recipe|VideoObject|PodcastEpisode)$/;

/** True for an object that describes an article (any of the Article types and a few close kin). */
export function isArticle(o: JsonObject): boolean {
  return typeOf(o).some((t) => ARTICLE_TYPES.test(t));
}

/**
 * The JSON-LD object that describes the article, if any: among the article-typed objects, the one that
 * says it is this page (its url, `@id` or mainEntityOfPage), else the one with a headline, else the first.
 */
export function articleObject(items: JsonObject[], pageUrl?: URL): JsonObject | null {
  const articles = items.filter(isArticle);
  if (articles.length <= 1) return articles[0] ?? null;
  if (pageUrl) {
    const here = samePage(pageUrl);
    const mine = articles.find(
      (o) =>
        here(field(o.url, 'url')) || here(field(o['@id'], 'url')) || here(field(o.mainEntityOfPage, 'url')),
    );
    if (mine) return mine;
  }
  return articles.find((o) => field(o.headline)) ?? articles[0] ?? null;
}

/** The WebPage object of the page, which often holds the dates and author when no article object does. */
export function webPageObject(items: JsonObject[]): JsonObject | null {
  return (
    items.find((o) => typeOf(o).some((t) => /^(WebPage|ItemPage|AboutPage|ProfilePage)$/.test(t))) ?? null
  );
}

/** The WebSite object: its name is the site's name. */
export function webSiteObject(items: JsonObject[]): JsonObject | null {
  return items.find((o) => typeOf(o).includes('WebSite')) ?? null;
}

function samePage(pageUrl: URL): (href: string | null) => boolean {
  const key = (u: URL) => `${u.hostname.replace(/^www\./, '')}${u.pathname.replace(/\/$/, '')}`;
  const want = key(pageUrl);
  return (href) => {
    if (!href) return false;
    try {
      return key(new URL(href, pageUrl)) === want;
    } catch {
      return false;
    }
  };
}

/**
 * An object given only by reference (`{"@id": "…#/schema/person/1"}`) replaced by the object of the
 * page that carries that `@id` and more; anything else as it is.
 */
export function resolve(value: unknown, items: JsonObject[]): unknown {
  if (Array.isArray(value)) return value.map((v) => resolve(v, items));
  if (!isObject(value)) return value;
  const id = value['@id'];
  if (typeof id !== 'string' || Object.keys(value).some((k) => k !== '@id' && k !== '@type')) return value;
  return items.find((o) => o !== value && o['@id'] === id && Object.keys(o).length > 1) ?? value;
}

/** A string field, or the name/url of an object field, or the first of an array. */
export function field(value: unknown, key: 'name' | 'url' = 'name'): string | null {
  if (typeof value === 'string') return decodeEntities(value).trim() || null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const f = field(v, key);
      if (f) return f;
    }
    return null;
  }
  if (isObject(value)) {
    const v = value[key] ?? (key === 'url' ? value['@id'] : undefined);
    if (typeof v === 'string') return decodeEntities(v).trim() || null;
    if (key === 'name' && typeof value.givenName === 'string')
      return (
        `${value.givenName} ${typeof value.familyName === 'string' ? value.familyName : ''}`.trim() || null
      );
    return Array.isArray(v) ? field(v, key) : null;
  }
  return null;
}

/**
 * Every name a field gives, in order: "A", ["A", "B"], {"name": "A"}, [{"name": "A"}, {"@id": …}],
 * "A, B and C" stays one string (the caller splits names).
 */
export function names(
  value: unknown,
  items: JsonObject[],
): { name: string; url: string | null; type: string[] }[] {
  const out: { name: string; url: string | null; type: string[] }[] = [];
  const list = Array.isArray(value) ? value : value == null ? [] : [value];
  for (const raw of list) {
    const v = resolve(raw, items);
    const name = field(v);
    if (!name) continue;
    out.push({ name, url: isObject(v) ? field(v, 'url') : null, type: isObject(v) ? typeOf(v) : [] });
  }
  return out;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
};

/**
 * Character references left in text that was never parsed as HTML (JSON-LD, or a meta value escaped
 * twice): "Tips &amp; Tricks", "Investor&#8217;s", "Kata&#x3a;". Unknown names stay as they are.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}
