// `sitrep ingest --retry`: re-reads the origin of one stored failure. Origins are a file path,
// `path#L<n>` (a JSONL line), `<feed>#item<n>` (a feed entry without a link) or an article page URL.
import { createReadStream, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ArticleInput } from '../model/article.js';
import { readFeed } from './feed.js';
import { fetchBytes } from './fetch.js';
import { readJsonLine, splitLines } from './jsonl.js';
import { readPage } from './page.js';
import { charsetOf, declaredCharset } from './sniff.js';
import { isHttpUrl, readSource, schemeOf } from './source.js';
import { failure, fsReason, oneLine, resolveOptions, type IngestItem, type ReadOptions, type Resolved } from './types.js';
import { decode } from './validate.js';

/** Line `n` of a JSONL file, streamed up to that line and no further. */
async function jsonLine(path: string, n: number, opts: Resolved): Promise<IngestItem> {
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  try {
    for await (const line of splitLines(stream, opts.maxBytes)) {
      if (line.n === n) return readJsonLine(line, path, opts) ?? failure(`${path}#L${n}`, null, `line ${n} is blank`);
    }
  } finally {
    stream.destroy();
  }
  return failure(`${path}#L${n}`, null, `the file has no line ${n}`);
}

/** Entry `n` of a feed file or feed URL. */
async function feedItem(feed: string, n: number, opts: Resolved): Promise<IngestItem> {
  let bytes: Uint8Array;
  let charset: string | undefined;
  if (isHttpUrl(feed)) {
    const got = await fetchBytes(feed, opts);
    if (!got.ok) return failure(`${feed}#item${n}`, feed, got.error);
    [bytes, charset] = [got.bytes, charsetOf(got.contentType)];
  } else {
    bytes = await readFile(feed);
  }
  const decoded = decode(bytes, opts.maxBytes, charset ?? declaredCharset(bytes));
  if (decoded.error) return failure(`${feed}#item${n}`, null, decoded.error);
  for await (const item of readFeed(decoded.text, feed, isHttpUrl(feed) ? feed : null, opts, n)) return item;
  return failure(`${feed}#item${n}`, null, `the feed has no item ${n}`);
}

/** A whole file again: fine for one article, refused for a file that holds many. */
async function wholeFile(path: string, options: ReadOptions): Promise<IngestItem> {
  const items: IngestItem[] = [];
  for await (const item of readSource(path, options)) items.push(item);
  if (items.length === 1 && items[0]) return items[0];
  return failure(path, null, `holds ${items.length} articles: ingest the file again rather than retrying it`);
}

/** Re-reads one failure's origin. `partial` is what was known (a feed's title, date, source). Never throws. */
export async function readOrigin(origin: string, options: ReadOptions = {}, partial?: Partial<ArticleInput>): Promise<IngestItem> {
  const opts = resolveOptions(options);
  try {
    if (origin === '-' || origin.startsWith('-#')) return failure(origin, null, 'standard input cannot be read again');
    const item = /^(.*)#item(\d+)$/.exec(origin);
    if (item?.[1]) return await feedItem(isHttpUrl(item[1]) ? item[1] : resolve(item[1]), Number(item[2]), opts);
    if (isHttpUrl(origin)) return await readPage(origin, opts, partial ?? {});
    // "file:///x", "ftp://...": still refused, and filed under the same origin so the record is updated.
    const scheme = schemeOf(origin);
    if (scheme && !existsSync(origin)) return failure(origin, null, `unsupported URL scheme '${scheme}'`);
    const line = /^(.*)#L(\d+)$/.exec(origin);
    if (line?.[1]) return await jsonLine(resolve(line[1]), Number(line[2]), opts);
    return await wholeFile(resolve(origin), options);
  } catch (e) {
    const web = isHttpUrl(origin);
    return failure(origin, web ? origin : null, web ? `cannot read: ${oneLine(e)}` : fsReason(e));
  }
}
