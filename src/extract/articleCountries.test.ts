import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleCountries } from './articleCountries.js';

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
