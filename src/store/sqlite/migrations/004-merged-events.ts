import type { Migration } from './types.js';

// Merged events (docs/merging.md). `events` stays the table of events, one row per incident; each
// article's own records are its mentions, grouped in clusters whose key never changes even when the
// event's id does (an earlier-published article becomes primary). `event_windows` is an R*Tree of
// each event's date-and-place window, so that a new mention finds its candidates without a scan.
// The backfill makes every event stored before this step a cluster of its own one mention.
const RADIUS_KM = `(CASE coalesce(json_extract(e.json, '$.geo_precision'), 3) WHEN 1 THEN 10 WHEN 2 THEN 25 ELSE 300 END)`;
const SLACK = `(CASE json_extract(e.json, '$.date_precision') WHEN 'day' THEN 1 ELSE 0 END)`;
const DAY = (i: 0 | 1) => `(julianday(json_extract(e.json, '$.date_range[${i}]')) - 2440587.5)`;

export const migration: Migration = {
  version: 4,
  name: 'merged events (mentions, clusters, history, candidate windows) and watched feeds',
  sql: `
    CREATE TABLE event_clusters (
      key INTEGER PRIMARY KEY,
      event_id TEXT NOT NULL UNIQUE,
      version INTEGER NOT NULL DEFAULT 1
    );
    CREATE TABLE event_mentions (
      article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      mention_id TEXT NOT NULL,
      cluster INTEGER NOT NULL,
      json TEXT NOT NULL,
      PRIMARY KEY (article_id, mention_id)
    );
    CREATE INDEX event_mentions_cluster ON event_mentions(cluster, article_id);
    CREATE TABLE event_history (
      cluster INTEGER NOT NULL,
      version INTEGER NOT NULL,
      event_id TEXT NOT NULL,
      json TEXT NOT NULL,
      replaced_at TEXT NOT NULL,
      PRIMARY KEY (cluster, version)
    );
    CREATE VIRTUAL TABLE event_windows USING rtree(key, day_from, day_to, lat_min, lat_max, lon_min, lon_max);
    -- What sitrep watch remembers between cycles and restarts: each feed's state, and the entries taken in.
    CREATE TABLE feeds (
      feed TEXT PRIMARY KEY,
      last_fetch TEXT,
      failures INTEGER NOT NULL DEFAULT 0,
      last_error TEXT,
      next_attempt TEXT
    );
    CREATE TABLE feed_entries (
      feed TEXT NOT NULL,
      entry_key TEXT NOT NULL,
      seen_at TEXT NOT NULL,
      PRIMARY KEY (feed, entry_key)
    ) WITHOUT ROWID;

    INSERT INTO event_clusters (event_id) SELECT event_id FROM events ORDER BY rowid;
    INSERT INTO event_mentions (article_id, mention_id, cluster, json)
      SELECT e.article_id, e.event_id, c.key, e.json FROM events e JOIN event_clusters c ON c.event_id = e.event_id;
    INSERT INTO event_windows
      SELECT c.key, ${DAY(0)} - ${SLACK}, ${DAY(1)} + ${SLACK},
        e.latitude - ${RADIUS_KM} / 111.0, e.latitude + ${RADIUS_KM} / 111.0,
        e.longitude - ${RADIUS_KM} / (111.0 * max(0.05, cos(radians(e.latitude)))),
        e.longitude + ${RADIUS_KM} / (111.0 * max(0.05, cos(radians(e.latitude))))
      FROM events e JOIN event_clusters c ON c.event_id = e.event_id
      WHERE e.latitude IS NOT NULL AND e.longitude IS NOT NULL AND json_extract(e.json, '$.date_range') IS NOT NULL;
  `,
};
