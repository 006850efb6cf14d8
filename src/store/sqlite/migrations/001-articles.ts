import type { Migration } from './types.js';

export const migration: Migration = {
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
};
