// The uncertainty of an event in plain words, for people who do not read ACLED's precision codes.
import type { ConflictEvent } from '../src/model/event.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

type Fields = Pick<ConflictEvent, 'event_date' | 'date_precision' | 'date_range' | 'location' | 'geo_precision'
  | 'latitude' | 'fatalities' | 'fatalities_low' | 'fatalities_high' | 'claim' | 'attribution' | 'confidence' | 'sources'>;

export function dateWords(e: Fields): string {
  const [from, to] = e.date_range ?? ['', ''];
  switch (e.date_precision) {
    case 'day': return `date known to the day: ${e.event_date}`;
    case 'week': return `date known to the week: between ${from} and ${to}`;
    case 'month': {
      const [year, month] = (e.event_date ?? '').split('-');
      return `date known to the month: ${MONTHS[Number(month) - 1] ?? '?'} ${year}`;
    }
    case 'year': return `date known to the year: ${e.event_date}`;
    default: return 'date unknown';
  }
}

export function placeWords(e: Fields): string {
  const place = e.location ?? 'the place';
  const where = e.geo_precision === 1 ? `place: ${place} itself (precision 1)`
    : e.geo_precision === 2 ? `place: near ${place} (precision 2)`
      : e.geo_precision === 3 ? `place: only the region or country is known (precision 3)`
        : 'place unknown';
  return e.latitude === null ? `${where}; not on the map (no coordinates)` : where;
}

const CLAIMS: Record<ConflictEvent['claim'], string> = {
  reported: 'reported as fact by the source',
  claimed: 'claimed by the perpetrator',
  alleged: 'alleged: blamed by others, not confirmed',
  denied: 'denied by the accused party',
};

export function claimWords(e: Fields): string {
  const words = CLAIMS[e.claim] ?? e.claim;
  return e.attribution ? `${words}, according to ${e.attribution}` : words;
}

export function fatalityWords(e: Fields): string {
  const { fatalities: best, fatalities_low: low, fatalities_high: high } = e;
  if (best === null && low === null && high === null) return 'fatalities not stated';
  const bestWords = best === null ? 'no best estimate' : `best ${best}`;
  if (low !== null && high !== null && low !== high) return `fatalities between ${low} and ${high}, ${bestWords}`;
  if (low !== null && high === null && low !== best) return `at least ${low} killed, ${bestWords}`;
  if (low !== null && high === null) return `at least ${low} killed (no upper bound), ${bestWords}`;
  if (high !== null && low === null) return `at most ${high} killed, ${bestWords}`;
  return `fatalities: ${best ?? low}`;
}

export function confidenceWords(e: Fields): string {
  const level = e.confidence >= 0.8 ? 'high' : e.confidence >= 0.5 ? 'medium' : 'low';
  return `confidence ${level} (${Math.round(e.confidence * 100)}%)`;
}

export function sourceWords(e: Fields): string {
  const n = e.sources.length;
  return n === 1 ? 'reported by 1 source' : `reported by ${n} sources`;
}

/** One line a dimension: when, where, who says so, how many, how sure, how many sources. */
export function uncertaintyLines(e: Fields): string[] {
  return [dateWords(e), placeWords(e), claimWords(e), fatalityWords(e), confidenceWords(e), sourceWords(e)];
}
