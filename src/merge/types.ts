// Which ACLED event types one incident can be coded as when two outlets describe it differently.
import type { ConflictEvent, EventType } from '../model/event.js';

type Pair = `${EventType}|${EventType}`;

/**
 * Pairs of different types that still describe one incident, with the score they cost. A mortar
 * attack on a base is "shelling" to one outlet and "fighting" to another; a bomb that kills
 * villagers is remote violence or violence against civilians; a protest that turns violent is a riot.
 */
const NEAR: Partial<Record<Pair, number>> = {
  'Battles|Explosions/Remote violence': 1,
  'Explosions/Remote violence|Violence against civilians': 1,
  'Battles|Violence against civilians': 1.5,
  'Protests|Riots': 0.5,
  'Riots|Violence against civilians': 1.5,
};

/** The score penalty of coding one incident as these two types, or null when they cannot be one. */
export function typePenalty(a: ConflictEvent, b: ConflictEvent): number | null {
  if (a.event_type === b.event_type) return a.sub_event_type === b.sub_event_type ? 0 : subTypePenalty(a, b);
  const [x, y] = [a.event_type, b.event_type].sort();
  return NEAR[`${x}|${y}` as Pair] ?? null;
}

/** Sub-types that outlets swap for one another cost little; others (an arrest and an agreement) split. */
function subTypePenalty(a: ConflictEvent, b: ConflictEvent): number | null {
  if (a.event_type === 'Strategic developments') return null;
  return 0.5;
}
