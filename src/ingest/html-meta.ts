// Metadata of an HTML page, read before readability rewrites the document. One pass over <meta>
// builds a lookup keyed by lower-cased property/name/itemprop, so case and attribute choice don't matter.

/** A minimal view of linkedom's elements, so this file needs no DOM typings of its own. */
interface El {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
interface Doc {
  querySelectorAll(selector: string): ArrayLike<El>;
  querySelector(selector: string): El | null;
}

export interface PageMeta {
  published: string | null;
  siteName: string | null;
  url: string | null;
  title: string | null;
  author: string | null;
}

function metaMap(doc: Doc): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const key = el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop');
    const content = el.getAttribute('content')?.trim();
    if (key && content && !map.has(key.toLowerCase())) map.set(key.toLowerCase(), content);
  }
  return map;
}

/** `datePublished` anywhere in a JSON-LD block (top level, arrays, @graph), depth-limited. */
function ldDate(value: unknown, depth = 0): string | null {
  if (depth > 6 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const d = ldDate(v, depth + 1);
      if (d) return d;
    }
    return null;
  }
  const obj = value as Record<string, unknown>;
  if (typeof obj.datePublished === 'string') return obj.datePublished;
  for (const v of Object.values(obj)) {
    const d = ldDate(v, depth + 1);
    if (d) return d;
  }
  return null;
}

function jsonLdDate(doc: Doc): string | null {
  for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const d = ldDate(JSON.parse(el.textContent ?? ''));
      if (d) return d;
    } catch {
      // A broken JSON-LD block is common and harmless: the other sources still apply.
    }
  }
  return null;
}

/** An absolute http(s) URL from an href, resolved against the page; null otherwise. */
function absolute(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  try {
    const url = base ? new URL(href, base) : new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function pageMeta(doc: Doc, pageUrl: string | null): PageMeta {
  const m = metaMap(doc);
  const published =
    m.get('article:published_time') ?? m.get('og:published_time') ?? jsonLdDate(doc) ??
    m.get('datepublished') ?? doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
    m.get('date') ?? m.get('pubdate') ?? m.get('dc.date.issued') ?? null;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return {
    published,
    siteName: m.get('og:site_name') ?? null,
    url: absolute(canonical, pageUrl) ?? absolute(m.get('og:url'), pageUrl) ?? pageUrl,
    title: m.get('og:title') ?? null,
    author: m.get('author') ?? null,
  };
}
