import assert from 'node:assert/strict';
import { it } from 'node:test';
import { objectList } from './lists.js';

it('objectList: a new empty list each call, filled like any other', () => {
  const a = objectList<{ n: number }>();
  const b = objectList<{ n: number }>();
  assert.equal(a.length, 0);
  a.push({ n: 1 });
  assert.equal(a.length, 1);
  assert.equal(b.length, 0);
});
