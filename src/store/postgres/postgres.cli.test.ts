// The real CLI against PostgreSQL, end to end: `--db postgres://...` and $SITREP_DB name the server,
// and the demo corpus gives exactly the events it gives in SQLite.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sitrep } from '../../../test/cli.js';
import { NO_SERVER, TEST_PG_URL, type TestDatabase, freshDatabase } from './testDatabase.js';

const ARTICLES = fileURLToPath(new URL('../../../examples/articles', import.meta.url));

describe('sitrep with --db postgres:// (CLI, real PostgreSQL)', { skip: TEST_PG_URL ? false : NO_SERVER }, () => {
  let db: TestDatabase;
  let dir: string;
  let first: { event_id: string; article_id: string } | undefined;
  before(async () => {
    db = await freshDatabase();
    dir = mkdtempSync(join(tmpdir(), 'sitrep-pg-cli-'));
  });
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await db?.drop();
  });

  test('ingest stores the demo articles and their events; events lists them as SQLite does', () => {
    const ingest = sitrep(['ingest', ARTICLES, '--db', db.url]);
    assert.equal(ingest.status, 0, ingest.stderr);
    const [, read, events] = /Ingested (\d+) inputs: \1 new \((\d+) events\), 0 already stored, 0 failed/.exec(ingest.stdout) ?? [];
    assert.ok(Number(read) > 10 && Number(events) > 10, ingest.stdout);
    const listed = sitrep(['events', '--db', db.url]);
    assert.equal(listed.status, 0, listed.stderr);
    assert.match(listed.stdout, /\d+ events stored; \d+ shown/);

    const sqlite = join(dir, 'same.db');
    assert.equal(sitrep(['ingest', ARTICLES, '--db', sqlite]).status, 0);
    const jsonl = (store: string) => sitrep(['events', '--db', store, '--format', 'jsonl', '--limit', '1000']).stdout;
    const fromPg = jsonl(db.url);
    assert.ok(fromPg.trim().split('\n').length > 10);
    first = JSON.parse(fromPg.split('\n')[0]!);
    assert.equal(fromPg, jsonl(sqlite), 'the same events, merged the same way, in the same order');
  });

  test('$SITREP_DB names the server too: events show finds an event with its evidence', () => {
    assert.ok(first, 'set by the test above');
    const shown = sitrep(['events', 'show', first.event_id], { env: { SITREP_DB: db.url } });
    assert.equal(shown.status, 0, shown.stderr);
    assert.match(shown.stdout, new RegExp(`article +${first.article_id}\\n[\\s\\S]*evidence:\\n +event_type`));
  });

  test('a server that is not there is one line naming it', () => {
    const r = sitrep(['events', '--db', 'postgresql://nobody:hunter2@127.0.0.1:1/none']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /cannot open database postgresql:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none: .*ECONNREFUSED/);
    assert.doesNotMatch(r.stderr, /hunter2|\n.+\n/);
  });
});
