import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runs, tokenize } from './ToponymTokens.js';

const words = (s: string) => tokenize(s).map((t) => `${t.text}${t.cap ? '^' : ''}${t.acronym ? '!' : ''}${t.connector ? '~' : ''}`);

describe('tokenize: the toponym finder\'s words', () => {
  it('reads ASCII and Unicode sentences alike (possessives, articles, acronyms, connectors)', () => {
    const ascii = "Troops of the UN-backed AQIM cell left al-Bab's market in Gao-Ansongo";
    // The same sentence with one non-ASCII character at its end takes the Unicode path.
    assert.deepEqual(words(`${ascii} é`).slice(0, -1), words(ascii));
    assert.deepEqual(words(ascii), ['Troops^', 'of~', 'the', 'UN-backed^', 'AQIM^!', 'cell', 'left', 'al-Bab^', 'market', 'in', 'Gao-Ansongo^']);
  });

  it('stops three words past the last capital, keeping each token\'s index', () => {
    const tokens = tokenize('Gunmen attacked Bama on a very long and quiet road through the hills');
    assert.deepEqual(tokens.map((t) => t.text), ['Gunmen', 'attacked', 'Bama', 'on', 'a', 'very']);
    assert.ok(tokens.every((t, i) => t.at === i));
  });
});

describe('runs: capitalised name words joined by spaces', () => {
  it('keeps inner connectors, drops trailing ones, and breaks at commas', () => {
    const s = 'Fighting in Hammam al Alil, Gulf of Aden of late';
    assert.deepEqual(runs(s, tokenize(s)).map((r) => r.map((t) => t.text).join(' ')), ['Fighting', 'Hammam al Alil', 'Gulf of Aden']);
  });
});
