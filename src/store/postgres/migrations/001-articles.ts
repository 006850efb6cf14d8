import type { Migration } from './types.js';

// `seq` keeps insertion order for listings (SQLite's rowid). Full text is a stored tsvector over
// title and text with the 'simple' configuration: no stemming, as SQLite's FTS5 tokenizer.
export const migration: Migration = {
  version: 1,
  name: 'articles with full-text search',
  sql: `
    CREATE TABLE articles (
      seq bigint GENERATED ALWAYS AS IDENTITY,
      id text PRIMARY KEY,
      origin text NOT NULL,
      url text,
      source text,
      title text,
      byline text,
      published text COLLATE "C",
      fetched_at text NOT NULL,
      language text,
      text text NOT NULL DEFAULT '',
      content_hash text,
      status text NOT NULL CHECK (status IN ('new', 'extracted', 'failed')),
      error text,
      search tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED
    );
    -- Failed rows hold no content hash and may share a URL with a later success.
    CREATE UNIQUE INDEX articles_content_hash ON articles (content_hash) WHERE content_hash IS NOT NULL;
    CREATE UNIQUE INDEX articles_url ON articles (url) WHERE url IS NOT NULL AND status <> 'failed';
    CREATE UNIQUE INDEX articles_failed_origin ON articles (origin) WHERE status = 'failed';
    CREATE INDEX articles_status ON articles (status);
    CREATE INDEX articles_listing ON articles (published DESC NULLS LAST, seq DESC);
    CREATE INDEX articles_search ON articles USING gin (search);
  `,
};
