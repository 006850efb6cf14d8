// The table side of merged events in SQLite: candidates come from the R*Tree of date-and-place
// windows. The merging itself (src/store/mergeFlow.ts) is shared with the other drivers.
import type Database from 'better-sqlite3';
import type { ConflictEvent } from '../../model/event.js';
import type { Window } from '../../merge/index.js';
import type { EventVersion, MergeSummary } from '../Store.js';
import { MAX_CANDIDATES, type MergeTables, eventColumns, eventHistory, replaceMentions } from '../mergeFlow.js';

export class SqliteMerge implements MergeTables {
  private readonly s;

  constructor(db: Database.Database) {
    this.s = {
      mentionsOf: db.prepare('SELECT mention_id, cluster FROM event_mentions WHERE article_id = ?'),
      dropMentions: db.prepare('DELETE FROM event_mentions WHERE article_id = ?'),
      addMention: db.prepare('INSERT INTO event_mentions (article_id, mention_id, cluster, json) VALUES (?, ?, ?, ?)'),
      clusterMentions: db.prepare('SELECT json FROM event_mentions WHERE cluster = ?').pluck(),
      anyMention: db.prepare('SELECT 1 FROM event_mentions WHERE cluster = ? LIMIT 1'),
      articleIn: db.prepare('SELECT 1 FROM event_mentions WHERE cluster = ? AND article_id = ? LIMIT 1'),
      candidates: db.prepare(`SELECT w.key, e.json FROM event_windows w
        JOIN event_clusters c ON c.key = w.key JOIN events e ON e.event_id = c.event_id
        WHERE w.day_from <= @dayTo AND w.day_to >= @dayFrom AND w.lat_min <= @latMax AND w.lat_max >= @latMin
          AND w.lon_min <= @lonMax AND w.lon_max >= @lonMin
        ORDER BY abs(w.day_from - @dayFrom), w.key LIMIT ${MAX_CANDIDATES}`),
      newCluster: db.prepare('INSERT INTO event_clusters (event_id, version) VALUES (?, 0) RETURNING key'),
      cluster: db.prepare('SELECT event_id, version FROM event_clusters WHERE key = ?'),
      setCluster: db.prepare('UPDATE event_clusters SET event_id = ?, version = ? WHERE key = ?'),
      dropCluster: db.prepare('DELETE FROM event_clusters WHERE key = ?'),
      clusterOf: db.prepare('SELECT key FROM event_clusters WHERE event_id = ?').pluck(),
      eventJson: db.prepare('SELECT json FROM events WHERE event_id = ?').pluck(),
      dropEvent: db.prepare('DELETE FROM events WHERE event_id = ?'),
      upsertEvent: db.prepare(`INSERT INTO events
        (event_id, article_id, date_from, date_to, event_type, sub_event_type, actor1, actor2, country, latitude, longitude, fatalities, json)
        VALUES (@event_id, @article_id, @date_from, @date_to, @event_type, @sub_event_type, @actor1, @actor2, @country, @latitude, @longitude, @fatalities, @json)
        ON CONFLICT (event_id) DO UPDATE SET article_id = excluded.article_id, date_from = excluded.date_from,
          date_to = excluded.date_to, event_type = excluded.event_type, sub_event_type = excluded.sub_event_type,
          actor1 = excluded.actor1, actor2 = excluded.actor2, country = excluded.country, latitude = excluded.latitude,
          longitude = excluded.longitude, fatalities = excluded.fatalities, json = excluded.json`),
      setWindow: db.prepare(`INSERT OR REPLACE INTO event_windows (key, day_from, day_to, lat_min, lat_max, lon_min, lon_max)
        VALUES (@key, @dayFrom, @dayTo, @latMin, @latMax, @lonMin, @lonMax)`),
      dropWindow: db.prepare('DELETE FROM event_windows WHERE key = ?'),
      addHistory: db.prepare('INSERT INTO event_history (cluster, version, event_id, json, replaced_at) VALUES (?, ?, ?, ?, ?)'),
      history: db.prepare('SELECT version, json, replaced_at FROM event_history WHERE cluster = ? ORDER BY version DESC'),
    };
  }

  /** Callers hold the transaction. */
  replace(articleId: string, mentions: ConflictEvent[]): Promise<MergeSummary> {
    return replaceMentions(this, articleId, mentions);
  }

  history(eventId: string): Promise<EventVersion[]> {
    return eventHistory(this, eventId);
  }

  mentionsOf(articleId: string) {
    return this.s.mentionsOf.all(articleId) as { mention_id: string; cluster: number }[];
  }

  dropMentions(articleId: string) { return this.s.dropMentions.run(articleId); }

  addMention(articleId: string, mentionId: string, key: number, json: string) {
    return this.s.addMention.run(articleId, mentionId, key, json);
  }

  clusterMentions(key: number) { return this.s.clusterMentions.all(key) as string[]; }

  anyMention(key: number) { return this.s.anyMention.get(key) !== undefined; }

  articleIn(key: number, articleId: string) { return this.s.articleIn.get(key, articleId) !== undefined; }

  candidates(w: Window) { return this.s.candidates.all(w) as { key: number; json: string }[]; }

  newCluster(placeholderId: string) { return (this.s.newCluster.get(placeholderId) as { key: number }).key; }

  cluster(key: number) { return this.s.cluster.get(key) as { event_id: string; version: number }; }

  setCluster(key: number, eventId: string, version: number) { return this.s.setCluster.run(eventId, version, key); }

  dropCluster(key: number) { return this.s.dropCluster.run(key); }

  clusterOf(eventId: string) { return (this.s.clusterOf.get(eventId) as number | undefined) ?? null; }

  eventJson(eventId: string) { return (this.s.eventJson.get(eventId) as string | undefined) ?? null; }

  dropEvent(eventId: string) { return this.s.dropEvent.run(eventId); }

  upsertEvent(event: ConflictEvent, json: string) { return this.s.upsertEvent.run({ ...eventColumns(event), json }); }

  setWindow(key: number, w: Window | null) {
    return w ? this.s.setWindow.run({ key, ...w }) : this.s.dropWindow.run(key);
  }

  addHistory(key: number, version: number, eventId: string, json: string, replacedAt: string) {
    return this.s.addHistory.run(key, version, eventId, json, replacedAt);
  }

  versionsOf(key: number) { return this.s.history.all(key) as { version: number; json: string; replaced_at: string }[]; }
}
