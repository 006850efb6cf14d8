// JSONL / NDJSON: one {id, text, title?, published?, url?, source?} per line, read as a stream so a
// file of millions of articles never sits in memory. Lines are split on bytes (a newline byte never
// occurs inside a UTF-8 sequence), so each line gets its own UTF-8 verdict and its own failure.
import { decode, finish, tooLarge } from './validate.js';
import { failure, oneLine, type IngestItem, type Resolved } from './types.js';

interface Line { n: number; bytes: Uint8Array; size: number }

/** Physical lines (1-based). A line over `maxBytes` is not kept, only measured: bytes are empty. */
export async function* splitLines(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let n = 0;
  const take = (piece: Uint8Array): Line => {
    const whole = size + piece.length;
    const bytes = whole > maxBytes ? new Uint8Array(0) : parts.length ? Buffer.concat([...parts, piece]) : piece;
    parts = [];
    size = 0;
    return { n: ++n, bytes, size: whole };
  };
  for await (const chunk of chunks) {
    let pos = 0;
    for (let nl = chunk.indexOf(10, pos); nl >= 0; nl = chunk.indexOf(10, pos)) {
      yield take(chunk.subarray(pos, nl));
      pos = nl + 1;
    }
    const rest = chunk.subarray(pos);
    // Past the limit the line is only counted, so one runaway line cannot exhaust memory.
    if (size + rest.length <= maxBytes) parts.push(rest);
    else parts = [];
    size += rest.length;
  }
  if (size > 0) yield take(new Uint8Array(0));
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

/** What can be salvaged from a parsed line for a failure's `partial`. */
function meta(o: Record<string, unknown>) {
  return { title: str(o.title), url: str(o.url), source: str(o.source), published: str(o.published) };
}

export function readJsonLine(line: Line, path: string, opts: Resolved): IngestItem | null {
  const origin = `${path}#L${line.n}`;
  if (line.size > opts.maxBytes) return failure(origin, null, tooLarge(line.size, opts.maxBytes));
  const end = line.bytes[line.bytes.length - 1] === 13 ? line.bytes.length - 1 : line.bytes.length;
  const decoded = decode(line.bytes.subarray(0, end), opts.maxBytes);
  if (decoded.error === 'empty') return null; // blank lines separate nothing and are skipped
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (e) {
    const reason = decoded.error ?? `invalid JSON on line ${line.n}: ${oneLine(e)}`;
    return failure(origin, null, reason);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return failure(origin, null, decoded.error ?? `line ${line.n} is not a JSON object`);
  }
  const o = value as Record<string, unknown>;
  const m = meta(o);
  // Invalid UTF-8: the title and URL survive in the failure, the text does not (it would be garbled).
  if (decoded.error) return failure(origin, m.url, decoded.error, m);
  if (typeof o.text !== 'string') return failure(origin, m.url, `missing "text" on line ${line.n}`, m);
  return finish({ origin, url: m.url, source: m.source, title: m.title, byline: str(o.byline), published: m.published, text: o.text }, opts);
}

export async function* readJsonl(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, path: string, opts: Resolved): AsyncGenerator<IngestItem> {
  for await (const line of splitLines(chunks, opts.maxBytes)) {
    const item = readJsonLine(line, path, opts);
    if (item) yield item;
  }
}
