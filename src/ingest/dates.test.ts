import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datelineDate, datelineSpan, findDateline, normaliseDate } from './dates.js';

test('datelines: lines that carry a full date', () => {
  const rows: [string, string][] = [
    ['April 20, 2018', '2018-04-20'],
    ['20 April 2018', '2018-04-20'],
    ['2018-04-20', '2018-04-20'],
    ['Monday, April 20, 2018', '2018-04-20'],
    ['Apr. 20, 2018.', '2018-04-20'],
    ['MOSUL, Iraq, April 20, 2018 (Reuters) — Iraqi forces said on Friday...', '2018-04-20'],
    ['BAMAKO, 3 March 2024 - Gunmen attacked a post.', '2024-03-03'],
    ['BAMAKO, 3 March 2024 -', '2024-03-03'],
    ['UNITED NATIONS, April 20, 2018 (AP) – The Security Council met.', '2018-04-20'],
    ['KABUL, Afghanistan, Monday, April 20, 2018 — A bomb exploded.', '2018-04-20'],
    ['GAO, Mali, 2024-03-03 — Gunmen attacked.', '2024-03-03'],
    ['April 20, 2018 10:32 GMT', '2018-04-20T10:32:00.000Z'],
  ];
  for (const [line, expected] of rows) assert.equal(datelineDate(line), expected, line);
});

test('datelines: lines that are not datelines', () => {
  const rows = [
    'April 20', // no year: would be guessed from the clock
    'Monday, April 20',
    'MOSUL, Iraq (Reuters) — Iraqi forces said on Friday they had retaken the town.',
    'MOSUL, Iraq, April 20 (Reuters) — no year here either.',
    'The attack on April 20, 2018 killed five people.',
    'Iraqi forces retake Hammam al-Alil south of Mosul',
    'In 2018',
    'April 2018', // a month, not a day
    '2018',
    'Officials said on 20 April 2018 - that the road was closed.',
    '',
  ];
  for (const line of rows) assert.equal(datelineDate(line), null, line);
});

test('findDateline looks at the first three non-empty lines only', () => {
  assert.equal(findDateline('Headline\n\nApril 20, 2018\n\nBody.'), '2018-04-20');
  assert.equal(findDateline('\n\nHeadline\nBy A. Writer\nBAMAKO, 3 March 2024 - Body.'), '2024-03-03');
  assert.equal(findDateline('One\nTwo\nThree\nApril 20, 2018\n'), null);
  assert.equal(findDateline(''), null);
});

test('normaliseDate: metadata values to ISO', () => {
  const rows: [string, string | null][] = [
    ['2018-04-20', '2018-04-20'],
    ['2018-04-20T10:00:00Z', '2018-04-20T10:00:00.000Z'],
    ['2018-04-20T10:00:00+03:00', '2018-04-20T07:00:00.000Z'],
    ['2018-04-20 10:00:00', '2018-04-20T10:00:00.000Z'], // no zone: read as UTC, not as local time
    ['2018-04-20T10:00:00.000+0300', '2018-04-20T07:00:00.000Z'],
    ['Fri, 20 Apr 2018 10:00:00 GMT', '2018-04-20T10:00:00.000Z'],
    ['April 20, 2018', '2018-04-20'],
    ['  20 April 2018 ', '2018-04-20'],
    ['Friday, April 20, 2018', '2018-04-20'],
    ['Sept. 3, 2017', '2017-09-03'],
    ['February 30, 2018', null],
    ['sometime soon', null],
    ['2018-02-30', null],
    ['April 20', null],
    ['yesterday', null],
    ['1', null],
    ['', null],
  ];
  for (const [raw, expected] of rows) assert.equal(normaliseDate(raw), expected, raw);
});

test('datelineSpan covers the date line or the wire prefix, and nothing else', () => {
  const wire = 'Headline here\n\nGAO, Mali, March 4, 2024 — Militants attacked a post on Sunday.';
  const s = datelineSpan(wire);
  assert.ok(s);
  assert.equal(wire.slice(s.start, s.end).trim(), 'GAO, Mali, March 4, 2024 —');
  const alone = 'April 20, 2018\n\nTitle\n\nBody text on Monday.';
  const a = datelineSpan(alone);
  assert.ok(a);
  assert.equal(alone.slice(a.start, a.end), 'April 20, 2018');
  assert.equal(datelineSpan('Gunmen attacked a post on March 4, 2024, officials said.'), null);
});
