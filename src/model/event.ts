/** ACLED's event types and their sub-event types (the post-2019 taxonomy). */
export const EVENT_TYPES = {
  'Battles': ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': [
    'Chemical weapon', 'Air/drone strike', 'Suicide bomb', 'Shelling/artillery/missile attack',
    'Remote explosive/landmine/IED', 'Grenade',
  ],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  'Protests': ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  'Riots': ['Violent demonstration', 'Mob violence'],
  'Strategic developments': [
    'Agreement', 'Arrests', 'Change to group/activity', 'Disrupted weapons use',
    'Headquarters or base established', 'Looting/property destruction',
    'Non-violent transfer of territory', 'Other',
  ],
} as const;

export type EventType = keyof typeof EVENT_TYPES;
export type SubEventType = (typeof EVENT_TYPES)[EventType][number];

/** ACLED inter codes: 1 state forces, 2 rebel groups, 3 political militias, 4 identity militias,
 * 5 rioters, 6 protesters, 7 civilians, 8 external/other forces. */
export type InterCode = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export type DatePrecision = 'day' | 'week' | 'month' | 'year' | 'unknown';
export type Claim = 'reported' | 'claimed' | 'alleged' | 'denied';

/** A field's evidence: character offsets into the article text, end exclusive. */
export interface Span {
  field: string;
  start: number;
  end: number;
  text: string;
}

export interface EventSource {
  article_id: string;
  source: string | null;
  url: string | null;
  published: string | null;
  fatalities: number | null;
  evidence: Span[];
}

/** One coded event; the contract described in docs/event-format.md. */
export interface ConflictEvent {
  event_id: string;
  article_id: string;
  source: string | null;
  url: string | null;
  event_date: string | null;
  date_precision: DatePrecision;
  time_precision: 1 | 2 | 3 | null;
  date_range: [string, string] | null;
  event_type: EventType;
  sub_event_type: SubEventType;
  actor1: string | null;
  assoc_actor_1: string | null;
  inter1: InterCode | null;
  actor2: string | null;
  assoc_actor_2: string | null;
  inter2: InterCode | null;
  interaction: number | null;
  country: string | null;
  iso: number | null;
  admin1: string | null;
  admin2: string | null;
  location: string | null;
  latitude: number | null;
  longitude: number | null;
  geo_precision: 1 | 2 | 3 | null;
  fatalities: number | null;
  fatalities_low: number | null;
  fatalities_high: number | null;
  injuries: number | null;
  claim: Claim;
  attribution: string | null;
  confidence: number;
  evidence: Span[];
  notes: string;
  sources: EventSource[];
  /** Only on a merged event whose reports disagree: the fields they disagree on (docs/merging.md). */
  conflicts?: string[];
}
