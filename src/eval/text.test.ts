import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldSpace, locate, overlap, sentences, sentenceWindow } from './text.js';

test('foldSpace folds every white-space run, Unicode spaces included, and keeps original offsets', () => {
  const { folded, offsets } = foldSpace('a\u00a0\u00a0b\n\tc\u2009d');
  assert.equal(folded, 'a b c d');
  assert.deepEqual(offsets, [0, 1, 3, 4, 6, 7, 8]);
});

test('locate finds evidence across folded white space and maps back to the original text', () => {
  const cases: Array<[string, string, string | null]> = [
    ['The convoy was\u00a0ambushed near the bridge.', 'was ambushed near', 'was\u00a0ambushed near'],
    ['Two were\n  killed  on Monday.', 'were killed on', 'were\n  killed  on'],
    ['Plain text here.', '  text  here ', 'text here'],
    ['Plain text here.', 'not present', null],
    ['Plain text here.', ' \u00a0 ', null],
  ];
  for (const [text, phrase, want] of cases) {
    const r = locate(text, phrase);
    assert.equal(r === null ? null : text.slice(r.start, r.end), want, phrase);
  }
});

test('sentences split on . ! ? before a capital, quote or digit, and on blank lines', () => {
  const cases: Array<[string, string[]]> = [
    ['One. Two! Three? four.', ['One.', ' Two!', ' Three? four.']],
    ['He said "stop." "No," she said.', ['He said "stop."', ' "No," she said.']],
    ['Fighting ended. 12 died.', ['Fighting ended.', ' 12 died.']],
    ['Headline\n\nBody starts here', ['Headline\n\n', 'Body starts here']],
    ['Version 2.5 shipped. Done', ['Version 2.5 shipped.', ' Done']],
    ['', []],
  ];
  for (const [text, want] of cases) {
    assert.deepEqual(sentences(text).map((s) => text.slice(s.start, s.end)), want, text);
  }
});

test('sentenceWindow joins every sentence the range touches', () => {
  const text = 'First one. Second one. Third one.';
  const inSecond = text.indexOf('Second');
  assert.equal(text.slice(...win(text, inSecond, inSecond + 6)), ' Second one.');
  const across = text.indexOf('one. Third');
  assert.equal(text.slice(...win(text, across, across + 10)), ' Second one. Third one.');
});

function win(text: string, start: number, end: number): [number, number] {
  const w = sentenceWindow(text, { start, end });
  return [w.start, w.end];
}

test('overlap counts covered characters once, however many spans cover them', () => {
  const range = { start: 10, end: 20 };
  const cases: Array<[Array<{ start: number; end: number }>, number]> = [
    [[], 0],
    [[{ start: 0, end: 10 }], 0], // touching is not overlapping: ends are exclusive
    [[{ start: 5, end: 12 }], 2],
    [[{ start: 12, end: 15 }, { start: 13, end: 18 }], 6],
    [[{ start: 0, end: 30 }], 10],
  ];
  for (const [spans, want] of cases) assert.equal(overlap(range, spans), want, JSON.stringify(spans));
});
