/**
 * The CSV export of events (docs/event-format.md, "CSV export"): ACLED's own columns in ACLED's
 * export order where sitrep has them, then sitrep's own columns.
 */
import type { ConflictEvent } from './event.js';

export const ACLED_CSV_COLUMNS = [
  // ACLED's columns, in ACLED's order (`event_id` stands in for ACLED's `event_id_cnty`).
  'event_id', 'event_date', 'year', 'time_precision', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction',
  'iso', 'country', 'admin1', 'admin2', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'notes', 'fatalities',
  // sitrep's own.
  'date_precision', 'date_range', 'fatalities_low', 'fatalities_high', 'injuries', 'claim',
  'attribution', 'confidence', 'article_id', 'url',
] as const;

export type AcledColumn = (typeof ACLED_CSV_COLUMNS)[number];

const cell = (value: string | number | null): string => (value === null ? '' : String(value));

/**
 * One event as a CSV row, keyed by column. Nulls become empty cells, numbers plain strings, `year`
 * comes from `event_date`, `date_range` is "from/to", and `source` lists every distinct source of
 * the event separated by "; " (as ACLED's `source` column does), falling back to the event's own.
 */
export function eventToAcledRow(e: ConflictEvent): Record<AcledColumn, string> {
  const sources = [...new Set(e.sources.map((s) => s.source).filter((s): s is string => s !== null))];
  return {
    event_id: e.event_id,
    event_date: cell(e.event_date),
    year: e.event_date === null ? '' : e.event_date.slice(0, 4),
    time_precision: cell(e.time_precision),
    event_type: e.event_type,
    sub_event_type: e.sub_event_type,
    actor1: cell(e.actor1),
    assoc_actor_1: cell(e.assoc_actor_1),
    inter1: cell(e.inter1),
    actor2: cell(e.actor2),
    assoc_actor_2: cell(e.assoc_actor_2),
    inter2: cell(e.inter2),
    interaction: cell(e.interaction),
    iso: cell(e.iso),
    country: cell(e.country),
    admin1: cell(e.admin1),
    admin2: cell(e.admin2),
    location: cell(e.location),
    latitude: cell(e.latitude),
    longitude: cell(e.longitude),
    geo_precision: cell(e.geo_precision),
    source: sources.length > 0 ? sources.join('; ') : cell(e.source),
    notes: e.notes,
    fatalities: cell(e.fatalities),
    date_precision: e.date_precision,
    date_range: e.date_range === null ? '' : `${e.date_range[0]}/${e.date_range[1]}`,
    fatalities_low: cell(e.fatalities_low),
    fatalities_high: cell(e.fatalities_high),
    injuries: cell(e.injuries),
    claim: e.claim,
    attribution: cell(e.attribution),
    confidence: cell(e.confidence),
    article_id: e.article_id,
    url: cell(e.url),
  };
}

/** One CSV record per RFC 4180, without the line break (join records with "\r\n"). */
export function toCsvLine(values: readonly string[]): string {
  return values.map((v) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)).join(',');
}
