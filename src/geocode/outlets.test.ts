// The outlets file (data/gazetteer/outlets.tsv): national news outlets and their home countries,
// the publisher's vote for an article's country. A wrong or doubled line sends a story to the wrong
// country without a word in the text to say so, hence these checks on the file itself.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import type { Country } from 'world-countries';

const FILE = new URL('../../data/gazetteer/outlets.tsv', import.meta.url);
const ISO2 = new Set((createRequire(import.meta.url)('world-countries') as Country[]).map((c) => c.cca2));

interface OutletLine { at: number; columns: string[]; names: string[]; country: string; domains: string[] }

/** Every outlet line, numbered as in the file; comments and blank lines left out. */
function readLines(): OutletLine[] {
  const lines: OutletLine[] = [];
  readFileSync(FILE, 'utf8').split('\n').forEach((text, i) => {
    if (!text.trim() || text.startsWith('#')) return;
    const columns = text.split('\t');
    const [name = '', aliases = '', country = '', domains = ''] = columns;
    const names = [name, ...aliases.split('|')].map((n) => n.trim()).filter(Boolean);
    lines.push({ at: i + 1, columns, names, country, domains: domains.split('|').filter(Boolean) });
  });
  return lines;
}

/** A name as the geocoder keys it: no case, accents, spaces, punctuation or leading "the" ("Le Réveil FM" = "Lereveilfm"). */
const key = (name: string): string =>
  name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');

const outlets = readLines();

/** International and pan-regional outlets: where they publish from says nothing of where a story is. */
const INTERNATIONAL = ['Reuters', 'AFP', 'Agence France-Presse', 'Associated Press', 'AP', 'BBC', 'BBC News',
  'BBC World Service', 'Al Jazeera', 'Al Jazeera English', 'Xinhua', 'Anadolu', 'Anadolu Agency', 'RFI',
  'Radio France Internationale', 'VOA', 'Voice of America', 'Deutsche Welle', 'DW', 'Africanews', 'Jeune Afrique',
  'The Defense Post', 'France 24', 'CNN', 'Bloomberg', 'Sky News', 'Radio Free Asia', 'Radio Free Europe',
  'RT', 'Sputnik', 'TRT World', 'Press TV', 'Al Arabiya', 'Asharq Al-Awsat', 'Al Mayadeen', 'Middle East Eye',
  'The New Arab', 'EFE', 'ANSA', 'dpa', 'Kyodo', 'The New Humanitarian', 'allAfrica', 'The EastAfrican',
  'ReliefWeb', 'APA News', 'Infobae', 'Prensa Latina', 'The New York Times', 'The Guardian', 'Euronews'];
const INTERNATIONAL_DOMAINS = ['reuters.com', 'afp.com', 'apnews.com', 'bbc.com', 'bbc.co.uk', 'aljazeera.com',
  'aljazeera.net', 'xinhuanet.com', 'news.cn', 'aa.com.tr', 'rfi.fr', 'voanews.com', 'dw.com', 'africanews.com',
  'jeuneafrique.com', 'thedefensepost.com', 'france24.com', 'cnn.com', 'alarabiya.net', 'aawsat.com', 'rt.com',
  'trtworld.com', 'presstv.ir', 'allafrica.com', 'theeastafrican.co.ke', 'infobae.com'];

/** Names several countries' outlets bear: only with their country ("The Star Kenya"), never bare. */
const SHARED_NAMES = ['The Nation', 'The Star', 'Daily News', 'The Guardian', 'The Sun', 'The Standard', 'The Citizen',
  'The Herald', 'The Observer', 'The Independent', 'The Tribune', 'The Times', 'The Post', 'The Chronicle',
  'The Daily Star', 'Daily Mirror', 'Daily Times', 'Sunday Times', 'The Telegraph', 'The Reporter', 'The Monitor',
  'New Era', 'La Nation', 'La Prensa', 'La Nación', 'El País', 'El Universal', 'El Tiempo', 'El Heraldo',
  'El Comercio', 'Le Soleil', 'Le Matin', 'Le Pays', 'Al-Watan', 'Al Wasat', 'Al-Ayyam', 'Al-Akhbar', 'Al Rai',
  'NTV', 'Capital FM', 'Business Day', 'Daily Post', 'Pulse', 'O País', 'Notícias', 'Tempo', 'Sabah', 'APS', 'ABP'];

describe('data/gazetteer/outlets.tsv', () => {
  it('lists outlets, each line four columns with a name', () => {
    assert.ok(outlets.length >= 300, `only ${outlets.length} outlets`);
    for (const o of outlets) {
      assert.equal(o.columns.length, 4, `line ${o.at}: ${o.columns.length} columns`);
      assert.ok(o.columns[0]?.trim(), `line ${o.at}: no name`);
      for (const c of o.columns) assert.equal(c, c.trim(), `line ${o.at}: spaces around "${c}"`);
      // ACLED's sources separate outlets with ";" ("Reuters; Radio Okapi"): a name cannot hold one.
      for (const n of o.names) assert.ok(!n.includes(';'), `line ${o.at}: "${n}" holds a ";"`);
    }
  });

  it('gives every outlet a known ISO 3166-1 alpha-2 country', () => {
    for (const o of outlets) assert.ok(ISO2.has(o.country), `line ${o.at}: unknown country "${o.country}"`);
  });

  it('names no outlet twice, case, accents, spaces and "the" set aside', () => {
    const seen = new Map<string, number>();
    for (const o of outlets) {
      for (const k of new Set(o.names.map(key))) {
        // A one-letter key ("N+" keyed "n") would catch any source of that letter.
        assert.ok(k.length >= 2, `line ${o.at}: "${k}" is too short a key`);
        assert.ok(!seen.has(k), `line ${o.at}: "${k}" is already on line ${seen.get(k)}`);
        seen.set(k, o.at);
      }
    }
  });

  it('gives domains as host names without "www.", each on one line only', () => {
    const seen = new Map<string, number>();
    for (const o of outlets) {
      for (const d of o.domains) {
        assert.match(d, /^(?!www\.)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/, `line ${o.at}: "${d}"`);
        assert.ok(!seen.has(d), `line ${o.at}: domain ${d} is already on line ${seen.get(d)}`);
        seen.set(d, o.at);
      }
    }
  });

  it('leaves out international wires and broadcasters, by name and by domain', () => {
    const names = new Set(outlets.flatMap((o) => o.names.map(key)));
    const domains = new Set(outlets.flatMap((o) => o.domains));
    for (const n of INTERNATIONAL) assert.ok(!names.has(key(n)), `${n} is international`);
    for (const d of INTERNATIONAL_DOMAINS) assert.ok(!domains.has(d), `${d} is international`);
  });

  it('lists a name several countries\' outlets share only with its country', () => {
    const names = new Set(outlets.flatMap((o) => o.names.map(key)));
    for (const n of SHARED_NAMES) assert.ok(!names.has(key(n)), `"${n}" alone names outlets of several countries`);
  });

  it('covers every country of the conflict regions with two outlets or more', () => {
    const perCountry = new Map<string, number>();
    for (const o of outlets) perCountry.set(o.country, (perCountry.get(o.country) ?? 0) + 1);
    const regions = ['NG', 'CD', 'SO', 'SS', 'SD', 'ET', 'KE', 'UG', 'ML', 'BF', 'NE', 'CM', 'TD', 'CF', 'MZ', 'LY',
      'EG', 'TN', 'DZ', 'MA', 'ZA', 'ZW', 'ZM', 'MW', 'BI', 'RW', 'TZ', 'GH', 'CI', 'GN', 'SN', 'SL', 'LR', 'TG', 'BJ',
      'MG', 'MR', 'ER', 'DJ', 'GA', 'CG', 'AO', 'NA', 'BW', 'LS', 'SZ', 'GM', 'GW', 'IQ', 'SY', 'YE', 'LB', 'IL', 'PS',
      'JO', 'IR', 'TR', 'AF', 'PK', 'IN', 'BD', 'LK', 'NP', 'MM', 'PH', 'TH', 'ID', 'UA', 'RU', 'MX', 'CO', 'BR', 'VE', 'PE'];
    const thin = regions.filter((c) => (perCountry.get(c) ?? 0) < 2);
    assert.deepEqual(thin, [], `countries with fewer than two outlets: ${thin.join(', ')}`);
  });
});
