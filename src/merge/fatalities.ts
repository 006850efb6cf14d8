// Death tolls as ranges: what each report allows, and whether two reports can be counting the same dead.
import type { ConflictEvent } from '../model/event.js';

/** [lowest, highest] count the event's reports allow; null when none gives a count. */
export function fatalityRange(e: ConflictEvent): [number, number] | null {
  const bests = [e.fatalities, ...e.sources.map((s) => s.fatalities)].filter((n): n is number => n !== null);
  if (bests.length === 0) return null;
  const low = Math.min(...bests, e.fatalities_low ?? Infinity);
  // "At least six" with no ceiling leaves the top open.
  const open = e.fatalities_low !== null && e.fatalities_high === null;
  const high = open ? Infinity : Math.max(...bests, e.fatalities_high ?? -Infinity);
  return [low, high];
}

/**
 * How well two tolls agree: 1 the ranges overlap, 0 they are close (tolls rise as bodies are found,
 * so 3 and 5 may be one incident), -2 far apart, null when either gives no count.
 */
export function fatalityAgreement(a: ConflictEvent, b: ConflictEvent): number | null {
  const ra = fatalityRange(a), rb = fatalityRange(b);
  if (!ra || !rb) return null;
  if (ra[0] <= rb[1] && rb[0] <= ra[1]) return 1;
  const [lowTop, highBottom] = ra[1] < rb[0] ? [ra[1], rb[0]] : [rb[1], ra[0]];
  const close = highBottom - lowTop <= 3 || highBottom <= 2.5 * Math.max(1, lowTop);
  return close ? 0 : -2;
}
