/**
 * Which (event type, sub-event type) answers a gold label accepts. ACLED exports made before 2019
 * use an older taxonomy; the table is the one in the dev set's README. Newer exports carry a
 * `sub_event_type` column and are taken as they are.
 */
import { EVENT_TYPES, type EventType, type SubEventType } from '../model/event.js';

export interface Accepted {
  event_types: EventType[];
  sub_event_types: SubEventType[];
}

const ANY = null;

/** Pre-2019 event_type (lower case) → accepted types, with one sub-type or any of the type's. */
const PRE_2019: Record<string, Array<[EventType, SubEventType | typeof ANY]>> = {
  'battle-no change of territory': [['Battles', 'Armed clash']],
  'battle-government regains territory': [['Battles', 'Government regains territory']],
  'battle-non-state actor overtakes territory': [['Battles', 'Non-state actor overtakes territory']],
  'violence against civilians': [['Violence against civilians', ANY]],
  'remote violence': [['Explosions/Remote violence', ANY]],
  'riots/protests': [['Protests', ANY], ['Riots', ANY]],
  'strategic development': [['Strategic developments', ANY]],
  'non-violent transfer of territory': [['Strategic developments', 'Non-violent transfer of territory']],
  'headquarters or base established': [['Strategic developments', 'Headquarters or base established']],
};

export function isEventType(s: string): s is EventType {
  return Object.hasOwn(EVENT_TYPES, s);
}

const ALL_SUBS = new Set<string>(Object.values(EVENT_TYPES).flat());
export function isSubEventType(s: string): s is SubEventType {
  return ALL_SUBS.has(s);
}

function subsOf(type: EventType): SubEventType[] {
  return [...EVENT_TYPES[type]];
}

/**
 * The answers an ACLED row accepts, or null when its labels are neither taxonomy. A current
 * event_type with an empty or absent sub_event_type accepts any of that type's sub-types.
 */
export function acceptedFor(eventType: string, subEventType: string | null): Accepted | null {
  const type = eventType.trim();
  const sub = subEventType?.trim() || null;
  if (sub !== null) {
    if (!isEventType(type) || !(EVENT_TYPES[type] as readonly string[]).includes(sub)) return null;
    return { event_types: [type], sub_event_types: [sub as SubEventType] };
  }
  const old = PRE_2019[type.toLowerCase()];
  if (old) {
    return {
      event_types: [...new Set(old.map(([t]) => t))],
      sub_event_types: old.flatMap(([t, s]) => (s === ANY ? subsOf(t) : [s])),
    };
  }
  if (isEventType(type)) return { event_types: [type], sub_event_types: subsOf(type) };
  return null;
}

/** A row label for the confusion table: "Protests or Riots" when a gold accepts two types. */
export function typeLabel(types: readonly EventType[]): string {
  return types.join(' or ');
}
