// One WHERE clause for every EventQuery filter, shared by the drivers so that they read a query the
// same way; each driver's dialect says how it spells placeholders, case-insensitive comparison and
// full text. List, count and stats all use it, so a page, its total and its stats always agree.
import type { EventQuery } from './Store.js';

export interface Filter { where: string; params: unknown[] }

/** A search word; `prefix` when it ended in `*` (the star itself is not part of the word). */
export interface SearchWord { word: string; prefix: boolean }

/** The words of a search box; ones with no letter or digit in them are dropped, so punctuation is never syntax. */
export function searchWords(text: string): SearchWord[] {
  return text.split(/\s+/).map((w) => /^(.*?)(\*?)$/.exec(w)!)
    .filter((m) => /[\p{L}\p{N}]/u.test(m[1]!)).map((m) => ({ word: m[1]!, prefix: m[2] === '*' }));
}

export interface FilterDialect {
  /** The n-th parameter (1-based). */
  placeholder(n: number): string;
  equalsNoCase(column: string, param: string): string;
  /** `param` holds a LIKE pattern escaped with backslashes. */
  containsNoCase(column: string, param: string): string;
  /** Every word must occur; `param` holds `fullTextValue(words)`. */
  fullText(param: string): string;
  fullTextValue(words: SearchWord[]): unknown;
  /** A condition that is never true. */
  never: string;
}

const likeEscaped = (s: string) => `%${s.replace(/[\\%_]/g, '\\$&')}%`;

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** `longestSpan`: the most days any stored date range covers. */
export function eventFilter(q: EventQuery, d: FilterDialect, longestSpan = 0): Filter {
  const where: string[] = [];
  const params: unknown[] = [];
  const p = (value: unknown) => { params.push(value); return d.placeholder(params.length); };
  const add = (sql: string) => { where.push(sql); };
  // A date range meets [from, to] when it ends on or after `from` and starts on or before `to`. The
  // second test alone would leave date_to unbounded above; since no range is longer than the longest,
  // date_to <= to + longest is implied, and it lets the index stop at the window's end.
  if (q.from) add(`date_to >= ${p(q.from)}`);
  if (q.to) add(`date_from <= ${p(q.to)} AND date_to <= ${p(addDays(q.to, Math.ceil(longestSpan)))}`);
  if (q.eventType) add(`event_type = ${p(q.eventType)}`);
  if (q.subEventType) add(`sub_event_type = ${p(q.subEventType)}`);
  if (q.country) add(d.equalsNoCase('country', p(q.country)));
  if (q.admin1) add(d.equalsNoCase('admin1', p(q.admin1)));
  if (q.articleId) add(`article_id = ${p(q.articleId)}`);
  if (q.claim) add(`claim = ${p(q.claim)}`);
  if (q.minFatalities !== undefined) add(`fatalities >= ${p(q.minFatalities)}`);
  if (q.maxFatalities !== undefined) add(`fatalities <= ${p(q.maxFatalities)}`);
  if (q.actor) {
    add(`(${d.containsNoCase('actor1', p(likeEscaped(q.actor)))} OR ${d.containsNoCase('actor2', p(likeEscaped(q.actor)))})`);
  }
  if (q.bbox) {
    const [minLon, minLat, maxLon, maxLat] = q.bbox;
    add(`latitude BETWEEN ${p(minLat)} AND ${p(maxLat)}`);
    if (minLon <= maxLon) add(`longitude BETWEEN ${p(minLon)} AND ${p(maxLon)}`);
    else add(`(longitude >= ${p(minLon)} OR longitude <= ${p(maxLon)})`);
  }
  if (q.text !== undefined) {
    const words = searchWords(q.text);
    if (words.length) add(d.fullText(p(d.fullTextValue(words))));
    else add(d.never); // a search with no words in it matches nothing
  }
  return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}
