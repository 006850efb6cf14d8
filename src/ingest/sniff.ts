// Which reader a source needs: by file extension first, then by the first bytes, then (for HTTP)
// by Content-Type. Sniffing skips a BOM, whitespace, <?xml ...?> and comments before looking.
import { extname } from 'node:path';

export type Kind = 'text' | 'html' | 'jsonl' | 'feed';

const EXTENSIONS: Record<string, Kind> = {
  '.txt': 'text', '.text': 'text', '.md': 'text',
  '.html': 'html', '.htm': 'html',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed',
};

/** The extensions a directory walk picks up. */
export const KNOWN_EXTENSIONS = new Set(Object.keys(EXTENSIONS));

export function kindByExtension(path: string): Kind | null {
  return EXTENSIONS[extname(path).toLowerCase()] ?? null;
}

/** The kind the first bytes announce, or null when they announce nothing (plain text, usually). */
export function sniff(head: Uint8Array | string): Kind | null {
  let s = typeof head === 'string' ? head.slice(0, 2048) : Buffer.from(head.subarray(0, 2048)).toString('latin1');
  s = s.replace(/^(?:\uFEFF|ï»¿)/, '');
  // Skip whitespace, XML declarations / processing instructions and comments, in any order.
  s = s.replace(/^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*/, '').toLowerCase();
  if (/^<(?:rss|feed|rdf:rdf)[\s>]/.test(s)) return 'feed';
  if (/^<(?:!doctype html|html)[\s>]/.test(s)) return 'html';
  if (s.startsWith('{')) return 'jsonl';
  return null;
}

/** A kind from an HTTP Content-Type, when it says something definite. */
export function kindByContentType(contentType: string | null): Kind | null {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (/^application\/(?:rss|atom|rdf)\+xml$/.test(type)) return 'feed';
  if (/^application\/(?:x-)?(?:ndjson|jsonl|json-lines)$/.test(type)) return 'jsonl';
  if (type === 'text/plain') return 'text';
  return null;
}

/** The charset a document declares near its top: <meta charset>, http-equiv, or <?xml encoding?>. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return (/<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head) ?? /^[^<]*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head))?.[1];
}

/** The charset an HTTP Content-Type declares, if any. */
export function charsetOf(contentType: string | null): string | undefined {
  return /charset="?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
}
