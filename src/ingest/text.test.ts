import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { normaliseNewlines, readText, titleOf } from './text.js';
import { finish } from './validate.js';
import { resolveOptions } from './types.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

test('a wire story: headline as title, dateline as date, the whole file as text', () => {
  const raw = fixture('wire.txt');
  const item = finish(readText(raw, '/in/wire.txt'), resolveOptions());
  assert.equal(item.kind, 'article');
  if (item.kind !== 'article') return;
  assert.equal(item.article.title, 'Iraqi forces retake Hammam al-Alil south of Mosul');
  assert.equal(item.article.published, '2018-04-20');
  assert.equal(item.article.language, 'eng');
  assert.equal(item.article.text, raw); // offsets downstream point into exactly this
  assert.equal(item.article.origin, '/in/wire.txt');
  assert.deepEqual(item.warnings, []);
});

test('titles: the first non-dateline line, only when it looks like a headline', () => {
  const rows: [string, string | null][] = [
    ['Headline here\n\nBody text.', 'Headline here'],
    ['\n\n  Spaced headline  \nBody.', 'Spaced headline'],
    ['April 20, 2018\nHeadline after a date line\nBody.', 'Headline after a date line'],
    ['The first line is a sentence of body text.\nMore.', null],
    [`${'x'.repeat(201)}\nBody`, null],
    ['Is this a question?\nBody.', 'Is this a question?'],
    ['', null],
  ];
  for (const [text, expected] of rows) assert.equal(titleOf(text), expected, text);
});

test('CRLF and lone CR become LF; plain LF text is returned as is', () => {
  assert.equal(normaliseNewlines('a\r\nb\rc\n'), 'a\nb\nc\n');
  const lf = 'a\nb';
  assert.equal(normaliseNewlines(lf), lf);
  assert.equal(readText('Title\r\n\r\nBody.\r\n', 'x').text, 'Title\n\nBody.\n');
});
