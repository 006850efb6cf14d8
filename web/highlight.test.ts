import { test } from 'node:test';
import assert from 'node:assert/strict';
import { highlightTree, misplaced, type Piece } from './highlight.js';

const TEXT = 'At least six people were killed when an air strike hit Kanbalu on Thursday.';
const span = (field: string, words: string, from = 0) => {
  const start = TEXT.indexOf(words, from);
  return { field, start, end: start + words.length, text: words };
};

/** Renders the tree as bracketed text, e.g. "[fatalities:At least six [actor2:people]]". */
function show(pieces: Piece[]): string {
  return pieces.map((p) => p.kind === 'text' ? TEXT.slice(p.start, p.end) : `[${p.field}:${show(p.children)}]`).join('');
}

test('a span inside another becomes its child, and equal spans nest', () => {
  const tree = highlightTree(TEXT.length, [
    span('actor2', 'people'), span('fatalities', 'At least six people'),
    span('event_type', 'air strike'), span('sub_event_type', 'air strike'), span('event_date', 'on Thursday'),
  ]);
  assert.equal(show(tree),
    '[fatalities:At least six [actor2:people]] were killed when an [event_type:[sub_event_type:air strike]] hit Kanbalu [event_date:on Thursday].');
});

test('a crossing span is cut where the open one ends, and no text is lost or repeated', () => {
  const tree = highlightTree(TEXT.length, [span('fatalities', 'six people were'), span('actor2', 'people were killed')]);
  assert.equal(show(tree), 'At least [fatalities:six [actor2:people were]][actor2: killed] when an air strike hit Kanbalu on Thursday.');
});

test('no spans leave the text whole; spans out of range are dropped', () => {
  assert.equal(show(highlightTree(TEXT.length, [])), TEXT);
  assert.equal(show(highlightTree(TEXT.length, [{ field: 'x', start: 70, end: 500, text: '' }])), TEXT);
});

test('misplaced finds spans whose offsets miss their words', () => {
  const good = span('location', 'Kanbalu');
  const bad = { ...good, start: good.start + 1, end: good.end + 1 };
  assert.deepEqual(misplaced(TEXT, [good, bad]), [bad]);
});
