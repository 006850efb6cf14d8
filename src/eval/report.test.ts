import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatReport, reportJson, table } from './report.js';
import { ratio, type EvalError, type Scores } from './score.js';
import { FIELDS } from './types.js';

test('table pads columns to their widest cell and right-aligns numbers', () => {
  assert.equal(table([['field', 'correct', 'rate'], ['date', '3/4', '75.0%'], ['fatalities', '10/12', 'n/a']]), [
    'field       correct   rate',
    'date            3/4  75.0%',
    'fatalities    10/12    n/a',
  ].join('\n'));
});

const scores: Scores = {
  format: 'gold-jsonl', articles: 2, gold_events: 3, must_events: 2, predicted: 2,
  recall: ratio(1, 2), precision: ratio(1, 2), f1: 0.5, false_positives: 1, excused: 0,
  fields: Object.fromEntries(FIELDS.map((f) => [f, ratio(f === 'date' ? 0 : 1, 1)])) as Scores['fields'],
  exactPlaces: null,
  confusion: {
    rows: ['Battles', '(no gold)'],
    columns: ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments', 'missed'],
    counts: [[1, 0, 0, 0, 0, 0, 1], [0, 0, 0, 0, 1, 0, 0]],
  },
};
const errors: EvalError[] = [
  { kind: 'wrong_field', article_id: 'a1', gold_id: 'g1', field: 'date', evidence: 'They clashed on Sunday.', expected: '2022-01-02', got: '2022-01-09 (day)' },
];

test('the text report shows events, fields, the confusion table and, when asked, the errors', () => {
  const text = formatReport('gold.jsonl', scores, errors);
  for (const want of [
    'sitrep eval: gold.jsonl (gold JSONL)',
    '2 articles, 3 gold events (2 must), 2 predicted',
    'recall (must)      1/2  50.0%',
    'date                0/1      0.0%',
    'gold \\ predicted  Battles  Explosions  Violence  Protests  Riots  Strategic  missed',
    '(no gold)               0           0         0         0      1          0       0',
    '- a1 [g1] wrong date: expected 2022-01-02; got 2022-01-09 (day)',
    '    "They clashed on Sunday."',
  ]) assert.ok(text.includes(want), `missing: ${want}\n${text}`);
  assert.ok(!formatReport('gold.jsonl', scores, null).includes('errors ('));
});

test('the JSON form carries the same numbers, and the errors only when asked for', () => {
  const json = JSON.parse(JSON.stringify(reportJson('gold.jsonl', scores, errors)));
  assert.deepEqual(json.recall, { correct: 1, total: 2, rate: 0.5 });
  assert.deepEqual(json.fields.date, { correct: 0, total: 1, rate: 0 });
  assert.deepEqual(json.confusion.counts, scores.confusion.counts);
  assert.equal(json.errors.length, 1);
  assert.equal('errors' in reportJson('gold.jsonl', scores, null), false);
});

test('an ACLED report adds location and country over the rows placed at the named place itself', () => {
  const acled: Scores = { ...scores, format: 'acled-csv', exactPlaces: { location: ratio(3, 4), country: ratio(4, 4) } };
  assert.ok(formatReport('x.csv', acled, null).includes('at the named place itself (geo_precision 1, 4 pairs): location 3/4 75.0%, country 4/4 100.0%'));
  assert.ok(!formatReport('gold.jsonl', scores, null).includes('geo_precision'));
});
