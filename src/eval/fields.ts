/** The per-field rules: does a prediction agree with a gold event, and how each side is shown. */
import type { ConflictEvent } from '../model/event.js';
import { loadActorRegistry } from '../extract/ActorRegistry.js';
import { countryByName } from '../extract/countries.js';
import { dateAgrees } from './dates.js';
import { FIELDS, type Field, type GoldEvent } from './types.js';

/** ACLED's regime years, and the unit or faction that may follow: "(2014-) Haftar Faction". */
const REGIME = /^(.*?)\s*\(\d{4}-(?:\d{4})?\)\s*(.*)$/;

const keys = new Map<string, string>();

/**
 * An actor's comparable key: canonical via the registry so aliases agree, else as written with
 * case and spacing ignored. ACLED's regime years are dropped (they date a government, and the
 * date field scores time), but a unit or faction after them is kept: rival factions of one
 * country's forces are different actors.
 */
export function actorKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    const plain = name.trim().replace(/\s+/g, ' ');
    const [, base = plain, unit = ''] = REGIME.exec(plain) ?? [];
    key = (loadActorRegistry().byName(base)?.name ?? base).toLowerCase() + (unit ? ` | ${unit.toLowerCase()}` : '');
    keys.set(name, key); // the matcher compares the same few names many times
  }
  return key;
}

/** ACLED's generic actors, named per country: "Civilians (Iraq)", "Unidentified Armed Group (Iraq)". */
const GENERIC = /^(civilians|unidentified armed group|protesters|rioters) \(.+\)$/;

/**
 * A gold generic actor written without its country ("Civilians", "Unidentified armed group")
 * accepts that actor of any country: the gold leaves the country to the country field.
 * null only matches null.
 */
export function actorAgrees(gold: string | null, pred: string | null): boolean {
  if (gold === null || pred === null) return gold === pred;
  const g = actorKey(gold), p = actorKey(pred);
  return g === p || GENERIC.exec(p)?.[1] === g;
}

function countryKey(name: string): string {
  return (countryByName(name)?.name ?? name.trim()).toLowerCase();
}

export function countryAgrees(gold: string | null, pred: string | null): boolean {
  if (gold === null || pred === null) return gold === pred;
  return countryKey(gold) === countryKey(pred);
}

/** Great-circle distance on a 6371 km sphere. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** With gold coordinates the predicted point must lie within tolerance; without, the country decides. */
export function locationAgrees(gold: GoldEvent, pred: ConflictEvent): boolean {
  if (gold.latitude === null || gold.longitude === null) return countryAgrees(gold.country, pred.country);
  if (pred.latitude === null || pred.longitude === null) return false;
  return distanceKm(gold.latitude, gold.longitude, pred.latitude, pred.longitude) <= gold.tolerance_km;
}

/**
 * Gold JSONL: every bound the gold states equals the predicted one, and "no count" (null) must be
 * predicted as null. ACLED: one number, where ACLED writes 0 for both "none" and "unknown".
 */
export function fatalitiesAgree(gold: GoldEvent, pred: ConflictEvent): boolean {
  const g = gold.fatalities;
  if (gold.fatality_rule === 'acled') return (pred.fatalities ?? 0) === (g?.best ?? 0);
  if (g === null) return pred.fatalities === null;
  return (g.low === null || g.low === pred.fatalities_low) &&
    (g.best === null || g.best === pred.fatalities) &&
    (g.high === null || g.high === pred.fatalities_high);
}

export function fieldAgrees(field: Field, gold: GoldEvent, pred: ConflictEvent): boolean {
  switch (field) {
    case 'event_type': return gold.event_types.includes(pred.event_type);
    case 'sub_event_type': return gold.sub_event_types.includes(pred.sub_event_type);
    case 'actor1': return actorAgrees(gold.actor1, pred.actor1);
    case 'actor2': return actorAgrees(gold.actor2, pred.actor2);
    case 'country': return countryAgrees(gold.country, pred.country);
    case 'location': return locationAgrees(gold, pred);
    case 'date': return dateAgrees(gold.date, pred, gold.date_rule);
    case 'fatalities': return fatalitiesAgree(gold, pred);
  }
}

/** How many fields agree: the matcher's tie-breaker between candidates. */
export function agreement(gold: GoldEvent, pred: ConflictEvent): number {
  return FIELDS.filter((f) => fieldAgrees(f, gold, pred)).length;
}
