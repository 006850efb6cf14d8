// One planned source (a file, an http(s) URL or `-`) to its items. JSONL streams; everything else
// is bounded by maxBytes and read whole. Nothing here throws: problems become failure items.
import { closeSync, createReadStream, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { readFeed } from './feed.js';
import { fetchBytes } from './fetch.js';
import { readJsonl } from './jsonl.js';
import { fetchedKind, readDocument } from './page.js';
import { charsetOf, declaredCharset, kindByExtension, sniff, type Kind } from './sniff.js';
import { failure, fsReason, megabytes, oneLine, resolveOptions, type IngestItem, type ReadOptions, type Resolved } from './types.js';
import { decode, tooLarge } from './validate.js';

export const isHttpUrl = (s: string): boolean => /^https?:\/\//i.test(s);
export const schemeOf = (s: string): string | null => /^([a-z][a-z0-9+.-]+:)/i.exec(s)?.[1]?.toLowerCase() ?? null;

/** Items from a whole document already in memory. */
export async function* readBytes(bytes: Uint8Array, kind: Kind, origin: string, url: string | null, opts: Resolved, charset?: string): AsyncGenerator<IngestItem> {
  if (kind === 'jsonl') return yield* readJsonl([bytes], origin, opts);
  if (kind !== 'feed') return yield readDocument(bytes, kind, origin, url, opts, {}, charset);
  const decoded = decode(bytes, opts.maxBytes, charset ?? declaredCharset(bytes));
  if (decoded.error) return yield failure(origin, url, decoded.error);
  yield* readFeed(decoded.text, origin, url, opts);
}

/**
 * The first 2 KB of a file, or all of it when it fits in `maxBytes`. Synchronous on purpose: each
 * async fs call is a thread-pool round trip (~0.2 ms here, ~1 ms for open+stat+read+close), which
 * alone would cap reading at ~1000 small files/s; the sync calls take ~10 µs per file.
 */
function readSmall(path: string, maxBytes: number): { size: number; bytes: Uint8Array; whole: boolean } {
  const fd = openSync(path, 'r');
  try {
    const { size } = fstatSync(fd);
    const whole = size <= maxBytes;
    const bytes = Buffer.allocUnsafe(whole ? size : Math.min(size, 2048));
    let got = 0;
    for (let n = 1; n > 0 && got < bytes.length; got += n) n = readSync(fd, bytes, got, bytes.length - got, got);
    return { size, bytes: bytes.subarray(0, got), whole };
  } finally {
    closeSync(fd);
  }
}

/** A file: its kind by extension, else by its first bytes. JSONL is streamed whatever its size. */
async function* readPath(path: string, opts: Resolved): AsyncGenerator<IngestItem> {
  const byExtension = kindByExtension(path);
  if (byExtension === 'jsonl') return yield* readJsonl(createReadStream(path, { highWaterMark: 1 << 20 }), path, opts);
  const { size, bytes, whole } = readSmall(path, opts.maxBytes);
  const kind = byExtension ?? sniff(bytes) ?? 'text';
  if (kind === 'jsonl') return yield* readJsonl(createReadStream(path, { highWaterMark: 1 << 20 }), path, opts);
  if (!whole) return yield failure(path, null, tooLarge(size, opts.maxBytes));
  yield* readBytes(bytes, kind, path, null, opts);
}

async function* readUrl(url: string, opts: Resolved): AsyncGenerator<IngestItem> {
  const got = await fetchBytes(url, opts);
  if (!got.ok) return yield failure(url, url, got.error);
  yield* readBytes(got.bytes, fetchedKind(got.bytes, got.contentType), url, got.url, opts, charsetOf(got.contentType));
}

/** A stream (stdin, usually): sniffed on its first chunk; JSONL streams on, the rest is bounded. */
export async function* readStream(stream: AsyncIterable<Uint8Array>, origin: string, opts: Resolved): AsyncGenerator<IngestItem> {
  const it = stream[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) return yield failure(origin, null, 'empty');
  const rest = { [Symbol.asyncIterator]: () => it };
  const kind = sniff(first.value) ?? 'text';
  async function* all() { yield first.value; yield* rest; }
  if (kind === 'jsonl') return yield* readJsonl(all(), origin, opts);
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of all()) {
    size += chunk.length;
    if (size > opts.maxBytes) return yield failure(origin, null, `too large (over ${megabytes(opts.maxBytes)})`);
    parts.push(chunk);
  }
  yield* readBytes(Buffer.concat(parts), kind, origin, null, opts);
}

/** Reads one planned source; every problem, expected or not, is a failure item naming the reason. */
export async function* readSource(source: string, options: ReadOptions = {}): AsyncGenerator<IngestItem> {
  const opts = resolveOptions(options);
  const scheme = schemeOf(source);
  try {
    if (source === '-') yield* readStream(process.stdin, '-', opts);
    else if (isHttpUrl(source)) yield* readUrl(source, opts);
    else if (scheme && !existsSync(source)) yield failure(source, null, `unsupported URL scheme '${scheme}'`);
    else yield* readPath(resolve(source), opts);
  } catch (e) {
    const web = isHttpUrl(source);
    yield failure(web || source === '-' ? source : resolve(source), web ? source : null, web ? `cannot read: ${oneLine(e)}` : fsReason(e));
  }
}
