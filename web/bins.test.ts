import { test } from 'node:test';
import assert from 'node:assert/strict';
import { binDays, dayNumber, dayString } from './bins.js';

test('day numbers round-trip, and partial dates fall on their first day', () => {
  assert.equal(dayString(dayNumber('2024-02-29')), '2024-02-29');
  assert.equal(dayString(dayNumber('2024-03')), '2024-03-01');
  assert.equal(dayString(dayNumber('2021')), '2021-01-01');
});

test('a short range is binned by day, stacked by type', () => {
  const { bins, first, last } = binDays([
    { date: '2024-03-01', event_type: 'Battles', count: 2 },
    { date: '2024-03-01', event_type: 'Riots', count: 1 },
    { date: '2024-03-04', event_type: 'Battles', count: 1 },
  ]);
  assert.equal(dayString(first), '2024-02-25', 'four days are centred in two weeks');
  assert.equal(dayString(last), '2024-03-09');
  assert.deepEqual(bins.map((b) => [dayString(b.from), b.total, b.byType]), [
    ['2024-03-01', 3, { Battles: 2, Riots: 1 }], ['2024-03-04', 1, { Battles: 1 }],
  ]);
});

test('a range of years is binned by 30 days; nothing dated gives no bins', () => {
  const { bins } = binDays([
    { date: '2019-01-01', event_type: 'Battles', count: 1 },
    { date: '2019-01-20', event_type: 'Battles', count: 1 },
    { date: '2024-06-01', event_type: 'Protests', count: 1 },
  ]);
  assert.equal(bins.length, 2);
  assert.equal(bins[0]!.to - bins[0]!.from + 1, 30);
  assert.equal(bins[0]!.total, 2);
  assert.deepEqual(binDays([]).bins, []);
});
