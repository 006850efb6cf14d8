import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyState, filterParams, parseHash, toHash } from './state.js';

test('a view round-trips through the URL hash with the API parameter names', () => {
  const state = { ...emptyState(), event_type: 'Explosions/Remote violence', country: "Côte d'Ivoire", from: '2024-01-01', to: '2024-03-31', event: 'ev_0123456789abcdef' };
  const hash = toHash(state);
  assert.match(hash, /event_date=2024-01-01%7C2024-03-31/);
  assert.deepEqual(parseHash(hash), state);
});

test('an open-ended date range uses event_date_where; the histogram query leaves dates out', () => {
  const from = { ...emptyState(), from: '2024-01-01', claim: 'alleged' };
  assert.equal(filterParams(from).toString(), 'claim=alleged&event_date=2024-01-01&event_date_where=%3E%3D');
  assert.deepEqual(parseHash(toHash(from)), from);
  const to = { ...emptyState(), to: '2024-02-01' };
  assert.deepEqual(parseHash(toHash(to)), to);
  assert.equal(filterParams(from, false).toString(), 'claim=alleged');
});

test('malformed dates in a hand-edited hash are ignored', () => {
  const state = parseHash('#event_date=yesterday|2024-13&q=gao');
  assert.equal(state.from, '');
  assert.equal(state.to, '');
  assert.equal(state.q, 'gao');
});
