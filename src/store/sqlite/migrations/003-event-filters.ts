import type { Migration } from './types.js';

/** What full text searches in an event (`row` is `new` in a trigger, or a table name). */
const ftsValues = (row: string) => {
  const field = (name: string) => `json_extract(${row}.json, '$.${name}')`;
  return `${row}.rowid, ${field('notes')},
    concat_ws(' ', ${['actor1', 'assoc_actor_1', 'actor2', 'assoc_actor_2'].map(field).join(', ')}),
    concat_ws(' ', ${['location', 'admin2', 'admin1', 'country'].map(field).join(', ')})`;
};

// The new filter columns are computed from the stored JSON, so the INSERT in SqliteEvents stays as it
// is. The covering indexes carry the date range and coordinates: a date + type + bounding-box query
// counts and pages from the index alone, reading an event's JSON only for the rows it returns; they
// replace the narrower type and country indexes of migration 2. events_span gives the longest date
// range at once, which bounds how late a range that meets a window can end (see eventQuery.ts).
// Full text is a contentless FTS5 table kept by triggers (contentless_delete needs SQLite 3.43+).
export const migration: Migration = {
  version: 3,
  name: 'event filters: admin1, claim, covering indexes, full text',
  sql: `
    ALTER TABLE events ADD COLUMN admin1 TEXT GENERATED ALWAYS AS (json_extract(json, '$.admin1')) VIRTUAL;
    ALTER TABLE events ADD COLUMN claim TEXT GENERATED ALWAYS AS (json_extract(json, '$.claim')) VIRTUAL;
    DROP INDEX events_type_date;
    DROP INDEX events_country_date;
    CREATE INDEX events_type_window ON events(event_type, date_to, event_id, date_from, longitude, latitude);
    CREATE INDEX events_window ON events(date_to, event_id, date_from, longitude, latitude);
    CREATE INDEX events_sub_type ON events(sub_event_type, date_to);
    CREATE INDEX events_country ON events(country COLLATE NOCASE, date_to);
    CREATE INDEX events_admin1 ON events(admin1 COLLATE NOCASE, date_to);
    CREATE INDEX events_fatalities ON events(fatalities);
    CREATE INDEX events_span ON events(julianday(date_to) - julianday(date_from));
    CREATE VIRTUAL TABLE events_fts USING fts5(notes, actors, places, content = '', contentless_delete = 1);
    CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
      INSERT INTO events_fts(rowid, notes, actors, places) SELECT ${ftsValues('new')};
    END;
    CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
      DELETE FROM events_fts WHERE rowid = old.rowid;
    END;
    CREATE TRIGGER events_fts_update AFTER UPDATE OF json ON events BEGIN
      DELETE FROM events_fts WHERE rowid = old.rowid;
      INSERT INTO events_fts(rowid, notes, actors, places) SELECT ${ftsValues('new')};
    END;
    INSERT INTO events_fts(rowid, notes, actors, places) SELECT ${ftsValues('events')} FROM events;
  `,
};
