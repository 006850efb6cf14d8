/**
 * Every country and territory, named the way ACLED names them, with the surface forms a news
 * sentence uses for it (names, demonyms). Built once from the `world-countries` package.
 */
import { createRequire } from 'node:module';
import type { Country as WorldCountry } from 'world-countries';

export interface Country {
  /** ACLED's spelling ("Democratic Republic of Congo", "Turkey"), else the common English name. */
  name: string;
  /** ISO 3166 numeric code; 0 for Kosovo, which has none (ACLED uses 0 too). */
  iso: number;
  cca2: string;
  cca3: string;
  lat: number;
  lon: number;
  /** Every name the country goes by, ACLED's first. */
  names: string[];
  demonyms: string[];
}

// The package is CommonJS with a JSON body; require keeps its typing simple under NodeNext.
const WORLD = createRequire(import.meta.url)('world-countries') as WorldCountry[];

/** Where ACLED's country name differs from the package's common name. */
const ACLED_NAME: Record<string, string> = {
  CD: 'Democratic Republic of Congo', CG: 'Republic of Congo', CZ: 'Czech Republic', SZ: 'eSwatini',
  TR: 'Turkey', TL: 'East Timor', ST: 'Sao Tome and Principe', BL: 'Saint-Barthelemy', CW: 'Curacao',
  RE: 'Reunion', AX: 'Aland Islands', CI: 'Ivory Coast', GS: 'South Georgia and the South Sandwich Islands',
};

/** Names news uses that the package lacks (its short altSpellings are codes like "NE", left out). */
const EXTRA_NAMES: Record<string, string[]> = {
  CD: ['DRC', 'DR Congo', 'Democratic Republic of the Congo', 'Congo-Kinshasa', 'Congo', 'Zaire'],
  CG: ['Republic of the Congo', 'Congo-Brazzaville', 'Congo Republic'],
  CF: ['CAR'], CI: ["Cote d'Ivoire"], MM: ['Burma'], TR: ['Turkiye'], CZ: ['Czechia'], SZ: ['Swaziland', 'Eswatini'],
  MK: ['Macedonia'], TL: ['Timor-Leste'], CV: ['Cabo Verde'], US: ['US', 'USA', 'America', 'United States of America'],
  GB: ['UK', 'Britain', 'Great Britain'], AE: ['UAE', 'Emirates'], SY: ['Syrian Arab Republic'],
  RU: ['Russian Federation'], KR: ['Republic of Korea'], KP: ['DPRK'], BF: ['Burkina'], PS: ['Palestinian Territories'],
  VN: ['Viet Nam'], LA: ['Lao PDR'], GM: ['The Gambia'],
};

/** Demonyms the package spells differently or lacks. "Kurdish", "Arab", "Fulani" are peoples, not countries. */
const EXTRA_DEMONYMS: Record<string, string[]> = {
  BF: ['Burkinabé', 'Burkinabè'], SO: ['Somalian'], MM: ['Myanmar'], US: ['US'], GB: ['UK'], AE: ['UAE'],
  SA: ['Saudi'], AF: ['Afghani'], YE: ['Yemenite'], KG: ['Kyrgyz'], TJ: ['Tajik'], UZ: ['Uzbek'], KZ: ['Kazakh'],
  AZ: ['Azeri'], PH: ['Philippine'], LA: ['Lao'], EC: ['Ecuadorian'], SV: ['Salvadorean'], AR: ['Argentinian'],
  CV: ['Cape Verdean'], KM: ['Comorian'], MV: ['Maldivian'], DJ: ['Djiboutian'], GW: ['Bissau-Guinean'],
  NP: ['Nepali'], BW: ['Batswana'], LS: ['Basotho'], XK: ['Kosovan'], TL: ['Timorese'], BY: ['Belarussian'],
  SR: ['Surinamese'], CD: ['DRC'], CF: ['Centrafrican'], TR: ['Turk'], PS: ['Gazan'],
};

/** Demonyms shared by several entries: the sovereign state news means by default. */
const DEMONYM_OWNER: Record<string, string> = {
  congolese: 'CD', dominican: 'DO', american: 'US', indian: 'IN', french: 'FR', dutch: 'NL',
  norwegian: 'NO', british: 'GB', 'channel islander': 'JE', 'virgin islander': 'VI',
};

/** Lower case, no accents, one kind of apostrophe, hyphens as spaces, no leading "the". */
export function normalizeName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").toLowerCase()
    .replace(/[-\s]+/g, ' ').trim().replace(/^the /, '');
}

function build(w: WorldCountry): Country {
  const name = ACLED_NAME[w.cca2] ?? w.name.common;
  const long = w.altSpellings.filter((s) => s.length > 3);
  const names = unique([name, w.name.common, w.name.official, ...long, ...(EXTRA_NAMES[w.cca2] ?? [])]);
  const eng = w.demonyms['eng'];
  const given = eng ? [eng.m, eng.f].flatMap((d) => d.split(/,| or /)).map((d) => d.trim()) : [];
  const demonyms = unique([...given, ...(EXTRA_DEMONYMS[w.cca2] ?? [])].filter(Boolean));
  return {
    name, iso: Number(w.ccn3) || 0, cca2: w.cca2, cca3: w.cca3,
    lat: w.latlng[0], lon: w.latlng[1], names, demonyms,
  };
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

export const COUNTRIES: readonly Country[] = WORLD.map(build);

const byCca2 = new Map(COUNTRIES.map((c) => [c.cca2, c]));
const byIso = new Map(COUNTRIES.filter((c) => c.iso > 0).map((c) => [c.iso, c]));

/** Sovereign states win a clash ("Indian" is India, not the British Indian Ocean Territory). */
function index(pick: (c: Country) => string[], owners: Record<string, string>): Map<string, Country> {
  const map = new Map<string, Country>();
  const sovereign = new Set(WORLD.filter((w) => w.independent).map((w) => w.cca2));
  for (const c of COUNTRIES) {
    for (const form of pick(c)) {
      const key = normalizeName(form);
      const had = map.get(key);
      if (!had || (!sovereign.has(had.cca2) && sovereign.has(c.cca2))) map.set(key, c);
    }
  }
  for (const [key, cca2] of Object.entries(owners)) {
    const c = byCca2.get(cca2);
    if (c) map.set(key, c);
  }
  return map;
}

// The two Congos share short names; news means Kinshasa by default, like ACLED's coverage does.
const nameIndex = index((c) => c.names, { congo: 'CD', 'republic of congo': 'CG', 'republic of the congo': 'CG' });
const demonymIndex = index((c) => c.demonyms, DEMONYM_OWNER);

// The names the pipeline passes most (each country's own, as the article's countries carry them),
// looked up as written: normalising a name costs more than the look-up.
const byOwnName = new Map(COUNTRIES.map((c) => [c.name, nameIndex.get(normalizeName(c.name)) ?? null]));

/** A country by any of its names, case- and accent-insensitive ("Burma", "DR Congo", "the Gambia"). */
export function countryByName(text: string): Country | null {
  const own = byOwnName.get(text);
  return own !== undefined ? own : nameIndex.get(normalizeName(text)) ?? null;
}

/** A country by its people's adjective ("Nigerien" → Niger, "Nigerian" → Nigeria, "Congolese" → DRC). */
export function countryByDemonym(word: string): Country | null {
  return demonymIndex.get(normalizeName(word)) ?? null;
}

/** A country by its ISO 3166-1 alpha-2 code ("TN"), any case. */
export function countryByCode(cca2: string): Country | null {
  return byCca2.get(cca2.toUpperCase()) ?? null;
}

export function countryByIso(n: number): Country | null {
  if (n === 0) return byCca2.get('XK') ?? null;
  return byIso.get(n) ?? null;
}

/** Every (surface form, country) pair a sentence can use to say whose forces or people: names and demonyms. */
export function countryForms(): Array<[form: string, country: Country]> {
  return [...nameIndex.entries(), ...demonymIndex.entries()].map(([key, c]) => [formOf(key, c), c]);
}

// The index keys are normalised; hand back the original spelling so callers can apply case rules.
function formOf(key: string, c: Country): string {
  return [...c.names, ...c.demonyms].find((f) => normalizeName(f) === key) ?? key;
}
