// Checks every article passes before it is yielded, and the byte-level checks that run before any
// parsing (so that a binary file named .html never reaches the HTML parser).
import type { ArticleInput } from '../model/article.js';
import { findDateline, normaliseDate } from './dates.js';
import { detectLanguage } from './language.js';
import { misdecoded, repairMojibake } from './mojibake.js';
import { failure, megabytes, type Draft, type IngestItem, type Resolved } from './types.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const lossy = new TextDecoder('utf-8');

/** NUL anywhere, or more than 10% control characters in the first 4 KB (random bytes have ~12%). */
export function looksBinary(text: string): boolean {
  if (text.includes('\0')) return true;
  const n = Math.min(text.length, 4096);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 127) bad++;
  }
  return bad > n / 10;
}

export type Decoded = { text: string; error: null } | { text: string; error: string };

/** A decoder for a declared charset, or null when it is UTF-8 or a label the runtime does not know. */
function declared(charset: string | undefined): TextDecoder | null {
  if (!charset || /^utf-?8$/i.test(charset)) return null;
  try { return new TextDecoder(charset); } catch { return null; }
}

/**
 * Bytes to text: size limit, then UTF-8 (BOM stripped), then binary sniffing. On a UTF-8 error the
 * lossily decoded text comes back too, so that a title can still be salvaged for the failure.
 * UTF-8 is tried first even when a page declares another charset (declarations are often wrong);
 * a declared charset (HTTP header or <meta>) only rescues bytes that are not UTF-8.
 */
export function decode(bytes: Uint8Array, maxBytes: number, charset?: string): Decoded {
  if (bytes.length > maxBytes) return { text: '', error: tooLarge(bytes.length, maxBytes) };
  // A UTF-16 file is full of NULs: its byte-order mark decides before the binary check can misjudge it.
  const bom16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  let text: string;
  let error: string | null = null;
  try {
    text = bom16 ? new TextDecoder(bom16).decode(bytes) : utf8.decode(bytes);
  } catch {
    const fallback = declared(charset);
    text = (fallback ?? lossy).decode(bytes);
    if (!fallback) error = 'not valid UTF-8';
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (looksBinary(text)) return { text: '', error: 'binary content' };
  if (error) return { text, error };
  return text.trim() ? { text, error: null } : { text, error: 'empty' };
}

export function tooLarge(size: number, limit: number): string {
  return `too large (${megabytes(size)}, limit ${megabytes(limit)})`;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try { return new URL(url).hostname || null; } catch { return null; }
}

/** The first metadata date that parses; the ones that do not are collected in `bad`. */
function pickDate(values: (string | null | undefined)[], bad: string[]): string | null {
  for (const raw of values) {
    if (raw == null || raw.trim() === '') continue;
    const date = normaliseDate(raw);
    if (date) return date;
    bad.push(raw);
  }
  return null;
}

/**
 * Completes a draft and decides: mis-decoded UTF-8 in text and title is repaired (and noted), missing
 * fields are taken from `fill` (what a feed said), the date is metadata, then a dateline, then
 * --published; then empty, binary and non-English texts fail.
 */
export function finish(draft: Draft, opts: Resolved, fill: Partial<ArticleInput> = {}): IngestItem {
  // Clean text, nearly all of it, costs one regex test and no copy.
  let body = draft.text, title = draft.title ?? fill.title ?? null, repairs = 0;
  if (misdecoded(body)) ({ text: body, repaired: repairs } = repairMojibake(body));
  if (title && misdecoded(title)) {
    const fixed = repairMojibake(title);
    title = fixed.text;
    repairs += fixed.repaired;
  }
  const bad: string[] = [];
  const meta = pickDate([draft.published, fill.published], bad);
  let published = meta ?? findDateline(body);
  if (!published && opts.published) {
    published = normaliseDate(opts.published);
    if (!published) bad.push(opts.published);
  }
  const outcome = published ? `ignored (the date ${published} was used)` : 'publication date left unknown';
  const warnings = bad.map((raw) => `date "${raw}" does not parse; ${outcome}`);
  if (repairs) warnings.push(`text repaired: ${repairs} mis-decoded ${repairs === 1 ? 'sequence' : 'sequences'} (UTF-8 read as Windows-1252 or Latin-1)`);
  const article: ArticleInput = {
    origin: draft.origin,
    url: draft.url ?? fill.url ?? null,
    source: draft.source ?? fill.source ?? hostOf(draft.url ?? fill.url ?? null),
    title,
    byline: draft.byline ?? fill.byline ?? null,
    published,
    language: null,
    text: body,
  };
  const { text, ...rest } = article;
  if (!text.trim()) return failure(article.origin, article.url, 'empty', rest);
  if (looksBinary(text)) return failure(article.origin, article.url, 'binary content', rest);
  article.language = detectLanguage(text);
  if (article.language && article.language !== 'eng') {
    return failure(article.origin, article.url, `not English (detected: ${article.language})`, { ...article });
  }
  return { kind: 'article', article, warnings };
}
