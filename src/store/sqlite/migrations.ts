/** Versioned schema for the SQLite store; each entry runs once, in order, inside a transaction. */
export const MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'articles with full-text search',
    sql: `
      CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        origin TEXT NOT NULL,
        url TEXT,
        source TEXT,
        title TEXT,
        byline TEXT,
        published TEXT,
        fetched_at TEXT NOT NULL,
        language TEXT,
        text TEXT NOT NULL DEFAULT '',
        content_hash TEXT,
        status TEXT NOT NULL CHECK (status IN ('new', 'extracted', 'failed')),
        error TEXT
      );
      -- Failed rows hold no content hash and may share a URL with a later success.
      CREATE UNIQUE INDEX articles_content_hash ON articles(content_hash) WHERE content_hash IS NOT NULL;
      CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL AND status <> 'failed';
      CREATE UNIQUE INDEX articles_failed_origin ON articles(origin) WHERE status = 'failed';
      CREATE INDEX articles_status ON articles(status);
      CREATE INDEX articles_published ON articles(published);
      CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content = 'articles', content_rowid = 'rowid');
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
      END;
      CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
      END;
    `,
  },
  {
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
  },
];
