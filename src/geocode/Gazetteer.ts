/**
 * The compiled gazetteer (data/gazetteer.db, built by scripts/build-gazetteer.mjs at install time):
 * names looked up by their folded key, places as Place objects with ACLED's country names.
 * Opening it costs a few milliseconds; every lookup is one indexed query, cached.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { COUNTRIES, type Country, countryByName } from '../extract/countries.js';
import { type FoldRule, makeFold, spelling } from './fold.js';
import type { Place } from './Geocoder.js';
import { objectList } from './lists.js';

const DEFAULT_DB = fileURLToPath(new URL('../../data/gazetteer.db', import.meta.url));
const BUILD_SCRIPT = fileURLToPath(new URL('../../scripts/build-gazetteer.mjs', import.meta.url));
// Editing any of these makes the index stale; it is rebuilt on the next open.
const SOURCES = ['../../data/gazetteer/supplement.tsv', '../../data/gazetteer/fold.json', '../../scripts/build-gazetteer.mjs',
  '../../scripts/gazetteer-countrystatecity.mjs']
  .map((p) => fileURLToPath(new URL(p, import.meta.url)));

const KINDS: Place['kind'][] = ['populated place', 'site', 'admin1', 'admin2'];

interface Row { id: number; geonameid: number | null; name: string; cc: string; a1: string; a2: string | null;
  lat: number; lon: number; pop: number; kind: number; fcode: string; supp: number; alts: number; prim: number }

/** What the index knows about a candidate beyond Place: how it matched and what it is. */
export interface PlaceInfo { id: number; primary: boolean; featureCode: string; supplement: boolean;
  /** How many alternate names GeoNames lists for it (every script and language): how widely it is known. */
  alternates: number }

export class Gazetteer {
  /** Milliseconds to open the index and read what is kept in memory (fold rules, admin1 units, countries). */
  readonly loadTimeMs: number;
  readonly fold: (text: string) => string;
  private readonly db: Database.Database;
  private readonly byKey: Database.Statement<[string], Row>;
  private readonly cache = new Map<string, Place[]>();
  private readonly info = new WeakMap<Place, PlaceInfo>();
  private readonly admin1 = new Map<string, Place>();
  private readonly admin1ByName = new Map<string, Place>();
  private readonly countries = new Map<string, Country>(COUNTRIES.map((c) => [c.cca2, c]));
  private readonly countryPlaces = new Map<string, Place>();
  private readonly skeleton: (key: string) => string;
  private readonly bySkeleton: Database.Statement<[string], Row & { key: string }>;
  private readonly subregion = new Map<string, string>();
  private readonly byWord: Database.Statement<[string], { w: string }>;
  private readonly wordCache = new Map<string, boolean>();
  private readonly nearCache = new Map<string, Place[]>();
  private readonly nearByText = new Map<string, Place[]>();
  private readonly textCache = new Map<string, Place[]>();
  private readonly countryCache = new Map<string, Place | null>();
  private readonly bySpelling: Database.Statement<[string], { place: number }>;
  private readonly spellingCache = new Map<string, Set<number>>();
  private readonly byUnit2: Database.Statement<[string], Row>;
  private readonly unit2Cache = new Map<string, Place[]>();
  private readonly unit2ByKey = new Map<string, Place[]>();

  /** Milliseconds spent building the index first (0 when it was already there and fresh). */
  readonly buildTimeMs: number;

  constructor(path = process.env['SITREP_GAZETTEER'] ?? DEFAULT_DB) {
    const b0 = performance.now();
    ensureIndex(path);
    const t0 = performance.now();
    this.buildTimeMs = t0 - b0 < 1 ? 0 : t0 - b0;
    this.db = new Database(path, { readonly: true, fileMustExist: true });
    const rules = JSON.parse((this.db.prepare("SELECT value FROM meta WHERE key = 'fold'").get() as { value: string }).value) as FoldRule[];
    this.fold = makeFold(rules);
    const skel = JSON.parse((this.db.prepare("SELECT value FROM meta WHERE key = 'skeleton'").get() as { value: string }).value) as FoldRule[];
    const skelRules = skel.map(([, pattern, replacement]) => [new RegExp(pattern, 'g'), replacement] as const);
    this.skeleton = (key) => skelRules.reduce((k, [re, rep]) => k.replace(re, rep), key);
    this.bySkeleton = this.db.prepare<[string], Row & { key: string }>(
      'SELECT p.*, s.key, 0 AS prim FROM skeleton s JOIN place p ON p.id = s.place WHERE s.skel = ? LIMIT 500');
    this.byWord = this.db.prepare<[string], { w: string }>('SELECT w FROM word WHERE w = ?');
    this.bySpelling = this.db.prepare<[string], { place: number }>('SELECT place FROM spelling WHERE s = ?');
    this.byUnit2 = this.db.prepare<[string], Row>('SELECT p.*, 1 AS prim FROM unit2 u JOIN place p ON p.id = u.place WHERE u.key = ? ORDER BY p.pop DESC LIMIT 50');
    for (const r of this.db.prepare<[], { cc: string; subregion: string }>('SELECT cc, subregion FROM country').all()) {
      const c = this.countries.get(r.cc);
      if (c) this.subregion.set(c.name, r.subregion);
    }
    this.byKey = this.db.prepare<[string], Row>(
      'SELECT p.*, n.prim FROM name n JOIN place p ON p.id = n.place WHERE n.key = ? ORDER BY p.pop DESC LIMIT 200');
    const units = this.db.prepare<[], Row>('SELECT *, 1 AS prim FROM place WHERE kind = 2').all();
    for (const r of units) {
      const unit = this.toPlace(r);
      this.admin1.set(`${r.cc}.${r.a1}`, unit);
      this.admin1ByName.set(`${unit.country}|${unit.name}`, unit);
    }
    this.loadTimeMs = performance.now() - t0;
  }

  /** Every place a name may be (populated places, sites, admin1 units), most populous first. */
  lookup(text: string): Place[] {
    const known = this.textCache.get(text);
    if (known) return known;
    const found = this.lookupKey(this.fold(text));
    if (this.textCache.size > 50_000) this.textCache.clear();
    this.textCache.set(text, found);
    return found;
  }

  private lookupKey(key: string): Place[] {
    if (!key) return objectList();
    let hit = this.cache.get(key);
    if (!hit) {
      hit = places(this.byKey.all(key), (r) => (r.kind === 2 ? this.admin1.get(`${r.cc}.${r.a1}`)! : this.toPlace(r)));
      if (this.cache.size > 50_000) this.cache.clear();
      this.cache.set(key, hit);
    }
    return hit;
  }

  /**
   * Places whose name is spelt close to this one (Sejnane/Sejenane, Mahajanaga/Mahajanga): same
   * consonants, at most one or two edits apart, in the given countries only when any are given.
   */
  lookupNear(text: string, countries: string[], maxEdits = 2): Place[] {
    // The text as written first: folding costs more than that look-up. Each folded key keeps one
    // list, so every spelling of a name meets the same places.
    const asWritten = `${text}|${maxEdits}|${countries.join('|')}`;
    const known = this.nearByText.get(asWritten);
    if (known) return known;
    const key = this.fold(text);
    const cacheKey = `${key}|${maxEdits}|${countries.join('|')}`;
    const hit = this.nearCache.get(cacheKey);
    if (hit) return this.rememberNear(asWritten, hit);
    const sk = this.skeleton(key);
    let found = objectList<Place>();
    if (key.length >= 5 && sk.length >= 3) {
      const limit = Math.min(maxEdits, key.length <= 7 ? 1 : 2);
      const rows = this.bySkeleton.all(sk)
        .filter((r) => r.kind !== 2 && Math.abs(r.key.length - key.length) <= limit
          && (!countries.length || countries.includes(this.countries.get(r.cc)?.name ?? '')))
        .map((r) => ({ r, d: editDistance(key, r.key) }))
        .filter(({ d }) => d <= limit)
        .sort((a, b) => a.d - b.d || b.r.pop - a.r.pop);
      const seen = new Set<number>();
      found = places(rows.filter(({ r }) => !seen.has(r.id) && seen.add(r.id)), ({ r }) => this.toPlace(r));
    }
    if (this.nearCache.size > 20_000) this.nearCache.clear();
    this.nearCache.set(cacheKey, found);
    return this.rememberNear(asWritten, found);
  }

  private rememberNear(asWritten: string, found: Place[]): Place[] {
    if (this.nearByText.size > 20_000) this.nearByText.clear();
    this.nearByText.set(asWritten, found);
    return found;
  }

  /** Admin2 units (district, LGA, county, cercle) of this name: only for text that names one as such. */
  lookupUnit2(text: string): Place[] {
    // The text as written first, as lookup() does; each folded key keeps one list (the same places).
    let hit = this.unit2Cache.get(text);
    if (!hit) {
      const key = this.fold(text);
      hit = this.unit2ByKey.get(key);
      if (!hit) {
        hit = places(key ? this.byUnit2.all(key) : [], (r) => this.toPlace(r));
        if (this.unit2ByKey.size > 20_000) this.unit2ByKey.clear();
        this.unit2ByKey.set(key, hit);
      }
      if (this.unit2Cache.size > 20_000) this.unit2Cache.clear();
      this.unit2Cache.set(text, hit);
    }
    return hit;
  }

  /** True when the text writes the place exactly as one of its names (accents, case and punctuation aside). */
  spelledAs(text: string, place: Place): boolean {
    const id = this.info.get(place)?.id;
    if (id === undefined) return false;
    let ids = this.spellingCache.get(text);
    if (!ids) {
      ids = new Set(this.bySpelling.all(spelling(text)).map((r) => r.place));
      if (this.spellingCache.size > 50_000) this.spellingCache.clear();
      this.spellingCache.set(text, ids);
    }
    return ids.has(id);
  }

  /** The country's subregion (world-countries' names: "Western Africa", "Western Europe"). */
  subregionOf(place: Place): string {
    return this.subregion.get(place.country) ?? '';
  }

  /** True for an English dictionary word ("hope", "technical", "delta"), lower case. */
  isEnglishWord(word: string): boolean {
    const w = word.toLowerCase();
    let hit = this.wordCache.get(w);
    if (hit === undefined) {
      hit = this.byWord.get(w) !== undefined;
      if (this.wordCache.size > 50_000) this.wordCache.clear();
      this.wordCache.set(w, hit);
    }
    return hit;
  }

  /** A country as a place: its centroid, kind 'country'. */
  country(text: string): Place | null {
    let hit = this.countryCache.get(text);
    if (hit === undefined) {
      const c = countryByName(text);
      hit = c ? this.countryPlace(c) : null;
      if (this.countryCache.size > 50_000) this.countryCache.clear();
      this.countryCache.set(text, hit);
    }
    return hit;
  }

  countryPlace(c: Country): Place {
    let p = this.countryPlaces.get(c.cca2);
    if (!p) {
      p = { name: c.name, country: c.name, iso: c.iso, admin1: null, admin2: null, latitude: c.lat, longitude: c.lon,
        geonameid: null, kind: 'country', population: 0 };
      this.countryPlaces.set(c.cca2, p);
    }
    return p;
  }

  /** The admin1 unit a place lies in, as a place (its point is the mean of its towns). */
  admin1Of(place: Place): Place | null {
    if (place.kind === 'admin1') return place;
    return this.admin1ByName.get(`${place.country}|${place.admin1}`) ?? null;
  }

  infoOf(place: Place): PlaceInfo | undefined {
    return this.info.get(place);
  }

  close(): void {
    this.db.close();
  }

  private toPlace(r: Row): Place {
    const c = this.countries.get(r.cc);
    const unit = r.kind === 2 ? null : this.admin1.get(`${r.cc}.${r.a1}`);
    const place: Place = {
      name: r.name, country: c?.name ?? r.cc, iso: c?.iso ?? 0,
      admin1: r.kind === 2 ? r.name : unit?.name ?? null, admin2: r.a2,
      latitude: r.lat, longitude: r.lon, geonameid: r.geonameid, kind: KINDS[r.kind] ?? 'populated place', population: r.pop,
    };
    this.info.set(place, { id: r.id, primary: r.prim === 1, featureCode: r.fcode, supplement: r.supp === 1, alternates: r.alts });
    return place;
  }
}

/** The rows as places, in one kind of list whether any or none (see objectList). */
function places<R>(rows: R[], toPlace: (r: R) => Place): Place[] {
  const out = objectList<Place>();
  for (const r of rows) out.push(toPlace(r));
  return out;
}

/** Builds the index when it is missing or older than its sources (a fresh clone, an edited supplement). */
function ensureIndex(path: string): void {
  if (path !== DEFAULT_DB) {
    if (!existsSync(path)) throw new Error(`gazetteer index ${path} not found (SITREP_GAZETTEER)`);
    return;
  }
  const built = existsSync(path) ? statSync(path).mtimeMs : 0;
  const stale = built === 0 || SOURCES.some((s) => existsSync(s) && statSync(s).mtimeMs > built);
  if (!stale) return;
  if (!existsSync(BUILD_SCRIPT)) throw new Error(`gazetteer index ${path} is missing; run: node scripts/build-gazetteer.mjs`);
  const run = spawnSync(process.execPath, [BUILD_SCRIPT, '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0 || !existsSync(path)) throw new Error(`building the gazetteer index failed (node ${BUILD_SCRIPT})`);
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
