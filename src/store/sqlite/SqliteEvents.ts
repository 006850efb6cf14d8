import type Database from 'better-sqlite3';
import type { ConflictEvent } from '../../model/event.js';
import type { EventQuery } from '../Store.js';

/** The events half of the SQLite store: each event kept whole as JSON, its filter columns beside it. */
export class SqliteEvents {
  private readonly deleteForArticle;
  private readonly insert;
  private readonly markExtracted;

  constructor(private readonly db: Database.Database) {
    this.deleteForArticle = db.prepare('DELETE FROM events WHERE article_id = ?');
    this.insert = db.prepare(`INSERT INTO events
      (event_id, article_id, date_from, date_to, event_type, sub_event_type, actor1, actor2, country, latitude, longitude, fatalities, json)
      VALUES (@event_id, @article_id, @date_from, @date_to, @event_type, @sub_event_type, @actor1, @actor2, @country, @latitude, @longitude, @fatalities, @json)
      ON CONFLICT (event_id) DO UPDATE SET json = excluded.json`);
    this.markExtracted = db.prepare(`UPDATE articles SET status = 'extracted', error = NULL WHERE id = ?`);
  }

  /** Not wrapped in a transaction of its own: callers batch many articles into one. */
  replace(articleId: string, events: ConflictEvent[]): void {
    this.deleteForArticle.run(articleId);
    for (const e of events) {
      this.insert.run({
        event_id: e.event_id, article_id: articleId, date_from: e.date_range?.[0] ?? e.event_date,
        date_to: e.date_range?.[1] ?? e.event_date, event_type: e.event_type, sub_event_type: e.sub_event_type,
        actor1: e.actor1, actor2: e.actor2, country: e.country, latitude: e.latitude, longitude: e.longitude,
        fatalities: e.fatalities, json: JSON.stringify(e),
      });
    }
    this.markExtracted.run(articleId);
  }

  get(id: string): ConflictEvent | null {
    const row = this.db.prepare('SELECT json FROM events WHERE event_id = ?').get(id) as { json: string } | undefined;
    return row ? (JSON.parse(row.json) as ConflictEvent) : null;
  }

  list(q: EventQuery = {}): ConflictEvent[] {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, ...values: unknown[]) => { where.push(sql); params.push(...values); };
    if (q.from) add('date_to >= ?', q.from);
    if (q.to) add('date_from <= ?', q.to);
    if (q.eventType) add('event_type = ?', q.eventType);
    if (q.country) add('country = ? COLLATE NOCASE', q.country);
    if (q.articleId) add('article_id = ?', q.articleId);
    if (q.actor) add("(actor1 LIKE ? ESCAPE '\\' OR actor2 LIKE ? ESCAPE '\\')", ...Array(2).fill(`%${q.actor.replace(/[\\%_]/g, '\\$&')}%`));
    const sql = `SELECT json FROM events ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
      ORDER BY date_to IS NULL, date_to DESC, event_id LIMIT ? OFFSET ?`;
    const rows = this.db.prepare(sql).all(...params, q.limit ?? 100, q.offset ?? 0) as { json: string }[];
    return rows.map((r) => JSON.parse(r.json) as ConflictEvent);
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
  }
}
