import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openSqliteStore } from '../src/store/sqlite/SqliteStore.js';
import { sitrep, workspace } from './cli.js';

const FIRST = `Bomb kills three soldiers near Daquq

KIRKUK, Iraq, June 14, 2021 — A roadside bomb struck an army patrol near Daquq late on Sunday, killing three soldiers, officials said.`;
const SECOND = `Toll in Daquq blast rises

June 15, 2021

Five soldiers died when an explosive device hit their vehicle near Daquq on June 13, a military source said.`;

describe('sitrep events show --history (CLI, real SQLite file)', () => {
  const ws = workspace('history', { 'first.txt': FIRST, 'second.txt': SECOND });
  const { db } = ws;
  let id: string;
  before(() => {
    assert.equal(sitrep(['--db', db, 'ingest', ws.path('first.txt')]).status, 0);
    id = JSON.parse(sitrep(['--db', db, 'events', '--format', 'jsonl']).stdout).event_id;
  });
  after(() => ws.remove());

  test('an event never changed says so', () => {
    const shown = sitrep(['--db', db, 'events', 'show', id, '--history']);
    assert.equal(shown.status, 0);
    assert.match(shown.stdout, /history: +no earlier versions/);
  });

  test('a second report merges in; the one-source version is kept and shown', () => {
    assert.equal(sitrep(['--db', db, 'ingest', ws.path('second.txt')]).status, 0);
    const listed = sitrep(['--db', db, 'events', '--format', 'jsonl']).stdout.trim().split('\n');
    assert.equal(listed.length, 1, 'one event for the two reports');
    const shown = sitrep(['--db', db, 'events', 'show', id, '--history']).stdout;
    assert.match(shown, /sources +.*3 killed.*; .*5 killed/);
    assert.match(shown, /conflicts +the reports disagree on fatalities/);
    assert.match(shown, /history:\n  version 1, replaced \d{4}-\d\d-\d\dT[^:]+:\d\d:\d\d\.\d+Z: ev_\w+ 2021-06-13 .*3 killed, 1 source\(s\)/);
    const json = JSON.parse(sitrep(['--db', db, 'events', 'show', id, '--history', '--json']).stdout);
    assert.deepEqual([json.event.sources.length, json.history.length, json.history[0].event.sources.length], [2, 1, 1]);
  });

  test('re-extracting with a newer engine keeps the version it replaces', async () => {
    const store = openSqliteStore(db);
    const e = (await store.getEvent(id))!;
    const articleId = e.sources[0]!.article_id;
    // The first article's own record, as a newer engine would read it: a different sentence of notes.
    const { conflicts: _merged, ...fields } = e;
    const own = { ...fields, sources: [e.sources[0]!], notes: 'Re-read by a newer engine.' };
    await store.batch(() => store.replaceEvents(articleId, [own]));
    await store.close();
    const shown = sitrep(['--db', db, 'events', 'show', id, '--history']).stdout;
    assert.match(shown, /notes +Re-read by a newer engine\./);
    assert.match(shown, /version 2, replaced .*2 source\(s\)\n  version 1, replaced .*1 source\(s\)/);
  });
});
