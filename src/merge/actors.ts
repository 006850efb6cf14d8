// Whether two reports name the same sides. Outlets name an attacker or leave it out; they seldom
// name two different ones for one incident.
import type { ConflictEvent } from '../model/event.js';

/** "Military Forces of Myanmar (2021-)" and "military forces of myanmar" are one actor. */
export function normaliseActor(name: string | null): string | null {
  if (!name) return null;
  const n = name.toLowerCase().replace(/\([^)]*\)/g, ' ').replace(/[^a-z0-9]+/g, ' ').trim();
  // An attacker the text does not identify could be anyone: it matches every side.
  return n === '' || n.startsWith('unidentified') || n === 'unknown' ? null : n;
}

/** Civilians, protesters and rioters are never an unnamed armed group in another report. */
const UNARMED = new Set([5, 6, 7]);
const unidentified = (name: string | null) => name !== null && normaliseActor(name) === null;

function sideMatch(x: string | null, ix: number | null, y: string | null, iy: number | null): 'equal' | 'open' | 'differ' {
  const a = normaliseActor(x), b = normaliseActor(y);
  if (a === null || b === null) {
    const armedVsUnarmed = (unidentified(x) && iy !== null && UNARMED.has(iy)) || (unidentified(y) && ix !== null && UNARMED.has(ix));
    return armedVsUnarmed ? 'differ' : 'open';
  }
  return a === b || a.includes(b) || b.includes(a) ? 'equal' : 'differ';
}

/**
 * How many named sides agree (0–2), or null when the two reports name different sides. Sides may
 * swap: in a clash one outlet's attacker is the other's target.
 */
export function actorAgreement(a: ConflictEvent, b: ConflictEvent): number | null {
  let best: number | null = null;
  const orientations = [[b.actor1, b.inter1, b.actor2, b.inter2], [b.actor2, b.inter2, b.actor1, b.inter1]] as const;
  for (const [p, ip, q, iq] of orientations) {
    const m = [sideMatch(a.actor1, a.inter1, p, ip), sideMatch(a.actor2, a.inter2, q, iq)];
    if (m.includes('differ')) continue;
    best = Math.max(best ?? 0, m.filter((s) => s === 'equal').length);
  }
  return best;
}
