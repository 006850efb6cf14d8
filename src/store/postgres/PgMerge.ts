// The table side of merged events in PostgreSQL: candidates come from the GiST index of place boxes
// and the btree of days in event_windows. The merging itself (src/store/mergeFlow.ts) is shared.
import type { ConflictEvent } from '../../model/event.js';
import { dayNumber } from '../../merge/place.js';
import type { Window } from '../../merge/index.js';
import { MAX_CANDIDATES, type MergeTables, eventColumns } from '../mergeFlow.js';
import type { PgSession } from './session.js';

const CANDIDATES = `SELECT w.key, e.json FROM event_windows w
  JOIN event_clusters c ON c.key = w.key JOIN events e ON e.event_id = c.event_id
  WHERE w.place && box(point($1, $2), point($3, $4)) AND w.day_from <= $5 AND w.day_to >= $6
  ORDER BY abs(w.day_from - $6), w.key LIMIT ${MAX_CANDIDATES}`;

const UPSERT_EVENT = `INSERT INTO events (event_id, article_id, date_from, date_to, span_days, event_type, sub_event_type,
    actor1, actor2, country, admin1, claim, latitude, longitude, fatalities, json, search)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, to_tsvector('simple', $17))
  ON CONFLICT (event_id) DO UPDATE SET article_id = excluded.article_id, date_from = excluded.date_from,
    date_to = excluded.date_to, span_days = excluded.span_days, event_type = excluded.event_type,
    sub_event_type = excluded.sub_event_type, actor1 = excluded.actor1, actor2 = excluded.actor2,
    country = excluded.country, admin1 = excluded.admin1, claim = excluded.claim, latitude = excluded.latitude,
    longitude = excluded.longitude, fatalities = excluded.fatalities, json = excluded.json, search = excluded.search`;

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Days a date range covers beyond its first; null unless both ends are days. */
function spanDays(from: string | null, to: string | null): number | null {
  return from && to && FULL_DAY.test(from) && FULL_DAY.test(to) ? dayNumber(to) - dayNumber(from) : null;
}

/** What full text searches in an event: its notes, its actors and its place names (as in SQLite). */
export function searchText(e: ConflictEvent): string {
  return [e.notes, e.actor1, e.assoc_actor_1, e.actor2, e.assoc_actor_2, e.location, e.admin2, e.admin1, e.country]
    .filter((v) => v).join(' ');
}

export class PgMerge implements MergeTables {
  constructor(private readonly db: PgSession) {}

  private async one<R extends object>(sql: string, values: unknown[]): Promise<R | undefined> {
    return (await this.db.query<R>(sql, values))[0];
  }

  mentionsOf(articleId: string) {
    return this.db.query<{ mention_id: string; cluster: number }>(
      'SELECT mention_id, cluster FROM event_mentions WHERE article_id = $1', [articleId]);
  }

  dropMentions(articleId: string) {
    return this.db.query('DELETE FROM event_mentions WHERE article_id = $1', [articleId]);
  }

  addMention(articleId: string, mentionId: string, key: number, json: string) {
    return this.db.query('INSERT INTO event_mentions (article_id, mention_id, cluster, json) VALUES ($1, $2, $3, $4)',
      [articleId, mentionId, key, json]);
  }

  async clusterMentions(key: number) {
    return (await this.db.query<{ json: string }>('SELECT json FROM event_mentions WHERE cluster = $1', [key])).map((r) => r.json);
  }

  async anyMention(key: number) {
    return (await this.one('SELECT 1 FROM event_mentions WHERE cluster = $1 LIMIT 1', [key])) !== undefined;
  }

  async articleIn(key: number, articleId: string) {
    return (await this.one('SELECT 1 FROM event_mentions WHERE cluster = $1 AND article_id = $2 LIMIT 1', [key, articleId])) !== undefined;
  }

  candidates(w: Window) {
    return this.db.query<{ key: number; json: string }>(CANDIDATES, [w.lonMin, w.latMin, w.lonMax, w.latMax, w.dayTo, w.dayFrom]);
  }

  async newCluster(placeholderId: string) {
    return (await this.one<{ key: number }>('INSERT INTO event_clusters (event_id, version) VALUES ($1, 0) RETURNING key', [placeholderId]))!.key;
  }

  async cluster(key: number) {
    return (await this.one<{ event_id: string; version: number }>('SELECT event_id, version FROM event_clusters WHERE key = $1', [key]))!;
  }

  setCluster(key: number, eventId: string, version: number) {
    return this.db.query('UPDATE event_clusters SET event_id = $1, version = $2 WHERE key = $3', [eventId, version, key]);
  }

  dropCluster(key: number) {
    return this.db.query('DELETE FROM event_clusters WHERE key = $1', [key]);
  }

  async clusterOf(eventId: string) {
    return (await this.one<{ key: number }>('SELECT key FROM event_clusters WHERE event_id = $1', [eventId]))?.key ?? null;
  }

  async eventJson(eventId: string) {
    return (await this.one<{ json: string }>('SELECT json FROM events WHERE event_id = $1', [eventId]))?.json ?? null;
  }

  dropEvent(eventId: string) {
    return this.db.query('DELETE FROM events WHERE event_id = $1', [eventId]);
  }

  upsertEvent(event: ConflictEvent, json: string) {
    const c = eventColumns(event);
    return this.db.query(UPSERT_EVENT, [c.event_id, c.article_id, c.date_from, c.date_to, spanDays(c.date_from, c.date_to),
      c.event_type, c.sub_event_type, c.actor1, c.actor2, c.country, event.admin1, event.claim, c.latitude, c.longitude,
      c.fatalities, json, searchText(event)]);
  }

  setWindow(key: number, w: Window | null) {
    if (!w) return this.db.query('DELETE FROM event_windows WHERE key = $1', [key]);
    return this.db.query(`INSERT INTO event_windows (key, day_from, day_to, place)
      VALUES ($1, $2, $3, box(point($4, $5), point($6, $7)))
      ON CONFLICT (key) DO UPDATE SET day_from = excluded.day_from, day_to = excluded.day_to, place = excluded.place`,
    [key, w.dayFrom, w.dayTo, w.lonMin, w.latMin, w.lonMax, w.latMax]);
  }

  addHistory(key: number, version: number, eventId: string, json: string, replacedAt: string) {
    return this.db.query('INSERT INTO event_history (cluster, version, event_id, json, replaced_at) VALUES ($1, $2, $3, $4, $5)',
      [key, version, eventId, json, replacedAt]);
  }

  versionsOf(key: number) {
    return this.db.query<{ version: number; json: string; replaced_at: string }>(
      'SELECT version, json, replaced_at FROM event_history WHERE cluster = $1 ORDER BY version DESC', [key]);
  }
}
