// The events half of the PostgreSQL store: merging an article's events in, and the queries over them
// with the WHERE clause every driver shares (src/store/eventFilter.ts).
import type { ConflictEvent, EventType } from '../../model/event.js';
import { type Filter, type FilterDialect, type SearchWord, eventFilter } from '../eventFilter.js';
import { eventHistory, replaceMentions } from '../mergeFlow.js';
import type { EventQuery, EventStats, EventVersion, MergeSummary } from '../Store.js';
import { PgMerge } from './PgMerge.js';
import type { PgSession } from './session.js';

/** Any fixed number: the lock that makes merges from several processes take turns (see replace). */
const MERGE_LOCK = 0x517_2ea;

/** A tsquery where each word is a quoted lexeme (never operator syntax) and `word*` a prefix. */
export function tsQuery(words: SearchWord[]): string {
  return words.map((w) => `'${w.word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'${w.prefix ? ':*' : ''}`).join(' & ');
}

const POSTGRES: FilterDialect = {
  placeholder: (n) => `$${n}`,
  equalsNoCase: (column, param) => `lower(${column}) = lower(${param}::text)`,
  containsNoCase: (column, param) => `${column} ILIKE ${param} ESCAPE '\\'`,
  fullText: (param) => `search @@ to_tsquery('simple', ${param})`,
  fullTextValue: tsQuery,
  never: 'false',
};

export class PgEvents {
  private readonly merge: PgMerge;

  constructor(private readonly db: PgSession) {
    this.merge = new PgMerge(db);
  }

  /**
   * In one transaction (a savepoint inside a batch). Merges take turns across processes: two
   * writers must not both miss the other's new event and store the same incident twice.
   */
  replace(articleId: string, events: ConflictEvent[]): Promise<MergeSummary> {
    return this.db.transaction(async () => {
      await this.db.lock(MERGE_LOCK);
      const summary = await replaceMentions(this.merge, articleId, events);
      await this.db.query(`UPDATE articles SET status = 'extracted', error = NULL WHERE id = $1`, [articleId]);
      return summary;
    });
  }

  history(eventId: string): Promise<EventVersion[]> {
    return eventHistory(this.merge, eventId);
  }

  async get(id: string): Promise<ConflictEvent | null> {
    const json = await this.merge.eventJson(id);
    return json === null ? null : (JSON.parse(json) as ConflictEvent);
  }

  private async filter(q: EventQuery): Promise<Filter> {
    const longest = q.to ? (await this.db.query<{ n: number | null }>('SELECT max(span_days) AS n FROM events'))[0]?.n ?? 0 : 0;
    return eventFilter(q, POSTGRES, longest);
  }

  /** Newest first, undated events last; event_id breaks ties (the order SQLite gives). */
  async listJson(q: EventQuery = {}): Promise<string[]> {
    const f = await this.filter(q);
    const n = f.params.length;
    const rows = await this.db.query<{ json: string }>(`SELECT json FROM events ${f.where}
      ORDER BY date_to DESC NULLS LAST, event_id DESC LIMIT $${n + 1} OFFSET $${n + 2}`, [...f.params, q.limit ?? 100, q.offset ?? 0]);
    return rows.map((r) => r.json);
  }

  async list(q: EventQuery = {}): Promise<ConflictEvent[]> {
    return (await this.listJson(q)).map((json) => JSON.parse(json) as ConflictEvent);
  }

  async count(q: EventQuery = {}): Promise<number> {
    const f = await this.filter(q);
    return (await this.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events ${f.where}`, f.params))[0]!.n;
  }

  async stats(q: EventQuery = {}): Promise<EventStats> {
    const f = await this.filter(q);
    const byDay = await this.db.query<EventStats['byDay'][number]>(`SELECT date_to AS date, event_type, count(*)::int AS count
      FROM events ${f.where ? `${f.where} AND` : 'WHERE'} date_to IS NOT NULL
      GROUP BY date_to, event_type ORDER BY date_to, event_type`, f.params);
    const types = await this.db.query<{ event_type: EventType; n: number }>(
      `SELECT event_type, count(*)::int AS n FROM events ${f.where} GROUP BY event_type ORDER BY event_type`, f.params);
    const byType = Object.fromEntries(types.map((t) => [t.event_type, t.n])) as EventStats['byType'];
    return { total: types.reduce((sum, t) => sum + t.n, 0), byType, byDay };
  }
}
