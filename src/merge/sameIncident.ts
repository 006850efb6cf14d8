// Whether two coded events describe one incident. Hard gates first (type family, date, place, sides),
// then a score from what positively agrees; only a score at or above MERGE_SCORE merges.
import type { ConflictEvent } from '../model/event.js';
import { actorAgreement } from './actors.js';
import { fatalityAgreement } from './fatalities.js';
import { DAY_SLACK, dayNumber, distanceKm, radiusKm } from './place.js';
import { typePenalty } from './types.js';

export interface Verdict {
  same: boolean;
  score: number;
  /** Why: each gate or agreement that decided, in words. */
  reasons: string[];
}

/** Tuned on examples/merge (see docs/merging.md): one agreement beyond the gates is needed. */
export const MERGE_SCORE = 2;

const no = (reason: string, reasons: string[]): Verdict => ({ same: false, score: -Infinity, reasons: [...reasons, reason] });

/** Whether the date ranges meet, and whether only through the day of slack (which costs a point). */
function datesMeet(a: ConflictEvent, b: ConflictEvent): { meet: boolean; exactDay: boolean; slackOnly: boolean } {
  if (!a.date_range || !b.date_range) return { meet: false, exactDay: false, slackOnly: false };
  const within = (slack: number) => dayNumber(a.date_range![0]) - slack <= dayNumber(b.date_range![1])
    && dayNumber(b.date_range![0]) - slack <= dayNumber(a.date_range![1]);
  const days = a.date_precision === 'day' && b.date_precision === 'day';
  const strict = within(0);
  return { meet: strict || (days && within(DAY_SLACK)), exactDay: days && a.event_date === b.event_date, slackOnly: !strict };
}

/** Distance within what the coarser of the two places allows; a region-level place also matches its own towns. */
function placesMeet(a: ConflictEvent, b: ConflictEvent): { meet: boolean; km: number } {
  if (a.latitude === null || a.longitude === null || b.latitude === null || b.longitude === null) return { meet: false, km: Infinity };
  const km = distanceKm(a.latitude, a.longitude, b.latitude, b.longitude);
  const coarse = (a.geo_precision ?? 3) === 3 || (b.geo_precision ?? 3) === 3;
  if (coarse) {
    const sameRegion = a.country === b.country && (!a.admin1 || !b.admin1 || a.admin1 === b.admin1);
    return { meet: sameRegion && km <= Math.max(radiusKm(a), radiusKm(b)), km };
  }
  return { meet: km <= Math.max(radiusKm(a), radiusKm(b)), km };
}

export function sameIncident(a: ConflictEvent, b: ConflictEvent): Verdict {
  const reasons: string[] = [];
  const typeCost = typePenalty(a, b);
  if (typeCost === null) return no(`types ${a.sub_event_type} / ${b.sub_event_type} cannot be one incident`, reasons);
  const dates = datesMeet(a, b);
  if (!dates.meet) return no('dates do not meet', reasons);
  const place = placesMeet(a, b);
  if (!place.meet) return no(`places ${Number.isFinite(place.km) ? `${Math.round(place.km)} km apart` : 'unknown'}`, reasons);
  const actors = actorAgreement(a, b);
  if (actors === null) return no('different actors', reasons);

  let score = -typeCost;
  if (typeCost === 0) reasons.push('same sub-event type');
  if (dates.exactDay) { score += 1; reasons.push('same day'); }
  if (dates.slackOnly) { score -= 1; reasons.push('a day apart'); }
  if (a.location !== null && a.location === b.location) { score += 1; reasons.push('same location'); }
  else if (place.km <= 5) { score += 0.5; reasons.push('within 5 km'); }
  score += actors;
  if (actors) reasons.push(`${actors} named side(s) agree`);
  const deaths = fatalityAgreement(a, b);
  if (deaths !== null) {
    score += deaths;
    reasons.push(deaths > 0 ? 'tolls overlap' : deaths === 0 ? 'tolls close' : 'tolls far apart');
  }
  return { same: score >= MERGE_SCORE, score, reasons };
}
