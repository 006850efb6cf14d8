// The read side of the events table: one WHERE clause for every EventQuery filter, shared by the
// list, count and stats statements so that a page, its total and its stats always agree.
import type Database from 'better-sqlite3';
import type { EventType } from '../../model/event.js';
import type { EventQuery, EventStats } from '../Store.js';

interface Filter { where: string; params: unknown[] }

/** Words as FTS5 phrases, so punctuation in a search box is never query syntax; `word*` keeps its prefix star. */
export function ftsQuery(text: string): string | null {
  const words = text.split(/\s+/).map((w) => /^(.*?)(\*?)$/.exec(w)!).filter((m) => /[\p{L}\p{N}]/u.test(m[1]!));
  return words.length ? words.map((m) => `"${m[1]!.replace(/"/g, '""')}"${m[2]}`).join(' ') : null;
}

const likeEscaped = (s: string) => `%${s.replace(/[\\%_]/g, '\\$&')}%`;

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** `longestSpan`: the most days any stored date range covers. */
export function eventFilter(q: EventQuery, longestSpan = 0): Filter {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => { where.push(sql); params.push(...values); };
  // A date range meets [from, to] when it ends on or after `from` and starts on or before `to`. The
  // second test alone would leave date_to unbounded above; since no range is longer than the longest,
  // date_to <= to + longest is implied, and it lets the index stop at the window's end.
  if (q.from) add('date_to >= ?', q.from);
  if (q.to) add('date_from <= ? AND date_to <= ?', q.to, addDays(q.to, Math.ceil(longestSpan)));
  if (q.eventType) add('event_type = ?', q.eventType);
  if (q.subEventType) add('sub_event_type = ?', q.subEventType);
  if (q.country) add('country = ? COLLATE NOCASE', q.country);
  if (q.admin1) add('admin1 = ? COLLATE NOCASE', q.admin1);
  if (q.articleId) add('article_id = ?', q.articleId);
  if (q.claim) add('claim = ?', q.claim);
  if (q.minFatalities !== undefined) add('fatalities >= ?', q.minFatalities);
  if (q.maxFatalities !== undefined) add('fatalities <= ?', q.maxFatalities);
  if (q.actor) add("(actor1 LIKE ? ESCAPE '\\' OR actor2 LIKE ? ESCAPE '\\')", likeEscaped(q.actor), likeEscaped(q.actor));
  if (q.bbox) {
    const [minLon, minLat, maxLon, maxLat] = q.bbox;
    add('latitude BETWEEN ? AND ?', minLat, maxLat);
    if (minLon <= maxLon) add('longitude BETWEEN ? AND ?', minLon, maxLon);
    else add('(longitude >= ? OR longitude <= ?)', minLon, maxLon);
  }
  if (q.text !== undefined) {
    const match = ftsQuery(q.text);
    if (match) add('rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)', match);
    else where.push('0'); // a search with no words in it matches nothing
  }
  return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

/** Runs the event queries; statements are prepared once for each shape of filter. */
export class EventQueries {
  private readonly statements = new Map<string, Database.Statement>();

  private readonly longestSpan: Database.Statement;

  constructor(private readonly db: Database.Database) {
    // The same expression as the events_span index, so that max() reads one index entry.
    this.longestSpan = db.prepare('SELECT max(julianday(date_to) - julianday(date_from)) FROM events').pluck();
  }

  private filter(q: EventQuery): Filter {
    return eventFilter(q, q.to ? ((this.longestSpan.get() as number | null) ?? 0) : 0);
  }

  private prepare(sql: string): Database.Statement {
    let stmt = this.statements.get(sql);
    if (!stmt) this.statements.set(sql, (stmt = this.db.prepare(sql)));
    return stmt;
  }

  /** Newest first. SQLite sorts NULL lowest, so undated events come last; event_id breaks ties. */
  listJson(q: EventQuery = {}): string[] {
    const f = this.filter(q);
    const sql = `SELECT json FROM events ${f.where} ORDER BY date_to DESC, event_id DESC LIMIT ? OFFSET ?`;
    return this.prepare(sql).pluck().all(...f.params, q.limit ?? 100, q.offset ?? 0) as string[];
  }

  count(q: EventQuery = {}): number {
    const f = this.filter(q);
    return this.prepare(`SELECT count(*) FROM events ${f.where}`).pluck().get(...f.params) as number;
  }

  stats(q: EventQuery = {}): EventStats {
    const f = this.filter(q);
    const byDay = this.prepare(`SELECT date_to AS date, event_type, count(*) AS count FROM events
      ${f.where ? `${f.where} AND` : 'WHERE'} date_to IS NOT NULL GROUP BY date_to, event_type ORDER BY date_to, event_type`)
      .all(...f.params) as EventStats['byDay'];
    const types = this.prepare(`SELECT event_type, count(*) AS n FROM events ${f.where} GROUP BY event_type ORDER BY event_type`)
      .all(...f.params) as { event_type: EventType; n: number }[];
    const byType = Object.fromEntries(types.map((t) => [t.event_type, t.n])) as EventStats['byType'];
    return { total: types.reduce((sum, t) => sum + t.n, 0), byType, byDay };
  }
}
