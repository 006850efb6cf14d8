// The filters of /api/events and /api/stats, named as ACLED's API names them, and their translation
// into the store's EventQuery. The JSON schema checks shapes; `toEventQuery` checks meaning (real
// dates, a box on the globe) and throws a BadParameter naming the parameter.
import { EVENT_TYPES, type Claim, type EventType, type SubEventType } from '../model/event.js';
import type { EventQuery } from '../store/Store.js';

export const MAX_LIMIT = 5000;
export const DEFAULT_LIMIT = 500;
export const FORMATS = ['json', 'csv', 'geojson'] as const;
export type Format = (typeof FORMATS)[number];

const SUB_EVENT_TYPES = [...new Set(Object.values(EVENT_TYPES).flat())];
const CLAIMS: Claim[] = ['reported', 'claimed', 'alleged', 'denied'];
const text = (description: string) => ({ type: 'string', minLength: 1, maxLength: 200, description });

/** Filters shared by /api/events and /api/stats. */
export const filterProperties = {
  event_date: { type: 'string', maxLength: 30,
    description: 'A day (YYYY-MM-DD) or a range FROM|TO; an event matches when its date range meets it.' },
  event_date_where: { type: 'string', enum: ['BETWEEN', '=', '>=', '<='],
    description: 'How event_date applies: BETWEEN (the default for a range), = (the default for a day), >= or <=.' },
  event_type: { type: 'string', enum: Object.keys(EVENT_TYPES), description: "ACLED's event type." },
  sub_event_type: { type: 'string', enum: SUB_EVENT_TYPES, description: "ACLED's sub-event type." },
  actor1: text('actor1 or actor2 contains this text (case-insensitive), as ACLED\'s actor1 parameter is used.'),
  actor: text('The same as actor1.'),
  country: text('Country name, case-insensitive.'),
  admin1: text('First-level division, case-insensitive.'),
  fatalities: { type: 'integer', minimum: 0, description: 'A fatality count, compared as fatalities_where says.' },
  fatalities_where: { type: 'string', enum: ['>=', '=', '<=', '>', '<'], description: 'How fatalities compares (default >=).' },
  claim: { type: 'string', enum: CLAIMS, description: 'Claim status.' },
  bbox: { type: 'string', maxLength: 100,
    description: 'minLon,minLat,maxLon,maxLat in WGS 84 degrees; minLon > maxLon crosses the antimeridian.' },
  q: text('Full text over notes, actors and place names: every word must occur; word* matches a prefix.'),
} as const;

export const eventsQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...filterProperties,
    limit: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT, description: 'Events a page.' },
    page: { type: 'integer', minimum: 1, default: 1, description: 'Page number, from 1.' },
    format: { type: 'string', enum: FORMATS, description: 'json (default), csv (ACLED columns) or geojson; or use Accept.' },
  },
} as const;

export const statsQuerySchema = { type: 'object', additionalProperties: false, properties: filterProperties } as const;

/** A query parameter with a value that cannot be used; the API answers 400 with this message. */
export class BadParameter extends Error {
  constructor(readonly parameter: string, reason: string) {
    super(`bad parameter ${parameter}: ${reason}`);
  }
}

export interface FilterParams {
  event_date?: string;
  event_date_where?: 'BETWEEN' | '=' | '>=' | '<=';
  event_type?: EventType;
  sub_event_type?: SubEventType;
  actor1?: string;
  actor?: string;
  country?: string;
  admin1?: string;
  fatalities?: number;
  fatalities_where?: '>=' | '=' | '<=' | '>' | '<';
  claim?: Claim;
  bbox?: string;
  q?: string;
}

export interface EventsParams extends FilterParams {
  limit: number;
  page: number;
  format?: Format;
}

function checkDay(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new BadParameter('event_date', `"${value}" is not YYYY-MM-DD (a range is FROM|TO)`);
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new BadParameter('event_date', `"${value}" is not a calendar day`);
  }
  return value;
}

function dateFilter(p: FilterParams): Pick<EventQuery, 'from' | 'to'> {
  if (!p.event_date) {
    if (p.event_date_where) throw new BadParameter('event_date_where', 'needs event_date');
    return {};
  }
  const parts = p.event_date.split('|');
  if (parts.length > 2) throw new BadParameter('event_date', `"${p.event_date}" has more than two days`);
  const [first, second] = parts.map(checkDay) as [string, string | undefined];
  const where = p.event_date_where ?? (second ? 'BETWEEN' : '=');
  if ((where === 'BETWEEN') !== (second !== undefined)) {
    throw new BadParameter('event_date', where === 'BETWEEN' ? 'BETWEEN needs FROM|TO' : `${where} takes one day, not a range`);
  }
  if (second !== undefined && first > second) throw new BadParameter('event_date', `${first} is after ${second}`);
  if (where === 'BETWEEN') return { from: first, to: second };
  if (where === '>=') return { from: first };
  if (where === '<=') return { to: first };
  return { from: first, to: first };
}

function fatalityFilter(p: FilterParams): Pick<EventQuery, 'minFatalities' | 'maxFatalities'> {
  const n = p.fatalities;
  if (n === undefined) {
    if (p.fatalities_where) throw new BadParameter('fatalities_where', 'needs fatalities');
    return {};
  }
  switch (p.fatalities_where ?? '>=') {
    case '=': return { minFatalities: n, maxFatalities: n };
    case '<=': return { maxFatalities: n };
    case '<': return { maxFatalities: n - 1 };
    case '>': return { minFatalities: n + 1 };
    default: return { minFatalities: n };
  }
}

export function parseBbox(value: string): [number, number, number, number] {
  const box = value.split(',').map((s) => (s.trim() === '' ? NaN : Number(s)));
  if (box.length !== 4 || box.some((n) => !Number.isFinite(n))) throw new BadParameter('bbox', `"${value}" is not four numbers minLon,minLat,maxLon,maxLat`);
  const [minLon, minLat, maxLon, maxLat] = box as [number, number, number, number];
  if ([minLon, maxLon].some((x) => x < -180 || x > 180)) throw new BadParameter('bbox', 'longitudes must be within -180..180');
  if ([minLat, maxLat].some((y) => y < -90 || y > 90)) throw new BadParameter('bbox', 'latitudes must be within -90..90');
  if (minLat > maxLat) throw new BadParameter('bbox', `minLat ${minLat} is above maxLat ${maxLat}`);
  return [minLon, minLat, maxLon, maxLat];
}

/** The store query for validated parameters (without paging). */
export function toEventQuery(p: FilterParams): EventQuery {
  if (p.actor1 && p.actor && p.actor1 !== p.actor) throw new BadParameter('actor', 'give actor1 or actor, not both');
  if (p.event_type && p.sub_event_type && !(EVENT_TYPES[p.event_type] as readonly string[]).includes(p.sub_event_type)) {
    throw new BadParameter('sub_event_type', `"${p.sub_event_type}" is not a sub-event type of ${p.event_type}`);
  }
  return {
    ...dateFilter(p), ...fatalityFilter(p), eventType: p.event_type, subEventType: p.sub_event_type,
    actor: p.actor1 ?? p.actor, country: p.country, admin1: p.admin1, claim: p.claim,
    bbox: p.bbox === undefined ? undefined : parseBbox(p.bbox), text: p.q,
  };
}

const ACCEPTED: [string, Format][] = [['text/csv', 'csv'], ['application/geo+json', 'geojson'], ['application/json', 'json']];

/** `format` wins; otherwise whichever of CSV, GeoJSON and JSON the Accept header lists first; JSON by default. */
export function pickFormat(format: Format | undefined, accept: string | undefined): Format {
  if (format) return format;
  const listed = (accept ?? '').toLowerCase();
  return ACCEPTED.map(([type, f]) => [listed.indexOf(type), f] as const)
    .filter(([at]) => at >= 0).sort((a, b) => a[0] - b[0])[0]?.[1] ?? 'json';
}
