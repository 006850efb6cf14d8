// The write side of merged events in SQLite: an article's mentions join the events they report, found
// through the R*Tree of date-and-place windows, and each touched event is recomputed with `combine`.
// The decisions themselves are the pure functions of src/merge/, so another driver can reuse them.
import type Database from 'better-sqlite3';
import type { ConflictEvent } from '../../model/event.js';
import { combine, sameIncident, windowOf } from '../../merge/index.js';
import type { EventVersion, MergeSummary } from '../Store.js';

/** More candidates than this in one window means a crowded place and day; the nearest in time win. */
const MAX_CANDIDATES = 200;

interface Candidate { key: number; json: string }

export class SqliteMerge {
  private readonly s;

  constructor(private readonly db: Database.Database) {
    this.s = {
      mentionsOf: db.prepare('SELECT mention_id, cluster FROM event_mentions WHERE article_id = ?'),
      dropMentions: db.prepare('DELETE FROM event_mentions WHERE article_id = ?'),
      addMention: db.prepare('INSERT INTO event_mentions (article_id, mention_id, cluster, json) VALUES (?, ?, ?, ?)'),
      clusterMentions: db.prepare('SELECT json FROM event_mentions WHERE cluster = ?'),
      anyMention: db.prepare('SELECT 1 FROM event_mentions WHERE cluster = ? LIMIT 1'),
      articleIn: db.prepare('SELECT 1 FROM event_mentions WHERE cluster = ? AND article_id = ? LIMIT 1'),
      candidates: db.prepare(`SELECT w.key, e.json FROM event_windows w
        JOIN event_clusters c ON c.key = w.key JOIN events e ON e.event_id = c.event_id
        WHERE w.day_from <= @dayTo AND w.day_to >= @dayFrom AND w.lat_min <= @latMax AND w.lat_max >= @latMin
          AND w.lon_min <= @lonMax AND w.lon_max >= @lonMin
        ORDER BY abs(w.day_from - @dayFrom) LIMIT ${MAX_CANDIDATES}`),
      newCluster: db.prepare('INSERT INTO event_clusters (event_id, version) VALUES (?, 0) RETURNING key'),
      cluster: db.prepare('SELECT event_id, version FROM event_clusters WHERE key = ?'),
      setCluster: db.prepare('UPDATE event_clusters SET event_id = ?, version = ? WHERE key = ?'),
      dropCluster: db.prepare('DELETE FROM event_clusters WHERE key = ?'),
      clusterOf: db.prepare('SELECT key FROM event_clusters WHERE event_id = ?'),
      eventJson: db.prepare('SELECT json FROM events WHERE event_id = ?'),
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

  /**
   * Puts an article's events in place of its earlier ones. Each event is a mention: one that keeps
   * its id (the same trigger, re-extracted) stays with its event; another joins the best-scoring
   * candidate event of a different article, or starts an event of its own. Callers hold the transaction.
   */
  replace(articleId: string, mentions: ConflictEvent[]): MergeSummary {
    const earlier = new Map((this.s.mentionsOf.all(articleId) as { mention_id: string; cluster: number }[])
      .map((r) => [r.mention_id, r.cluster]));
    this.s.dropMentions.run(articleId);
    const touched = new Set(earlier.values());
    let merged = 0;
    for (const m of mentions) {
      const key = earlier.get(m.event_id) ?? this.bestCandidate(articleId, m) ?? this.startCluster(m);
      if (this.s.articleIn.get(key, articleId)) throw new Error(`event ${m.event_id} of article ${articleId} is listed twice`);
      if (this.s.anyMention.get(key)) merged++;
      this.s.addMention.run(articleId, m.event_id, key, JSON.stringify(m));
      touched.add(key);
    }
    for (const key of touched) this.recompute(key);
    return { events: mentions.length, merged };
  }

  private bestCandidate(articleId: string, m: ConflictEvent): number | null {
    const w = windowOf(m);
    if (!w) return null;
    let best: { key: number; score: number } | null = null;
    for (const c of this.s.candidates.all(w) as Candidate[]) {
      // Two events of one article are two incidents: the extractor already joined what it could.
      if (this.s.articleIn.get(c.key, articleId)) continue;
      const verdict = sameIncident(m, JSON.parse(c.json) as ConflictEvent);
      if (verdict.same && (!best || verdict.score > best.score)) best = { key: c.key, score: verdict.score };
    }
    return best?.key ?? null;
  }

  private startCluster(m: ConflictEvent): number {
    return (this.s.newCluster.get(`pending:${m.article_id}:${m.event_id}`) as { key: number }).key;
  }

  /** Rebuilds one event from its mentions; keeps the version it replaces; drops an event left with none. */
  private recompute(key: number): void {
    const cluster = this.s.cluster.get(key) as { event_id: string; version: number };
    const before = (this.s.eventJson.get(cluster.event_id) as { json: string } | undefined)?.json ?? null;
    const mentions = (this.s.clusterMentions.all(key) as { json: string }[]).map((r) => JSON.parse(r.json) as ConflictEvent);
    if (mentions.length === 0) {
      this.s.dropEvent.run(cluster.event_id);
      this.s.dropWindow.run(key);
      this.s.dropCluster.run(key);
      return;
    }
    const event = combine(mentions);
    const json = JSON.stringify(event);
    if (json === before) return;
    if (before !== null) {
      this.s.addHistory.run(key, cluster.version, cluster.event_id, before, new Date().toISOString());
      if (cluster.event_id !== event.event_id) this.s.dropEvent.run(cluster.event_id);
    }
    this.s.setCluster.run(event.event_id, cluster.version + 1, key);
    this.s.upsertEvent.run({
      event_id: event.event_id, article_id: event.article_id, date_from: event.date_range?.[0] ?? event.event_date,
      date_to: event.date_range?.[1] ?? event.event_date, event_type: event.event_type, sub_event_type: event.sub_event_type,
      actor1: event.actor1, actor2: event.actor2, country: event.country, latitude: event.latitude, longitude: event.longitude,
      fatalities: event.fatalities, json,
    });
    const w = windowOf(event);
    if (w) this.s.setWindow.run({ key, ...w });
    else this.s.dropWindow.run(key);
  }

  /** Earlier versions of an event, newest first; empty for an unknown id or one never changed. */
  history(eventId: string): EventVersion[] {
    const row = this.s.clusterOf.get(eventId) as { key: number } | undefined;
    if (!row) return [];
    return (this.s.history.all(row.key) as { version: number; json: string; replaced_at: string }[])
      .map((r) => ({ version: r.version, replacedAt: r.replaced_at, event: JSON.parse(r.json) as ConflictEvent }));
  }
}
