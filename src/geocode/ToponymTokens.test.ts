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

  it('reads curly quotes, dashes and apostrophes as the Unicode path does', () => {
    const plain = '“They came at night,” said a man in Kirkuk’s old market — O’Brien‘s men left Ta’izz’ in ‘Ana’… at al’Qaim by the river on a quiet day';
    const unicode = `${plain} é`;
    const full = (s: string) => tokenize(s).map((t) => `${t.text}|${t.lower}|${t.start}|${t.cap}|${t.acronym}|${t.connector}`);
    assert.deepEqual(full(unicode).slice(0, full(plain).length), full(plain));
    // The plain reader took it: it stops three words past the last capital ("day" left out, and no "é").
    assert.equal(full(plain).length, full(unicode).length - 2);
    assert.ok(words(plain).includes('Kirkuk^') && words(plain).includes('O’Brien‘s^'));
    assert.equal(tokenize(plain).find((t) => t.text === 'O’Brien‘s')?.lower, "o'brien's");
  });

  it('stops three words past the last capital, keeping each token\'s index', () => {
    const tokens = tokenize('Gunmen attacked Damboa on a very long and quiet road through the hills');
    // "very" is the third word past "Damboa", but no name word is next to it.
    assert.deepEqual(tokens.map((t) => t.text), ['Gunmen', 'attacked', 'Damboa', 'on', 'a']);
    assert.ok(tokens.every((t, i) => t.at === i));
  });

  it('keeps the words next to name words and connectors after them, and "local" with the word after it', () => {
    const s = 'Police said many people fled the old town of Gao in Mali when shells fell near the Okpe local government offices on Monday';
    const kept = 'Police said of Gao in Mali when the Okpe local government on Monday';
    assert.equal(tokenize(s).map((t) => t.text).join(' '), kept);
    // The Unicode reader leaves out the same words.
    assert.equal(tokenize(`${s} é`).map((t) => t.text).join(' '), `${kept} é`);
    assert.deepEqual(runs(s, tokenize(s)).map((r) => r.map((t) => t.text).join(' ')), ['Police', 'Gao', 'Mali', 'Okpe', 'Monday']);
  });
});

describe('runs: capitalised name words joined by spaces', () => {
  it('keeps inner connectors, drops trailing ones, and breaks at commas', () => {
    const s = 'Fighting in Hammam al Alil, Gulf of Aden of late';
    assert.deepEqual(runs(s, tokenize(s)).map((r) => r.map((t) => t.text).join(' ')), ['Fighting', 'Hammam al Alil', 'Gulf of Aden']);
  });
});
