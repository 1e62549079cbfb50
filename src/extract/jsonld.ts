/** Reads the page's JSON-LD blocks into plain objects, flattening @graph; ignores what does not parse. */
export type JsonObject = { [key: string]: unknown };

export function readJsonLd(doc: Document): JsonObject[] {
  const out: JsonObject[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    while (queue.length > 0 && out.length < 200) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (isObject(item)) {
        out.push(item);
        if (Array.isArray(item['@graph'])) queue.push(...item['@graph']);
      }
    }
  }
  return out;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ARTICLE_TYPES =
  /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|WebPage|Report|ScholarlyArticle|OpinionNewsArticle|LiveBlogPosting)$/;

/** The JSON-LD object that describes the article, if any. */
export function articleObject(items: JsonObject[]): JsonObject | null {
  const typed = (o: JsonObject) => {
    const t = o['@type'];
    const types = Array.isArray(t) ? t : [t];
    return types.some((x) => typeof x === 'string' && ARTICLE_TYPES.test(x) && x !== 'WebPage');
  };
  return items.find(typed) ?? null;
}

/** A string field, or the name/url of an object field, or the first of an array. */
export function field(value: unknown, key: 'name' | 'url' = 'name'): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const f = field(v, key);
      if (f) return f;
    }
    return null;
  }
  if (isObject(value)) {
    const v = value[key] ?? (key === 'url' ? value['@id'] : undefined);
    return typeof v === 'string' ? v.trim() || null : null;
  }
  return null;
}
