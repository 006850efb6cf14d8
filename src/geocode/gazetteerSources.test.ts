// The second gazetteer source (@countrystatecity/countries) merged into the GeoNames-built index.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createGeocoder } from './createGeocoder.js';
import { distanceKm } from './Disambiguator.js';
import type { Place } from './Geocoder.js';
// @ts-expect-error: the builder is plain JavaScript, run at install time
import { makeFold, makeSkeleton, spelledClose } from '../../scripts/build-gazetteer.mjs';

const geocoder = createGeocoder();

/** Where the sentence's first place name resolves, with the whole sentence as its article. */
function placeOf(sentence: string): Place | null {
  const context = geocoder.articleContext(sentence);
  const [mention] = geocoder.findToponyms(sentence);
  assert.ok(mention, `no place name found in "${sentence}"`);
  return geocoder.resolve(mention, context);
}

describe('gazetteer: the countrystatecity source', () => {
  it('adds a town that GeoNames\' city lists lack, inside its admin1 unit', () => {
    const p = placeOf('Raiders stole cattle near Chesongoch on Sunday.');
    assert.equal(p?.kind, 'populated place');
    assert.equal(p?.country, 'Kenya');
    assert.ok(p?.admin1, 'the town has its admin1 unit');
  });

  it('reads a province GeoNames lists no district for when the text names it as a unit', () => {
    const p = placeOf('Gunmen attacked a police post in Komondjari Province.');
    assert.equal(p?.kind, 'admin2');
    assert.equal(p?.country, 'Burkina Faso');
  });

  it('gives a GeoNames admin1 unit the English name the second source lists for it', () => {
    const p = placeOf('Bandits raided homesteads across Elgeyo-Marakwet county overnight.');
    assert.equal(p?.kind, 'admin1');
    assert.equal(p?.country, 'Kenya');
  });

  it('does not list a town twice when both sources have it', () => {
    const towns = geocoder.gazetteer.lookup('Garissa').filter((p) => p.kind === 'populated place' && p.country === 'Kenya');
    assert.ok(towns.length >= 1);
    for (const a of towns) for (const b of towns) if (a !== b) assert.ok(distanceKm(a, b) > 5, 'two towns of one name within 5 km');
  });

  it('keeps one town where a source spells a town next to it otherwise', () => {
    const fold = makeFold() as (s: string) => string;
    const close = (a: string, b: string): boolean => spelledClose(fold(a), fold(b), makeSkeleton());
    assert.ok(close('Bartella', 'Bartalah'), 'vowels differ');
    assert.ok(close('Hpakant', 'Hpakan'), 'a letter dropped');
    assert.ok(close('Buthidaung', 'Buthidaung Town'), 'one name inside the other');
    assert.equal(close('Kadhimiya', 'Qadisiyah'), false, 'other consonants');
    assert.equal(close('Mosul', 'Basra'), false);
    // Built so: the town of the note's spelling and the other source's spelling are one place.
    const iraqi = (name: string) => geocoder.gazetteer.lookup(name).filter((p) => p.country === 'Iraq')
      .map((p) => `${p.name} ${p.latitude},${p.longitude}`);
    assert.deepEqual(iraqi('Bartalah'), iraqi('Bartella'), 'one place under both spellings');
    assert.equal(iraqi('Bartella').length, 1);
  });
});
