import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { detectLanguage } from './language.js';
import { MIB, megabytes, resolveOptions, type Draft } from './types.js';
import { decode, finish, looksBinary, tooLarge } from './validate.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const opts = resolveOptions();
const english =
  'Gunmen attacked an army post outside the town on Saturday, killing at least seven soldiers, a military ' +
  'official said on Sunday. The attackers arrived on motorcycles shortly before dawn and fired on the post ' +
  'for about an hour before withdrawing toward the border, the official said.';
const draft = (over: Partial<Draft> = {}): Draft => ({
  origin: '/in/a.txt', url: null, source: null, title: 'T', byline: null, published: null, text: english, ...over,
});

test('decode: every bad byte-level input has its reason', () => {
  const rows: [Uint8Array, string | null][] = [
    [Buffer.from('Plain English text.'), null],
    [Buffer.from('\uFEFFWith a BOM'), null],
    [Buffer.from(''), 'empty'],
    [Buffer.from('  \n\t \n'), 'empty'],
    [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'binary content'],
    [Buffer.from('text with a NUL\0 inside'), 'binary content'],
    [Buffer.from(Array.from({ length: 400 }, (_, i) => (i * 37) % 256)), 'binary content'],
    [Buffer.from('Caf\xe9 au lait, na\xefve r\xe9sum\xe9', 'latin1'), 'not valid UTF-8'],
    [Buffer.alloc(2000, 'a'), 'too large (2 KB, limit 1 KB)'],
  ];
  for (const [bytes, expected] of rows) {
    assert.equal(decode(bytes, rows.at(-1)?.[0] === bytes ? 1024 : opts.maxBytes).error, expected, String(expected));
  }
  assert.equal(decode(Buffer.from('\uFEFFWith a BOM'), opts.maxBytes).text, 'With a BOM');
  // A declared charset rescues bytes that are not UTF-8, and never overrides bytes that are.
  assert.deepEqual(decode(Buffer.from('Caf\xe9', 'latin1'), opts.maxBytes, 'iso-8859-1'), { text: 'Café', error: null });
  assert.deepEqual(decode(Buffer.from('Café'), opts.maxBytes, 'iso-8859-1'), { text: 'Café', error: null });
  assert.deepEqual(decode(Buffer.from('Café'), opts.maxBytes, 'no-such-charset'), { text: 'Café', error: null });
  // UTF-16 with a byte-order mark is text, not binary, despite its NUL bytes.
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('A UTF-16 story.', 'utf16le')]);
  assert.deepEqual(decode(utf16, opts.maxBytes), { text: 'A UTF-16 story.', error: null });
});

test('size messages use binary megabytes with one decimal', () => {
  assert.equal(tooLarge(Math.round(7.2 * MIB), 5 * MIB), 'too large (7.2 MB, limit 5 MB)');
  assert.equal(megabytes(5 * MIB), '5 MB');
});

test('looksBinary: text with tabs and newlines is text', () => {
  assert.equal(looksBinary('a\tb\nc\r\nd\f'), false);
  assert.equal(looksBinary('\x01\x02\x03 abc'), true);
});

test('language: English, French, Arabic, and too short to tell', () => {
  assert.equal(detectLanguage(english), 'eng');
  assert.equal(detectLanguage(fixture('french.txt')), 'fra');
  assert.equal(detectLanguage(fixture('arabic.txt')), 'arb');
  assert.equal(detectLanguage('Explosion in Kabul kills three.'), null);
  // English without "the" skips the fast path and goes to franc, which still says English.
  const terse =
    'Gunmen attacked an army post outside Gao on Saturday, killing at least seven soldiers, a military official ' +
    'said on Sunday. Attackers arrived on motorcycles shortly before dawn and fired on soldiers for about an hour ' +
    'before withdrawing toward Niger, an official said, speaking on condition of anonymity.';
  assert.equal(detectLanguage(terse), 'eng');
});

test('finish: non-English text fails but keeps everything it read', () => {
  const item = finish(draft({ text: fixture('french.txt'), title: 'Des affrontements' }), opts);
  assert.equal(item.kind, 'failure');
  if (item.kind !== 'failure') return;
  assert.equal(item.failure.error, 'not English (detected: fra)');
  assert.equal(item.failure.partial?.title, 'Des affrontements');
  assert.equal(item.failure.partial?.text, fixture('french.txt'));
  assert.equal(item.failure.partial?.language, 'fra');
  const arabic = finish(draft({ text: fixture('arabic.txt') }), opts);
  assert.equal(arabic.kind === 'failure' && arabic.failure.error, 'not English (detected: arb)');
});

test('finish: empty and binary texts fail', () => {
  const rows: [string, string][] = [['', 'empty'], [' \n\n ', 'empty'], ['abc\0def', 'binary content']];
  for (const [text, error] of rows) {
    const item = finish(draft({ text }), opts);
    assert.equal(item.kind === 'failure' && item.failure.error, error, JSON.stringify(text));
  }
});

test('finish: a date that does not parse is dropped with a warning, never guessed', () => {
  const item = finish(draft({ published: 'sometime soon' }), opts);
  assert.equal(item.kind, 'article');
  if (item.kind !== 'article') return;
  assert.equal(item.article.published, null);
  assert.deepEqual(item.warnings, ['date "sometime soon" does not parse; publication date left unknown']);
});

test('finish: dates come from metadata, then the feed, then a dateline, then --published', () => {
  const date = (d: Partial<Draft>, fill = {}, published?: string) => {
    const item = finish(draft(d), resolveOptions({ published }), fill);
    return item.kind === 'article' ? [item.article.published, item.warnings.length] : item.failure.error;
  };
  const dateline = `BAMAKO, 3 March 2024 - ${english}`;
  assert.deepEqual(date({ published: '2024-03-01' }, { published: '2024-03-02' }, '2024-03-09'), ['2024-03-01', 0]);
  assert.deepEqual(date({}, { published: '2024-03-02' }, '2024-03-09'), ['2024-03-02', 0]);
  assert.deepEqual(date({ published: 'bad', text: dateline }, {}, '2024-03-09'), ['2024-03-03', 1]);
  assert.deepEqual(date({}, {}, '2024-03-09'), ['2024-03-09', 0]);
  assert.deepEqual(date({}, {}, 'next week'), [null, 1]);
  assert.deepEqual(date({}), [null, 0]);
});

test('finish: gaps are filled from what the feed said, and the source from the URL host', () => {
  const item = finish(draft({ title: null, url: 'https://news.example.org/x' }), opts, { title: 'From feed' });
  assert.equal(item.kind === 'article' && item.article.title, 'From feed');
  assert.equal(item.kind === 'article' && item.article.source, 'news.example.org');
  const fed = finish(draft({ url: 'https://news.example.org/x' }), opts, { source: 'Feed Title' });
  assert.equal(fed.kind === 'article' && fed.article.source, 'Feed Title');
});
