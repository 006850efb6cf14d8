import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COUNTRIES, countryByDemonym, countryByIso, countryByName } from './countries.js';

test('demonyms name the right country', () => {
  const table: Array<[string, string | null]> = [
    ['Nigerien', 'Niger'], ['Nigerian', 'Nigeria'], ['Iraqi', 'Iraq'], ['Syrian', 'Syria'], ['Malian', 'Mali'],
    ['Somali', 'Somalia'], ['Burkinabe', 'Burkina Faso'], ['Burkinabè', 'Burkina Faso'],
    ['Congolese', 'Democratic Republic of Congo'], ['Ukrainian', 'Ukraine'], ['Burmese', 'Myanmar'],
    ['Yemeni', 'Yemen'], ['Afghan', 'Afghanistan'], ['Russian', 'Russia'], ['Sudanese', 'Sudan'],
    ['South Sudanese', 'South Sudan'], ['Ivorian', 'Ivory Coast'], ['Indian', 'India'], ['American', 'United States'],
    ['Dominican', 'Dominican Republic'], ['nigerien', 'Niger'], ['Kurdish', null], ['Fulani', null], ['Arab', null],
  ];
  for (const [word, name] of table) assert.equal(countryByDemonym(word)?.name ?? null, name, word);
});

test('names use ACLED spellings and accept common variants', () => {
  const table: Array<[string, string | null]> = [
    ['DR Congo', 'Democratic Republic of Congo'], ['DRC', 'Democratic Republic of Congo'], ['Congo', 'Democratic Republic of Congo'],
    ['Republic of the Congo', 'Republic of Congo'], ['Côte d’Ivoire', 'Ivory Coast'], ["Cote d'Ivoire", 'Ivory Coast'],
    ['Burma', 'Myanmar'], ['Türkiye', 'Turkey'], ['the Gambia', 'Gambia'], ['Guinea Bissau', 'Guinea-Bissau'],
    ['CAR', 'Central African Republic'], ['Eswatini', 'eSwatini'], ['Syrian Arab Republic', 'Syria'], ['UK', 'United Kingdom'],
    ['niger', 'Niger'], ['Atlantis', null],
  ];
  for (const [text, name] of table) assert.equal(countryByName(text)?.name ?? null, name, text);
});

test('ISO numeric codes, centroids and codes', () => {
  assert.equal(countryByIso(368)?.name, 'Iraq');
  assert.equal(countryByIso(562)?.name, 'Niger');
  assert.equal(countryByIso(566)?.name, 'Nigeria');
  assert.equal(countryByIso(180)?.name, 'Democratic Republic of Congo');
  assert.equal(countryByIso(0)?.name, 'Kosovo');
  assert.equal(countryByIso(999), null);
  const mali = countryByName('Mali')!;
  assert.deepEqual([mali.iso, mali.cca2, mali.cca3], [466, 'ML', 'MLI']);
  assert.ok(mali.lat > 10 && mali.lat < 25 && mali.lon > -10 && mali.lon < 5);
  assert.ok(COUNTRIES.length >= 240);
  assert.equal(new Set(COUNTRIES.map((c) => c.name)).size, COUNTRIES.length);
});
