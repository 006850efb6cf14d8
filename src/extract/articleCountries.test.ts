import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync, readdirSync } from 'node:fs';
import { articleCountries, capitalisedRuns, RUN_Y } from './articleCountries.js';

const ROWS: [string, string[]][] = [
  ['Malian troops clashed with militants near Gao. The Malian army said it killed ten.', ['Mali']],
  ['Somali police and Kenyan soldiers patrolled the border; Somalia said the raid succeeded.', ['Somalia', 'Kenya']],
  ['Fighting spread across the Democratic Republic of the Congo as Rwanda denied a role.', ['Democratic Republic of Congo', 'Rwanda']],
  ["Iraq's army retook the town, and Iraqi officials said Syria's border stayed shut.", ['Iraq', 'Syria']],
  ['Farmers in the niger delta said prices fell, and nobody went to chad.', []],
  ['The minister met reporters in the capital on Monday.', []],
  // A name of several words is read whole, even where its last word is a country of its own.
  ['Troops from Equatorial Guinea and Guinea met near South Sudan, and Sudan said so.', ['Equatorial Guinea', 'Guinea', 'South Sudan', 'Sudan']],
  ['The United States and United Arab Emirates sent envoys.', ['United States', 'United Arab Emirates']],
];

test('the countries an article names or whose people it names, most mentioned first', () => {
  for (const [text, expected] of ROWS) assert.deepEqual(articleCountries(text), expected, text);
});

test('capitalised runs are those the run pattern finds scanning every position', () => {
  const RUN_G = new RegExp(RUN_Y.source, 'gu');
  const dir = new URL('../../examples/articles/', import.meta.url);
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(f, dir), 'utf8'));
  texts.push(...ROWS.map(([text]) => text), 'Émile met Ørsted of the UN’s Ω team, and 𝐀𝐁 met ẞtrasse in Côte d’Ivoire. é𝐚 ©');
  for (const text of texts) assert.deepEqual(capitalisedRuns(text), text.match(RUN_G) ?? [], text.slice(0, 60));
});

test('a country named only as the one across the border is not the story\'s', () => {
  assert.deepEqual(articleCountries('Soldiers shot a smuggler near the border with Rwanda.'), []);
  assert.deepEqual(articleCountries('Refugees from neighbouring Sudan reached camps in Chad.'), ['Chad']);
  // Named again on its own, it counts.
  assert.deepEqual(articleCountries('Troops patrolled the border with Niger. Niger said it was calm.'), ['Niger']);
});
