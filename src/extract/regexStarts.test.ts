import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { findTriggers } from './EventTrigger.js';
import { matchStarts, mayStartAt, startKeys } from './regexStarts.js';

const ROWS: [patterns: string[], starts: string[], not: string[]][] = [
  [['kill(?:ed|ing)?'], ['killed', 'kill'], ['skill', 'bill']],
  [['air ?strikes?', 'IEDs?'], ['air strike', 'airstrike', 'ied', 'IEDs'], ['aim', 'id']],
  [['(?:RC|PB)?IEDs?'], ['RCIED', 'pbied', 'IED'], ['rcx', 'pb ']],
  [['set (?:\\w+ ){0,3}alight'], ['set it alight'], ['sat']],
];

test('the 3-letter starts of a pattern\'s matches, case-blind', () => {
  for (const [patterns, yes, no] of ROWS) {
    const table = matchStarts(patterns);
    assert.ok(table, patterns.join('|'));
    for (const s of yes) assert.ok(mayStartAt(table, s, 0), `${patterns} may start "${s}"`);
    for (const s of no) assert.ok(!mayStartAt(table, s, 0), `${patterns} cannot start "${s}"`);
  }
});

test('syntax the reader does not follow turns the prefilter off instead of guessing', () => {
  assert.equal(matchStarts(['\\w+ed']), null);
  assert.equal(matchStarts(['.ttack']), null);
});

test('the prefiltered trigger scan finds exactly what a scan of every position finds', () => {
  const dir = new URL('../../examples/articles/', import.meta.url);
  const sentences = readdirSync(dir).flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split(/(?<=[.!?])\s+|\n+/));
  assert.ok(sentences.length > 300);
  for (const s of sentences) assert.deepEqual(findTriggers(s, 7), findTriggers(s, 7, false), s);
});

test('startKeys holds the table matchStarts builds, as a set', () => {
  for (const [patterns] of ROWS) {
    const table = matchStarts(patterns)!, keys = startKeys(patterns)!;
    const on = [...table.prefix.keys()].filter((k) => table.prefix[k]);
    assert.deepEqual(on, [...keys.prefix].sort((a, b) => a - b));
    assert.deepEqual(keys.short, table.short);
  }
  assert.equal(startKeys(['\\w+ed']), null);
});

test('trying only the cues that may start at a position finds what the whole alternation finds', () => {
  const sentences = [
    'A suicide car bomber struck a checkpoint, and a car bomb went off later.',
    'Gunmen abducted two aid workers; troops freed them after clashes and an airstrike.',
    'Protesters rioted, looting shops, as police fired tear gas at the crowd.',
    'An IED exploded as the convoy passed; militants then shelled the base.',
  ];
  for (const s of sentences) {
    const hits = findTriggers(s);
    assert.ok(hits.length >= 2, s);
    assert.deepEqual(hits, findTriggers(s, 0, false), s);
  }
});
