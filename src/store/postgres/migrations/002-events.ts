import type { Migration } from './types.js';

// Events as in SQLite's migrations 2-4 (docs/merging.md): each event whole as JSON text (so that
// listEventsJson passes on exactly what was stored), its filter columns beside it, a tsvector over
// notes, actors and places, and `span_days` so that a date window bounds date_to (see eventFilter.ts).
// Text that is sorted or compared is COLLATE "C", to order as SQLite does whatever the database's locale.
// event_windows holds each cluster's date-and-place window: a GiST index on the place box and a
// btree on the days find a new mention's candidates without a scan (no cube or postgis needed).
export const migration: Migration = {
  version: 2,
  name: 'events, merged events (mentions, clusters, history, candidate windows) and watched feeds',
  sql: `
    CREATE TABLE events (
      event_id text COLLATE "C" PRIMARY KEY,
      article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      date_from text COLLATE "C",
      date_to text COLLATE "C",
      span_days integer,
      event_type text COLLATE "C" NOT NULL,
      sub_event_type text COLLATE "C" NOT NULL,
      actor1 text,
      actor2 text,
      country text,
      admin1 text,
      claim text,
      latitude double precision,
      longitude double precision,
      fatalities integer,
      json text NOT NULL,
      search tsvector NOT NULL
    );
    CREATE INDEX events_article ON events (article_id);
    CREATE INDEX events_window ON events (date_to, event_id);
    CREATE INDEX events_type_window ON events (event_type, date_to, event_id);
    CREATE INDEX events_sub_type ON events (sub_event_type, date_to);
    CREATE INDEX events_country ON events (lower(country), date_to);
    CREATE INDEX events_admin1 ON events (lower(admin1), date_to);
    CREATE INDEX events_place ON events (latitude, longitude);
    CREATE INDEX events_fatalities ON events (fatalities);
    CREATE INDEX events_span ON events (span_days);
    CREATE INDEX events_search ON events USING gin (search);

    CREATE TABLE event_clusters (
      key integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      event_id text NOT NULL UNIQUE,
      version integer NOT NULL DEFAULT 1
    );
    CREATE TABLE event_mentions (
      article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      mention_id text NOT NULL,
      cluster integer NOT NULL,
      json text NOT NULL,
      PRIMARY KEY (article_id, mention_id)
    );
    CREATE INDEX event_mentions_cluster ON event_mentions (cluster, article_id);
    CREATE TABLE event_history (
      cluster integer NOT NULL,
      version integer NOT NULL,
      event_id text NOT NULL,
      json text NOT NULL,
      replaced_at text NOT NULL,
      PRIMARY KEY (cluster, version)
    );
    CREATE TABLE event_windows (
      key integer PRIMARY KEY,
      day_from double precision NOT NULL,
      day_to double precision NOT NULL,
      place box NOT NULL
    );
    CREATE INDEX event_windows_place ON event_windows USING gist (place);
    CREATE INDEX event_windows_days ON event_windows (day_from, day_to);

    -- What sitrep watch remembers between cycles and restarts: each feed's state, and the entries taken in.
    CREATE TABLE feeds (
      feed text PRIMARY KEY,
      last_fetch text,
      failures integer NOT NULL DEFAULT 0,
      last_error text,
      next_attempt text
    );
    CREATE TABLE feed_entries (
      feed text NOT NULL,
      entry_key text NOT NULL,
      seen_at text NOT NULL,
      PRIMARY KEY (feed, entry_key)
    );
  `,
};
