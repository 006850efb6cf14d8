// RSS / Atom / RDF feeds. A feed item is usually a teaser: its link is fetched and read as an HTML
// page, and what the feed said (title, date, feed title as source, summary) fills what the page lacks
// or, when the page cannot be read, is kept in the failure so that nothing is lost.
import Parser from 'rss-parser';
import type { ArticleInput } from '../model/article.js';
import { readPage } from './page.js';
import { failure, oneLine, type IngestItem, type Resolved } from './types.js';
import { finish } from './validate.js';

const parser = new Parser(); // one parser for the whole run: it holds no per-feed state

type Item = Parser.Item & { summary?: string };

function stripTags(html: string | undefined): string | null {
  if (!html) return null;
  const text = html.replace(/<[^>]*>/g, ' ').replace(/[ \t]+/g, ' ').trim();
  return text || null;
}

/** An item's link as an absolute http(s) URL (relative links resolve against the feed's URL). */
function linkOf(item: Item, base: string | null): string | null {
  if (!item.link) return null;
  try {
    const url = base ? new URL(item.link, base) : new URL(item.link);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** What the feed says about an item, in the shape of a partial article. */
function said(item: Item, source: string | null): Partial<ArticleInput> {
  const text = item.contentSnippet?.trim() || stripTags(item.summary) || stripTags(item.content);
  return { title: item.title?.trim() || null, published: item.isoDate ?? item.pubDate ?? null, source, text: text ?? '' };
}

async function readItem(item: Item, n: number, origin: string, base: string | null, source: string | null, opts: Resolved): Promise<IngestItem> {
  const fill = said(item, source);
  const link = linkOf(item, base);
  if (link) return readPage(link, opts, fill);
  // No page to fetch: the item's own content is the article, filed as `<feed>#item<n>`.
  const draft = { origin: `${origin}#item${n}`, url: null, source, title: fill.title ?? null, byline: item.creator ?? null, published: fill.published ?? null, text: fill.text ?? '' };
  return finish(draft, opts);
}

/**
 * Yields one item per feed entry. `only` (1-based) reads a single entry, for `--retry` of `#item<n>`.
 * `origin` is the feed's path or URL; `base` its URL, when it was fetched.
 */
export async function* readFeed(xml: string, origin: string, base: string | null, opts: Resolved, only?: number): AsyncGenerator<IngestItem> {
  let feed: Parser.Output<Item>;
  try {
    feed = await parser.parseString(xml);
  } catch (e) {
    yield failure(origin, base, `not a readable feed: ${oneLine(e)}`);
    return;
  }
  const source = feed.title?.trim() || null;
  if (only !== undefined) {
    const item = feed.items[only - 1];
    yield item ? await readItem(item, only, origin, base, source, opts) : failure(`${origin}#item${only}`, null, `the feed has no item ${only}`);
    return;
  }
  for (const [i, item] of feed.items.entries()) {
    if (opts.signal?.aborted) return;
    yield await readItem(item, i + 1, origin, base, source, opts);
  }
}

/** A feed entry's identity across fetches: its guid, else its link, else its title and date. */
function entryKey(item: Item, base: string | null): string {
  return item.guid?.trim() || linkOf(item, base) || `${item.title?.trim() ?? ''}|${item.isoDate ?? item.pubDate ?? ''}`;
}

/**
 * For `sitrep watch`: the entries `isNew` accepts, each with its key, read as readFeed reads them;
 * entries already taken in are skipped before their page is fetched. An unreadable feed throws.
 */
export async function* readNewEntries(xml: string, origin: string, base: string | null, opts: Resolved,
  isNew: (key: string) => Promise<boolean>, stop?: () => boolean): AsyncGenerator<{ key: string; item: IngestItem }> {
  let feed: Parser.Output<Item>;
  try {
    feed = await parser.parseString(xml);
  } catch (e) {
    throw new Error(`not a readable feed: ${oneLine(e)}`);
  }
  const source = feed.title?.trim() || null;
  for (const [i, item] of feed.items.entries()) {
    if (stop?.()) return;
    const key = entryKey(item, base);
    if (await isNew(key)) yield { key, item: await readItem(item, i + 1, origin, base, source, opts) };
  }
}
