import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readHtml } from './html.js';
import { resolveOptions } from './types.js';
import { finish } from './validate.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

test('a news page: metadata from meta tags, article text without the boilerplate', () => {
  const read = readHtml(fixture('page.html'), '/in/page.html', null);
  assert.equal(read.error, null);
  if (read.error !== null) return;
  const { draft } = read;
  assert.equal(draft.title, 'Clashes near Gao leave soldiers dead');
  assert.equal(draft.byline, 'Aminata Diallo');
  assert.equal(draft.source, 'The Sahel Ledger');
  assert.equal(draft.url, 'https://news.example.org/sahel/gao-clashes'); // the canonical link
  assert.equal(draft.published, '2024-03-03T09:15:00+01:00'); // article:published_time, raw until finish
  assert.match(draft.text, /^.*Gunmen attacked an army post outside the town of Gao/m);
  for (const boilerplate of ['Subscribe', 'Politics', 'Floods hit Niamey', 'All rights reserved', 'Privacy']) {
    assert.ok(!draft.text.includes(boilerplate), boilerplate);
  }
  // Paragraphs separated by blank lines, whitespace tidied, <br> breaks the line.
  assert.match(draft.text, /said on Sunday\.\n\nThe attackers arrived/);
  assert.ok(!/[ \t]{2,}|\n{3,}/.test(draft.text));
  const item = finish(draft, resolveOptions());
  assert.equal(item.kind === 'article' && item.article.published, '2024-03-03T08:15:00.000Z');
});

test('metadata date sources, in order, and the dateline fallback', () => {
  const body = '<p>' + 'Gunmen attacked an army post outside the town on Saturday, a military official said. '.repeat(4) + '</p>';
  const page = (head: string, text = body) => `<html><head><title>T</title>${head}</head><body><article>${text}</article></body></html>`;
  const rows: [string, string | null][] = [
    ['<meta property="og:published_time" content="2024-03-01">', '2024-03-01'],
    ['<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2024-03-02"}]}</script>', '2024-03-02'],
    ['<script type="application/ld+json">{ broken json</script><meta name="date" content="2024-03-04">', '2024-03-04'],
    ['<meta name="pubdate" content="20240305">', '20240305'],
    ['<meta itemprop="datePublished" content="2024-03-06">', '2024-03-06'],
    ['', null],
  ];
  for (const [head, expected] of rows) {
    const read = readHtml(page(head), 'x', null);
    assert.equal(read.error === null && read.draft.published, expected, head);
  }
  const timed = readHtml(page('', `<time datetime="2024-03-07T10:00:00Z">March 7</time>${body}`), 'x', null);
  assert.equal(timed.error === null && timed.draft.published, '2024-03-07T10:00:00Z');
  const dated = readHtml(page('', `<p>BAMAKO, 3 March 2024 - Gunmen attacked.</p>${body}`), 'x', null);
  if (dated.error !== null) return assert.fail(dated.error);
  const item = finish(dated.draft, resolveOptions());
  assert.equal(item.kind === 'article' && item.article.published, '2024-03-03');
});

test('malformed HTML does not throw and still yields its text', () => {
  const read = readHtml(fixture('malformed.html'), '/in/malformed.html', null);
  assert.equal(read.error, null);
  assert.equal(read.draft.title, 'Shelling reported in Kharkiv district');
  assert.match(read.draft.text ?? '', /wounding four people/);
  assert.match(read.draft.text ?? '', /two of the wounded were taken to hospital/);
  for (const junk of ['', '<', '<<<>>>', '<html', '</p></div></body>', '<html><body><div><p>unclosed <b>bold', '\u0000\u0001<x']) {
    assert.doesNotThrow(() => readHtml(junk, 'x', null), JSON.stringify(junk));
  }
});

test('a page without article text is a failure that keeps the page title', () => {
  const read = readHtml(fixture('nav-only.html'), '/in/nav-only.html', 'https://news.example.org/sahel');
  assert.equal(read.error, 'no article text found in HTML');
  assert.equal(read.draft.title, 'Section index | The Sahel Ledger');
  assert.equal(read.draft.url, 'https://news.example.org/sahel');
  assert.equal(readHtml('', 'x', null).error, 'no article text found in HTML');
});

test('relative canonical links resolve against the page URL; without one the page URL is kept', () => {
  const body = '<article><p>' + 'A long enough sentence about an attack on a checkpoint. '.repeat(5) + '</p></article>';
  const withCanonical = readHtml(`<html><head><link rel="canonical" href="/story/1"></head><body>${body}</body></html>`, 'x', 'https://news.example.org/a?utm=1');
  assert.equal(withCanonical.draft.url, 'https://news.example.org/story/1');
  const without = readHtml(`<html><body>${body}</body></html>`, 'x', 'https://news.example.org/a');
  assert.equal(without.draft.url, 'https://news.example.org/a');
  assert.equal(readHtml(`<html><head><link rel="canonical" href="/story/1"></head><body>${body}</body></html>`, 'x', null).draft.url, null);
});
