// One event from the records (mentions) of every article that reports it. Rules in docs/merging.md
// and docs/event-format.md ("Sources and merging").
import type { ConflictEvent, EventSource } from '../model/event.js';
import { normaliseActor } from './actors.js';

const published = (m: ConflictEvent) => m.sources[0]?.published ?? null;

/** Earliest-published first, unknown dates last, ties by article id: the primary article leads. */
export function byPrimary(a: ConflictEvent, b: ConflictEvent): number {
  const pa = published(a), pb = published(b);
  if (pa !== pb) {
    if (pa === null) return 1;
    if (pb === null) return -1;
    return pa < pb ? -1 : 1;
  }
  return a.article_id < b.article_id ? -1 : a.article_id > b.article_id ? 1 : 0;
}

const rangeDays = (e: ConflictEvent) => (e.date_range ? Date.parse(e.date_range[1]) - Date.parse(e.date_range[0]) : Infinity);

function interaction(i1: number | null, i2: number | null): number | null {
  if (i1 === null || i2 === null) return null;
  return i2 === 0 ? i1 * 10 : Math.min(i1, i2) * 10 + Math.max(i1, i2);
}

const nonNull = <T>(xs: (T | null)[]): T[] => xs.filter((x): x is T => x !== null);

/** Most conservative toll (ACLED's rule), bounded by the widest range the reports allow. */
function fatalities(ms: ConflictEvent[]): Pick<ConflictEvent, 'fatalities' | 'fatalities_low' | 'fatalities_high'> {
  const counted = ms.filter((m) => m.fatalities !== null);
  if (counted.length === 0) return { fatalities: null, fatalities_low: null, fatalities_high: null };
  const lows = nonNull(counted.map((m) => m.fatalities_low));
  const highs = nonNull(counted.map((m) => m.fatalities_high));
  return {
    fatalities: Math.min(...counted.map((m) => m.fatalities!)),
    fatalities_low: lows.length === counted.length ? Math.min(...lows) : null,
    fatalities_high: highs.length === counted.length ? Math.max(...highs) : null,
  };
}

/** The fields on which the reports disagree: different tolls, dates, types, sides or places (unknowns never conflict). */
export function conflictsOf(ms: ConflictEvent[]): string[] {
  const differ = (f: (m: ConflictEvent) => unknown) => new Set(ms.map(f).filter((v) => v !== null)).size > 1;
  const day = (m: ConflictEvent) => (m.date_precision === 'day' ? m.event_date : null);
  const checks: [string, (m: ConflictEvent) => unknown][] = [
    ['event_date', day], ['event_type', (m) => m.event_type], ['sub_event_type', (m) => m.sub_event_type],
    ['actor1', (m) => normaliseActor(m.actor1)], ['actor2', (m) => normaliseActor(m.actor2)],
    ['location', (m) => (m.geo_precision === 3 ? null : m.location)], ['fatalities', (m) => m.fatalities],
  ];
  return checks.filter(([, f]) => differ(f)).map(([field]) => field);
}

/**
 * The merged event. One mention is returned as it is. Otherwise the primary article's record gives
 * the coded fields, except that the date comes from the record with the narrowest date range and
 * the place from the record with the finest geo_precision; a side the primary leaves unnamed is
 * taken from the first record that names it.
 */
export function combine(mentions: ConflictEvent[]): ConflictEvent {
  if (mentions.length === 0) throw new Error('combine: an event needs at least one mention');
  if (mentions.length === 1) return mentions[0]!;
  const ms = [...mentions].sort(byPrimary);
  const primary = ms[0]!;
  const { conflicts: _drop, ...base } = primary;
  const dated = ms.reduce((best, m) => (rangeDays(m) < rangeDays(best) ? m : best));
  const placed = ms.reduce((best, m) => ((m.geo_precision ?? 4) < (best.geo_precision ?? 4) ? m : best));
  const side1 = ms.find((m) => normaliseActor(m.actor1) !== null) ?? primary;
  const side2 = ms.find((m) => normaliseActor(m.actor2) !== null) ?? primary;
  const merged: ConflictEvent = {
    ...base,
    event_date: dated.event_date, date_precision: dated.date_precision, time_precision: dated.time_precision,
    date_range: dated.date_range,
    actor1: side1.actor1, assoc_actor_1: side1.assoc_actor_1, inter1: side1.inter1,
    actor2: side2.actor2, assoc_actor_2: side2.assoc_actor_2, inter2: side2.inter2,
    interaction: interaction(side1.inter1, side2.inter2),
    country: placed.country, iso: placed.iso, admin1: placed.admin1, admin2: placed.admin2, location: placed.location,
    latitude: placed.latitude, longitude: placed.longitude, geo_precision: placed.geo_precision,
    ...fatalities(ms),
    injuries: nonNull(ms.map((m) => m.injuries)).reduce<number | null>((a, b) => (a === null ? b : Math.min(a, b)), null),
    attribution: primary.attribution ?? ms.find((m) => m.attribution)?.attribution ?? null,
    confidence: Math.max(...ms.map((m) => m.confidence)),
    sources: ms.flatMap((m): EventSource[] => m.sources),
  };
  const conflicts = conflictsOf(ms);
  return conflicts.length ? { ...merged, conflicts } : merged;
}
