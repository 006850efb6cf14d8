import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ConflictEvent } from '../model/event.js';
import { acledDay, acledWindow, dateAgrees, goldDate, windowOf } from './dates.js';

test('windowOf spans a year, a month or a day; anything else is null', () => {
  assert.deepEqual(windowOf('2019'), { from: '2019-01-01', to: '2019-12-31', label: '2019' });
  assert.deepEqual(windowOf('2020-02'), { from: '2020-02-01', to: '2020-02-29', label: '2020-02' });
  assert.deepEqual(windowOf('2021-07-04'), { from: '2021-07-04', to: '2021-07-04', label: '2021-07-04' });
  for (const bad of ['2021-13', '2021-02-30', '21-07-04', 'July 2021', '']) assert.equal(windowOf(bad), null, bad);
});

test('goldDate reads null, partial dates and ranges; malformed values are undefined', () => {
  assert.equal(goldDate(null), null);
  assert.deepEqual(goldDate(['2022-03-01', '2022-03-07']), { from: '2022-03-01', to: '2022-03-07', label: '2022-03-01..2022-03-07' });
  for (const bad of [['2022-03-07', '2022-03-01'], ['2022-03'], 2022, '2022/03', {}]) assert.equal(goldDate(bad), undefined, JSON.stringify(bad));
});

test('acledWindow widens by time_precision: the day, six days either side, the month', () => {
  assert.deepEqual(acledWindow('2017-05-10', 1), { from: '2017-05-10', to: '2017-05-10', label: '2017-05-10' });
  assert.deepEqual(acledWindow('2017-05-03', 2), { from: '2017-04-27', to: '2017-05-09', label: '2017-05-03 ±6 days' });
  assert.deepEqual(acledWindow('2017-05-15', 3), { from: '2017-05-01', to: '2017-05-31', label: '2017-05 (month)' });
});

test('acledDay reads ISO and day-month-year dates', () => {
  const cases: Array<[string, string | null]> = [
    ['2017-05-10', '2017-05-10'], ['10 May 2017', '2017-05-10'], ['3-January-2017', '2017-01-03'],
    ['31 February 2017', null], ['May 10, 2017', null], ['', null],
  ];
  for (const [s, want] of cases) assert.equal(acledDay(s), want, s);
});

type When = Pick<ConflictEvent, 'event_date' | 'date_range' | 'date_precision'>;
const day = (d: string): When => ({ event_date: d, date_range: [d, d], date_precision: 'day' });
const range = (a: string, b: string, p: When['date_precision'] = 'week'): When => ({ event_date: b, date_range: [a, b], date_precision: p });
const none: When = { event_date: null, date_range: null, date_precision: 'unknown' };

test('dateAgrees: the predicted window must lie inside the gold one; a null gold refuses a claimed day', () => {
  const cases: Array<[string, ReturnType<typeof goldDate>, When, boolean]> = [
    ['same day', windowOf('2022-06-10'), day('2022-06-10'), true],
    ['other day', windowOf('2022-06-10'), day('2022-06-11'), false],
    ['week around a gold day is too vague', windowOf('2022-06-10'), range('2022-06-04', '2022-06-10'), false],
    ['day inside a gold month', windowOf('2022-06'), day('2022-06-30'), true],
    ['month for a gold month', windowOf('2022-06'), range('2022-06-01', '2022-06-30', 'month'), true],
    ['range leaking out of the month', windowOf('2022-06'), range('2022-05-28', '2022-06-03'), false],
    ['event_date only, month inside the gold year', windowOf('2022'), { event_date: '2022-06', date_range: null, date_precision: 'month' }, true],
    ['inside a gold range', goldDate(['2022-06-01', '2022-06-07']), day('2022-06-03'), true],
    ['no prediction for a dated gold', windowOf('2022'), none, false],
    ['null gold, no date', null, none, true],
    ['null gold, a year', null, range('2016-01-01', '2016-12-31', 'year'), true],
    ['null gold, a claimed day', null, day('2016-11-02'), false],
    ['null gold, a one-day range labelled week', null, range('2016-11-02', '2016-11-02'), false],
  ];
  for (const [name, gold, pred, want] of cases) assert.equal(dateAgrees(gold ?? null, pred), want, name);
});

test('dateAgrees, point rule: the coded event_date must lie in the gold window, whatever range it carries', () => {
  const day = { from: '2021-05-10', to: '2021-05-10', label: '2021-05-10' };
  const week = { event_date: '2021-05-10', date_range: ['2021-05-04', '2021-05-10'] as [string, string], date_precision: 'week' as const };
  assert.equal(dateAgrees(day, week, 'point'), true);
  assert.equal(dateAgrees(day, week, 'window'), false);
  assert.equal(dateAgrees(day, { ...week, event_date: '2021-05' }, 'point'), false);
  assert.equal(dateAgrees(day, { ...week, event_date: '2021-05-09' }, 'point'), false);
});

