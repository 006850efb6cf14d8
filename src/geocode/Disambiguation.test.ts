// Table tests for choosing among same-named places: the text's own spelling, the country that
// explains the article's names, and districts named as such. Sentences written for these tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { coherentCountries } from './Coherence.js';
import { createGeocoder } from './createGeocoder.js';

const geo = createGeocoder();

function locate(sentence: string, word: string) {
  const at = sentence.indexOf(word);
  assert.ok(at >= 0, `trigger "${word}" not in "${sentence}"`);
  return geo.locateEvent(sentence, 0, { start: at, end: at + word.length }, geo.articleContext(sentence));
}

describe('the text\'s own spelling beats a folded look-alike', () => {
  // [sentence, trigger, place, country]: no country is named, so only the spelling tells.
  const rows: Array<[string, string, string, string]> = [
    ['Riots broke out in Bereznyky on Monday.', 'Riots', 'Bereznyky', 'Ukraine'],
    ['Residents of Gimry blocked the road with burning tyres.', 'blocked', 'Gimry', 'Russia'],
  ];
  for (const [sentence, trigger, name, country] of rows) {
    it(`${sentence} → ${name}, ${country}`, () => {
      const loc = locate(sentence, trigger);
      assert.equal(loc.place?.name, name);
      assert.equal(loc.place?.country, country);
    });
  }

  it('a folded match still counts when no candidate has the exact spelling', () => {
    const [daquq] = geo.gazetteer.lookup('Daqouq').filter((p) => p.country === 'Iraq');
    assert.ok(daquq);
    assert.equal(geo.gazetteer.spelledAs('Daqouq', daquq), false);
    assert.equal(locate('Gunmen shot three men in Daqouq.', 'shot').place?.name, daquq.name);
    const [mosul] = geo.gazetteer.lookup('MOSUL');
    assert.equal(geo.gazetteer.spelledAs('MOSUL', mosul!), true);
  });
});

describe('country coherence: the country that explains the article\'s names', () => {
  // [sentence, the country the names point to though the text never says it]
  const rows: Array<[string, string]> = [
    ['Militants attacked Marawi and Butig overnight.', 'Philippines'],
    ['Gunmen raided Hpakant, Tanai and Mogaung on Sunday.', 'Myanmar'],
  ];
  for (const [sentence, country] of rows) {
    it(`${sentence} → ${country}`, () => {
      const ranked = coherentCountries(geo.findToponyms(sentence), geo.gazetteer);
      assert.equal(ranked[0]?.country, country);
      assert.ok(ranked[0]!.names >= 2);
      assert.equal(geo.articleContext(sentence).countries[0], country);
    });
  }

  it('one name alone is no evidence of coherence', () => {
    assert.deepEqual(coherentCountries(geo.findToponyms('Protesters gathered in Hamilton.'), geo.gazetteer), []);
  });

  it('a province named as such outweighs ambiguous towns', () => {
    const ranked = coherentCountries(geo.findToponyms('Clashes in Wa and across the Upper West Region.'), geo.gazetteer);
    assert.equal(ranked[0]?.country, 'Ghana');
  });
});

describe('districts named as such are admin2 units, precision 2', () => {
  // [sentence, trigger, unit, country, admin1]
  const rows: Array<[string, string, string, string, string]> = [
    ['Herders killed five farmers in Agatu LGA on Friday.', 'killed', 'Agatu', 'Nigeria', 'Benue'],
    ['Herders killed five farmers in Ukum Local Government Area on Friday.', 'killed', 'Ukum', 'Nigeria', 'Benue'],
  ];
  for (const [sentence, trigger, name, country, admin1] of rows) {
    it(`${sentence} → ${name} (admin2)`, () => {
      const loc = locate(sentence, trigger);
      assert.equal(loc.place?.kind, 'admin2');
      assert.equal(loc.place?.name, name);
      assert.equal(loc.place?.country, country);
      assert.equal(loc.place?.admin1, admin1);
      assert.equal(loc.place?.admin2, name);
      assert.equal(loc.geo_precision, 2);
    });
  }

  it('an unknown village in a district is placed at the district', () => {
    const loc = locate('Gunmen attacked Zzqwx village in Damboa LGA.', 'attacked');
    assert.equal(loc.unresolved?.text, 'Zzqwx');
    assert.equal(loc.place?.kind, 'admin2');
    assert.equal(loc.place?.name, 'Damboa');
    assert.equal(loc.geo_precision, 2);
  });

  it('a town in a district of a region: the district and the region narrow the town', () => {
    const loc = locate('Gunmen shot two chiefs at Damongo in the West Gonja District of the Savannah Region.', 'shot');
    assert.equal(loc.place?.country, 'Ghana');
    assert.equal(loc.place?.kind, 'populated place');
    assert.equal(loc.geo_precision, 1);
  });

  it('a bare name is never a district, and a province keeps its admin1 unit', () => {
    assert.equal(locate('Gunmen killed a farmer in Damboa.', 'killed').place?.kind, 'populated place');
    assert.equal(locate('Troops fought in Kirkuk province.', 'fought').place?.kind, 'admin1');
  });
});

describe('a lone name with no context: notability', () => {
  const bonus = (line: string | undefined) => Number(/known by many names (-?[\d.]+)/.exec(line ?? '')?.[1] ?? 0);

  it('the namesake known by many names gains on one known by few, only when nothing else says where', () => {
    const [mention] = createGeocoder().findToponyms('Crowds gathered in Cadiz.');
    assert.ok(mention);
    const alone = createGeocoder().explain(mention, { countries: [], near: [] });
    assert.ok(bonus(alone.find((l) => l.includes('Spain'))) > bonus(alone.find((l) => l.includes('Philippines'))));
    const placed = createGeocoder().explain(mention, { countries: ['Spain'], near: [] });
    assert.ok(placed.every((l) => !l.includes('known by many names')));
  });
});
