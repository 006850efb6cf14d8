import type Database from 'better-sqlite3';
import type { ConflictEvent } from '../../model/event.js';
import type { EventQuery, EventStats, EventVersion, MergeSummary } from '../Store.js';
import { SqliteMerge } from './SqliteMerge.js';
import { EventQueries } from './eventQuery.js';

/** The events half of the SQLite store: each event kept whole as JSON, its filter columns beside it. */
export class SqliteEvents {
  private readonly markExtracted;
  private readonly merge: SqliteMerge;
  private readonly queries: EventQueries;

  constructor(private readonly db: Database.Database) {
    this.markExtracted = db.prepare(`UPDATE articles SET status = 'extracted', error = NULL WHERE id = ?`);
    this.queries = new EventQueries(db);
    this.merge = new SqliteMerge(db);
  }

  /** Not wrapped in a transaction of its own: callers batch many articles into one. */
  async replace(articleId: string, events: ConflictEvent[]): Promise<MergeSummary> {
    const summary = await this.merge.replace(articleId, events);
    this.markExtracted.run(articleId);
    return summary;
  }

  history(eventId: string): Promise<EventVersion[]> {
    return this.merge.history(eventId);
  }

  get(id: string): ConflictEvent | null {
    const row = this.db.prepare('SELECT json FROM events WHERE event_id = ?').get(id) as { json: string } | undefined;
    return row ? (JSON.parse(row.json) as ConflictEvent) : null;
  }

  list(q: EventQuery = {}): ConflictEvent[] {
    return this.queries.listJson(q).map((json) => JSON.parse(json) as ConflictEvent);
  }

  listJson(q: EventQuery = {}): string[] {
    return this.queries.listJson(q);
  }

  count(q: EventQuery = {}): number {
    return this.queries.count(q);
  }

  stats(q: EventQuery = {}): EventStats {
    return this.queries.stats(q);
  }
}
