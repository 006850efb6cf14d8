// Plain-text articles: the whole file is the text (offsets downstream point into it), the first
// headline-like line is the title, and a dateline near the top gives the date (in `finish`).
import { datelineDate, headLines } from './dates.js';
import type { Draft } from './types.js';

/** CRLF and lone CR to LF; the BOM is already gone (see `decode`). */
export function normaliseNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** A headline: at most 200 characters and no final period (a sentence of body text has one). */
function looksLikeHeadline(line: string): boolean {
  return line.length <= 200 && !line.endsWith('.');
}

/** The first non-empty line that is not a dateline, when it looks like a headline. */
export function titleOf(text: string): string | null {
  const lines = headLines(text, 4);
  const line = lines.find((l, i) => i >= 3 || !datelineDate(l));
  return line && looksLikeHeadline(line) ? line : null;
}

export function readText(raw: string, origin: string): Draft {
  const text = normaliseNewlines(raw);
  return { origin, url: null, source: null, title: titleOf(text), byline: null, published: null, text };
}
