import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCount, readAmounts } from './numbers.js';

// [text, value, low, high] for a count read at position 0; the whole text must be the count.
const counts: [string, number, number, number | null][] = [
  ['11', 11, 11, 11],
  ['1,200', 1200, 1200, 1200],
  ['2.5 million', 2500000, 2500000, 2500000],
  ['3 thousand', 3000, 3000, 3000],
  ['Eleven', 11, 11, 11],
  ['twenty-three', 23, 23, 23],
  ['twenty three', 23, 23, 23],
  ['a hundred and five', 105, 105, 105],
  ['one hundred twenty', 120, 120, 120],
  ['two thousand three hundred', 2300, 2300, 2300],
  ['two dozen', 24, 24, 24],
  ['a dozen', 12, 12, 12],
  ['half a dozen', 6, 6, 6],
  ['a couple of', 2, 2, 2],
  // Vague amounts: ACLED's fixed figure where its codebook has one, else the least the word can mean.
  ['dozens', 12, 12, 99],
  ['Scores of', 40, 40, 99],
  ['hundreds', 100, 100, 999],
  ['thousands', 2000, 2000, 9999],
  ['several', 10, 3, null],
  ['many', 10, 2, null],
  ['a few', 2, 2, 5],
  ['a handful of', 3, 3, 5],
  ['tens of thousands', 20000, 20000, 99999],
  ['hundreds of thousands', 100000, 100000, 999999],
];

test('parseCount reads digits, number words and vague amounts', () => {
  for (const [text, value, low, high] of counts) {
    const c = parseCount(text);
    assert.ok(c, text);
    assert.deepEqual([c.value, c.low, c.high], [value, low, high], text);
    assert.deepEqual(c.span, { start: 0, end: text.length }, text);
  }
});

test('parseCount: an article is 1, flagged so the caller can ask for a person after it', () => {
  const c = parseCount('a soldier was killed');
  assert.deepEqual(c && [c.value, c.article, c.span], [1, true, { start: 0, end: 1 }]);
  assert.equal(parseCount('two soldiers')?.article, false);
});

test('parseCount reads at a position and refuses what is not a count', () => {
  assert.deepEqual(parseCount('Gunmen killed 11 people', 14)?.span, { start: 14, end: 16 });
  assert.equal(parseCount('Gunmen killed 11 people', 13), null); // the space before it
  for (const text of ['some', '1.5', 'the third', 'eleventh', '11th', 'two-thirds', 'three-day', 'anyone'])
    assert.equal(parseCount(text), null, text);
});

// [text, low, best, high]: qualifiers and ranges, the rules documented in numbers.ts qualify().
const amounts: [string, number | null, number | null, number | null][] = [
  ['11', 11, 11, 11],
  ['at least six', 6, 6, null],
  ['no fewer than 6', 6, 6, null],
  ['at least a dozen', 12, 12, null],
  ['up to 284', null, null, 284],
  ['as many as 284', null, null, 284],
  ['more than 100', 101, null, null],
  ['over 100', 101, null, null],
  ['more than a dozen', 13, null, null],
  ['fewer than 10', null, null, 9],
  ['nearly 50', null, 49, 49],
  ['almost 50', null, 49, 49],
  ['about 180', 180, 180, 180],
  ['around 180', 180, 180, 180],
  ['some 180', 180, 180, 180],
  ['an estimated 300', 300, 300, 300],
  ['a total of 40', 40, 40, 40],
  ['about dozens', 12, 12, 99],
  ['between 10 and 15', 10, 10, 15],
  ['10 to 15', 10, 10, 15],
  ['10-15', 10, 10, 15],
  ['two or three', 2, 2, 3],
  ['from 10 to 14', 14, 14, 14],
  ['Dozens', 12, 12, 99],
];

test('readAmounts applies qualifiers and reads ranges, span covering the whole phrase', () => {
  for (const [text, low, best, high] of amounts) {
    const [a, ...rest] = readAmounts(`Reports said ${text} were killed`);
    assert.ok(a, text);
    assert.equal(rest.length, 0, text);
    assert.deepEqual([a.low, a.best, a.high], [low, best, high], text);
    assert.equal(`Reports said ${text} were killed`.slice(a.span.start, a.span.end), text);
  }
});

test('readAmounts finds every amount in order; "and" joins two counts only after "between"', () => {
  const text = 'killing 11 and wounding twenty-two, then 3 and 4 more';
  assert.deepEqual(readAmounts(text).map((a) => text.slice(a.span.start, a.span.end)), ['11', 'twenty-two', '3', '4']);
});

test('a count read again is not changed by what a caller did with the first reading', () => {
  const first = readAmounts('a guard and two porters');
  first[0]!.best = 99;
  const again = parseCount('two porters');
  if (again) again.value = 99;
  assert.deepEqual(readAmounts('a guard and two porters').map((a) => [a.low, a.best, a.high, a.article]),
    [[1, 1, 1, true], [2, 2, 2, false]]);
  assert.equal(parseCount('two porters')?.value, 2);
});
