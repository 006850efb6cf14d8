// Synthetic coded events for the API benchmark: five years of dates, ACLED's types in rough real
// proportions, and places clustered around a few hundred towns worldwide. Deterministic for a seed.
import { EVENT_TYPES, type ConflictEvent, type EventType } from '../src/model/event.js';

export const FIRST_DAY = Date.UTC(2020, 0, 1);
export const DAYS = 5 * 365;

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const TYPE_SHARE: [EventType, number][] = [['Battles', 0.3], ['Explosions/Remote violence', 0.25],
  ['Violence against civilians', 0.2], ['Protests', 0.15], ['Riots', 0.05], ['Strategic developments', 0.05]];
const COUNTRIES = ['Mali', 'Nigeria', 'Somalia', 'Syria', 'Ukraine', 'Myanmar', 'Yemen', 'Sudan', 'Colombia', 'Mexico',
  'Afghanistan', 'Iraq', 'Burkina Faso', 'Democratic Republic of Congo', 'Pakistan', 'India', 'Brazil', 'Philippines'];
const ACTORS = ['Military Forces', 'Police Forces', 'Unidentified Armed Group', 'Protesters', 'Civilians', 'Rioters'];

export interface Town { name: string; country: string; admin1: string; lat: number; lon: number }

/** A few hundred towns, spread over inhabited latitudes, each in one of the countries above. */
export function towns(seed = 7): Town[] {
  const r = rng(seed);
  return Array.from({ length: 400 }, (_, i) => ({
    name: `Town${i}`, country: COUNTRIES[i % COUNTRIES.length]!, admin1: `Region${i % 60}`,
    lat: Math.round((-35 + r() * 95) * 1e4) / 1e4, lon: Math.round((-120 + r() * 270) * 1e4) / 1e4,
  }));
}

const isoDay = (day: number) => new Date(FIRST_DAY + day * 86_400_000).toISOString().slice(0, 10);

function pickType(x: number): EventType {
  for (const [type, share] of TYPE_SHARE) if ((x -= share) < 0) return type;
  return 'Battles';
}

/** The i-th event: about 1.4 KB of JSON with evidence and one source, like an extracted one. */
export function generateEvent(i: number, r: () => number, places: Town[]): ConflictEvent {
  const type = pickType(r());
  const subTypes = EVENT_TYPES[type];
  const town = places[Math.floor(r() * places.length)]!;
  const day = Math.floor(r() * DAYS);
  const span = r() < 0.8 ? 0 : r() < 0.75 ? 6 : 29;
  const [from, to] = [isoDay(Math.max(0, day - span)), isoDay(day)];
  const deaths = r() < 0.4 ? null : Math.floor(r() ** 3 * 60);
  const actor1 = `${ACTORS[Math.floor(r() * ACTORS.length)]} (${town.country})`;
  const article = `art_${(i >> 3).toString(16).padStart(16, '0')}`;
  const evidence = [
    { field: 'event_type', start: 40, end: 48, text: 'attacked' }, { field: 'actor1', start: 0, end: 7, text: 'Gunmen' },
    { field: 'location', start: 60, end: 60 + town.name.length, text: town.name },
    { field: 'event_date', start: 80, end: 91, text: 'on Thursday' },
    { field: 'fatalities', start: 93, end: 114, text: 'killing seven people' },
    { field: 'attribution', start: 116, end: 130, text: 'residents said' },
  ];
  return {
    event_id: `ev_${i.toString(16).padStart(16, '0')}`, article_id: article, source: 'Bench Wire',
    url: `https://news.example.org/${i}`, event_date: to, date_precision: span === 0 ? 'day' : span === 6 ? 'week' : 'month',
    time_precision: span === 0 ? 1 : span === 6 ? 2 : 3, date_range: [from, to], event_type: type,
    sub_event_type: subTypes[Math.floor(r() * subTypes.length)]!, actor1, assoc_actor_1: null, inter1: 3,
    actor2: `Civilians (${town.country})`, assoc_actor_2: null, inter2: 7, interaction: 37, country: town.country, iso: null,
    admin1: town.admin1, admin2: null, location: town.name, latitude: Math.round((town.lat + (r() - 0.5)) * 1e4) / 1e4,
    longitude: Math.round((town.lon + (r() - 0.5)) * 1e4) / 1e4, geo_precision: 1, fatalities: deaths,
    fatalities_low: deaths, fatalities_high: deaths, injuries: null, claim: r() < 0.85 ? 'reported' : 'alleged',
    attribution: 'residents', confidence: Math.round(r() * 100) / 100, evidence,
    notes: `On ${to}, ${actor1} attacked a village near ${town.name} (${town.admin1}), killing ${deaths ?? 'an unknown number of'} people, according to residents.`,
    sources: [{ article_id: article, source: 'Bench Wire', url: `https://news.example.org/${i}`, published: to, fatalities: deaths, evidence }],
  };
}
