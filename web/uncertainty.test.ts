import { test } from 'node:test';
import assert from 'node:assert/strict';
import { uncertaintyLines, fatalityWords } from './uncertainty.js';

const base = {
  event_date: '2024-03-05', date_precision: 'week' as const, date_range: ['2024-03-03', '2024-03-05'] as [string, string],
  location: 'Kanbalu', geo_precision: 2 as const, latitude: 23.2,
  fatalities: 6, fatalities_low: 6, fatalities_high: 12,
  claim: 'claimed' as const, attribution: null, confidence: 0.86, sources: [],
};

test('each dimension of doubt is one plain sentence', () => {
  assert.deepEqual(uncertaintyLines(base), [
    'date known to the week: between 2024-03-03 and 2024-03-05',
    'place: near Kanbalu (precision 2)',
    'claimed by the perpetrator',
    'fatalities between 6 and 12, best 6',
    'confidence high (86%)',
    'reported by 0 sources',
  ]);
});

test('month dates name the month; missing coordinates and attribution are said', () => {
  const lines = uncertaintyLines({ ...base, event_date: '2024-03', date_precision: 'month', latitude: null,
    claim: 'alleged', attribution: 'residents', confidence: 0.4 });
  assert.equal(lines[0], 'date known to the month: March 2024');
  assert.equal(lines[1], 'place: near Kanbalu (precision 2); not on the map (no coordinates)');
  assert.equal(lines[2], 'alleged: blamed by others, not confirmed, according to residents');
  assert.equal(lines[4], 'confidence low (40%)');
});

test('fatality counts: exact, lower bound only, none', () => {
  assert.equal(fatalityWords({ ...base, fatalities: 5, fatalities_low: 5, fatalities_high: 5 }), 'fatalities: 5');
  assert.equal(fatalityWords({ ...base, fatalities: 6, fatalities_low: 6, fatalities_high: null }),
    'at least 6 killed (no upper bound), best 6');
  assert.equal(fatalityWords({ ...base, fatalities: null, fatalities_low: null, fatalities_high: null }), 'fatalities not stated');
});
