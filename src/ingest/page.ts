// One document (a text or HTML file, or a fetched page) to one item; and the fetch-then-read of an
// article page, shared by feeds and by `--retry`.
import type { ArticleInput } from '../model/article.js';
import { fetchBytes } from './fetch.js';
import { readHtml } from './html.js';
import { charsetOf, declaredCharset, kindByContentType, sniff, type Kind } from './sniff.js';
import { readText } from './text.js';
import { failure, type IngestItem, type Resolved } from './types.js';
import { decode, finish } from './validate.js';

/** Drops null/undefined fields, so that spreading a partial never erases what was already known. */
function known(p: Partial<ArticleInput>): Partial<ArticleInput> {
  return Object.fromEntries(Object.entries(p).filter(([, v]) => v != null)) as Partial<ArticleInput>;
}

/**
 * Reads a text or HTML document. `fill` is what is known from elsewhere (a feed item): it fills gaps
 * in the article, and it is kept in the failure's `partial` when the document cannot be read.
 */
export function readDocument(
  bytes: Uint8Array, kind: Kind, origin: string, url: string | null, opts: Resolved,
  fill: Partial<ArticleInput> = {}, charset?: string,
): IngestItem {
  if (kind === 'feed' || kind === 'jsonl') {
    const what = kind === 'feed' ? 'a feed' : 'a JSONL stream';
    return failure(origin, url, `expected one article, got ${what} (read it as a source instead)`, known({ ...fill, url }));
  }
  const decoded = decode(bytes, opts.maxBytes, charset ?? declaredCharset(bytes));
  if (decoded.error && decoded.error !== 'not valid UTF-8') return failure(origin, url, decoded.error, known({ ...fill, url }));
  const read = kind === 'html' ? readHtml(decoded.text, origin, url) : { draft: readText(decoded.text, origin), error: null };
  if (decoded.error || read.error !== null) {
    // Text that is not valid UTF-8 would be garbled: keep the title and URL, not the text.
    const { text: _garbled, ...salvage } = read.draft;
    const pageUrl = read.draft.url ?? url;
    return failure(origin, pageUrl, decoded.error ?? read.error ?? '', known({ ...fill, ...salvage, url: pageUrl }));
  }
  return finish({ ...read.draft, url: read.draft.url ?? url }, opts, fill);
}

/** The kind of a fetched body: what its first bytes say, else its Content-Type, else text. */
export function fetchedKind(bytes: Uint8Array, contentType: string | null): Kind {
  return sniff(bytes) ?? kindByContentType(contentType) ?? 'text';
}

/** Fetches and reads one article page; on failure the origin is the URL and `fill` is kept. */
export async function readPage(url: string, opts: Resolved, fill: Partial<ArticleInput> = {}): Promise<IngestItem> {
  const got = await fetchBytes(url, opts);
  if (!got.ok) return failure(url, url, got.error, known({ ...fill, url }));
  const kind = fetchedKind(got.bytes, got.contentType);
  const item = readDocument(got.bytes, kind, url, got.url, opts, fill, charsetOf(got.contentType));
  // A failure after a redirect still files under the link that was asked for, so --retry finds it.
  if (item.kind === 'failure') item.failure.origin = url;
  return item;
}
