import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sitrep, workspace } from './cli.js';

const ARTICLE = `Gunmen kill seven in raid on Nigerian village

MAIDUGURI, Nigeria, June 3, 2021 — Gunmen killed seven villagers in a night raid on a village near Maiduguri on Tuesday, residents said.

Separately, police arrested four suspected kidnappers in a dawn raid in Kaduna on Wednesday, a police spokesman said.`;

describe('sitrep events (CLI, real SQLite file)', () => {
  const ws = workspace('events', { 'raid.txt': ARTICLE });
  const { db } = ws;
  before(() => {
    assert.equal(sitrep(['--db', db, 'ingest', ws.path('raid.txt')]).status, 0);
  });
  after(() => ws.remove());

  test('lists the stored events and filters them by type', () => {
    const all = sitrep(['--db', db, 'events', '--format', 'jsonl']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.ok(all.length >= 2, 'the attack and the arrests');
    const attacks = sitrep(['--db', db, 'events', '--type', 'Violence against civilians', '--format', 'jsonl']).stdout.trim().split('\n');
    assert.equal(attacks.length, 1);
    assert.equal(JSON.parse(attacks[0]!).fatalities, 7);
    assert.match(sitrep(['--db', db, 'events']).stdout, /events stored; \d+ shown/);
  });

  test('shows one event with its evidence, and exports CSV with ACLED\'s columns', () => {
    const first = JSON.parse(sitrep(['--db', db, 'events', '--format', 'jsonl', '--limit', '1']).stdout);
    const shown = sitrep(['--db', db, 'events', 'show', first.event_id]);
    assert.equal(shown.status, 0);
    assert.match(shown.stdout, /evidence:\n\s+event_type\s+"/);
    const csv = sitrep(['--db', db, 'events', '--format', 'csv']).stdout.split('\n');
    assert.match(csv[0]!, /^event_id,event_date,year,time_precision,event_type,sub_event_type,actor1/);
    const missing = sitrep(['--db', db, 'events', 'show', 'ev_nope']);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /no event with id "ev_nope"/);
  });
});
