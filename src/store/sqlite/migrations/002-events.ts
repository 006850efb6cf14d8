import type { Migration } from './types.js';

export const migration: Migration = {
  version: 2,
  name: 'events, indexed by date, type, country and article',
  sql: `
    CREATE TABLE events (
      event_id TEXT PRIMARY KEY,
      article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      date_from TEXT,
      date_to TEXT,
      event_type TEXT NOT NULL,
      sub_event_type TEXT NOT NULL,
      actor1 TEXT,
      actor2 TEXT,
      country TEXT,
      latitude REAL,
      longitude REAL,
      fatalities INTEGER,
      json TEXT NOT NULL
    );
    CREATE INDEX events_article ON events(article_id);
    CREATE INDEX events_date ON events(date_from, date_to);
    CREATE INDEX events_type_date ON events(event_type, date_from);
    CREATE INDEX events_country_date ON events(country, date_from);
  `,
};
