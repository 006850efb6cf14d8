// The publisher's country: outlet names, a country or big city in the name, the URL's domain.
// Outlet names and sentences written for these tests.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createGeocoder } from './createGeocoder.js';
import { outletKey, PublisherCountries, readOutlets } from './Publisher.js';

const geo = createGeocoder();
const publishers = new PublisherCountries(geo.gazetteer);

describe('the publisher\'s country', () => {
  // [source, url, countries]
  const rows: Array<[string | null, string | null, string[]]> = [
    ['The Evening Bulletin (Nigeria)', null, ['Nigeria']],
    ['Weekly Courier (South Africa)', null, ['South Africa']],
    ['Morning Herald (Kano)', null, ['Nigeria']],
    ['Tunis Weekly Review', null, ['Tunisia']],
    ['Reuters', null, []],
    ['Reuters; Morning Herald (Kano)', null, ['Nigeria']],
    [null, 'https://www.example-news.co.ke/politics/2024/article', ['Kenya']],
    [null, 'https://news.example.tv/story', []],
    [null, 'not a url', []],
    ['', null, []],
  ];
  for (const [source, url, countries] of rows) {
    it(`${source ?? '-'} ${url ?? ''} → ${countries.join(', ') || 'nothing'}`, () => {
      assert.deepEqual(publishers.of(source, url), countries);
    });
  }

  it('reads outlets, their aliases and domains from a file, names keyed without accents, spaces or "the"', () => {
    assert.equal(outletKey('Le Réveil FM'), outletKey('Lereveilfm'));
    assert.equal(outletKey('The Daily Lantern'), outletKey('Daily Lantern'));
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-outlets-'));
    const file = join(dir, 'outlets.tsv');
    writeFileSync(file, '# name\taliases\tcountry\tdomains\nLe Réveil FM\tReveil Radio\tML\treveilfm.example\nNo Country\t\tZZ\t\n');
    const { byName, byDomain } = readOutlets(file);
    assert.equal(byName.get(outletKey('LE REVEIL FM'))?.country, 'Mali');
    assert.equal(byName.get(outletKey('Reveil Radio'))?.country, 'Mali');
    assert.equal(byDomain.get('reveilfm.example')?.country, 'Mali');
    assert.equal(byName.has(outletKey('No Country')), false);
  });
});

describe('the publisher in the article\'s context', () => {
  it('decides a name the text leaves open', () => {
    const text = 'Clashes broke out in Tripoli on Monday.';
    const at = text.indexOf('Clashes');
    const trigger = { start: at, end: at + 7 };
    const abroad = geo.locateEvent(text, 0, trigger, geo.articleContext(text));
    assert.notEqual(abroad.place?.country, 'Lebanon');
    const context = geo.articleContext(text, undefined, { source: 'Beirut Evening Review', url: null });
    assert.equal(context.countries[0], 'Lebanon');
    assert.equal(geo.locateEvent(text, 0, trigger, context).place?.country, 'Lebanon');
  });

  it('gives way to a country the text names', () => {
    const text = 'Soldiers clashed with rebels near Goma, in Congo, on Sunday.';
    const context = geo.articleContext(text, undefined, { source: 'The Evening Bulletin (Nigeria)', url: null });
    assert.equal(context.countries[0], 'Democratic Republic of Congo');
  });
});
