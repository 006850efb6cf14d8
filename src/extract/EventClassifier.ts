import type { EventType, InterCode, SubEventType } from '../model/event.js';
import type { TriggerFamily, TriggerHit } from './EventTrigger.js';

export interface Classification {
  event_type: EventType;
  sub_event_type: SubEventType;
}

/** Which cue names the event when a sentence holds several: the most specific kind of act first. */
const FAMILY_PRIORITY: TriggerFamily[] = [
  'remote', 'sexual', 'abduction', 'gain', 'takeover', 'riot', 'protest', 'battle', 'arrest', 'violence',
  'looting', 'agreement', 'base',
];

/**
 * The cue that names the sentence's event: the best family; within it, the cue nearest the deaths
 * when the sentence counts any ("killed in air strikes ... using car bombs" is the air strikes'),
 * else the most specific.
 */
export function primaryTrigger(hits: TriggerHit[], anchor?: number): TriggerHit | null {
  const distance = (h: TriggerHit) => (anchor === undefined ? 0 : Math.min(Math.abs(h.span.start - anchor), Math.abs(h.span.end - anchor)));
  let best: TriggerHit | null = null;
  for (const h of hits) {
    if (!best) { best = h; continue; }
    // Rank 0 outranks every family (data/lexicon/triggers.json).
    const d = (h.rank === 0 ? -1 : 0) - (best.rank === 0 ? -1 : 0)
      || FAMILY_PRIORITY.indexOf(h.family) - FAMILY_PRIORITY.indexOf(best.family);
    const nearer = distance(h) - distance(best);
    if (d < 0 || (d === 0 && (nearer < 0 || (nearer === 0 && h.rank < best.rank)))) best = h;
  }
  return best;
}

const ARMED: ReadonlySet<InterCode> = new Set([1, 2, 3, 4, 8]);
const INTERVENTION = /\b(?:tear ?gas|dispers(?:ed|e|ing)|water cannons?|rubber bullets|baton|broke up|arrested|detained|beat(?:en)?)\b/i;
const ONE_SIDED = /^(?:execut|tortur|behead|massacr|lynch|burned alive|hacked|slaughter|mass grave)/i;
const MOB = /\b(?:mob|lynch(?:ed|ing)?|vigilante)\b/i;

/**
 * ACLED's event and sub-event type from the sentence's cues and who did it to whom. ACLED counts an
 * attack on armed men as a battle, and an attack on unarmed people as violence against civilians.
 */
export function classifyEvent(primary: TriggerHit, hits: TriggerHit[], inter1: InterCode | null,
  inter2: InterCode | null, sentence: string): Classification {
  const has = (f: TriggerFamily) => hits.some((h) => h.family === f);
  switch (primary.family) {
    case 'remote':
      return { event_type: 'Explosions/Remote violence', sub_event_type: primary.subEventType ?? 'Shelling/artillery/missile attack' };
    case 'sexual':
      return { event_type: 'Violence against civilians', sub_event_type: 'Sexual violence' };
    case 'abduction':
      return { event_type: 'Violence against civilians', sub_event_type: 'Abduction/forced disappearance' };
    case 'gain':
    case 'takeover':
      if (inter1 === 1 || (primary.family === 'gain' && inter1 === null)) return { event_type: 'Battles', sub_event_type: 'Government regains territory' };
      return { event_type: 'Battles', sub_event_type: 'Non-state actor overtakes territory' };
    case 'riot':
      return { event_type: 'Riots', sub_event_type: MOB.test(sentence) ? 'Mob violence' : 'Violent demonstration' };
    case 'protest':
      if (has('violence') && (inter1 === 1 || inter2 === 1)) return { event_type: 'Protests', sub_event_type: 'Excessive force against protesters' };
      if (INTERVENTION.test(sentence)) return { event_type: 'Protests', sub_event_type: 'Protest with intervention' };
      if (has('riot') || has('looting')) return { event_type: 'Riots', sub_event_type: 'Violent demonstration' };
      return { event_type: 'Protests', sub_event_type: 'Peaceful protest' };
    case 'battle':
      if (inter2 === 7) return { event_type: 'Violence against civilians', sub_event_type: 'Attack' };
      return { event_type: 'Battles', sub_event_type: 'Armed clash' };
    case 'violence':
      // Executing, torturing or beheading captives is violence against the defenceless, whoever they are.
      if (ONE_SIDED.test(primary.text)) return { event_type: 'Violence against civilians', sub_event_type: 'Attack' };
      if (inter2 !== null && ARMED.has(inter2) && (inter1 === null || ARMED.has(inter1))) return { event_type: 'Battles', sub_event_type: 'Armed clash' };
      return { event_type: 'Violence against civilians', sub_event_type: 'Attack' };
    case 'arrest':
      // Militias and unnamed gunmen hold no one by any authority: their "rounding up" is an abduction.
      if (inter1 === 3 || inter1 === 4) return { event_type: 'Violence against civilians', sub_event_type: 'Abduction/forced disappearance' };
      return { event_type: 'Strategic developments', sub_event_type: 'Arrests' };
    case 'looting':
      return { event_type: 'Strategic developments', sub_event_type: 'Looting/property destruction' };
    case 'agreement':
      return { event_type: 'Strategic developments', sub_event_type: 'Agreement' };
    case 'base':
      return { event_type: 'Strategic developments', sub_event_type: 'Headquarters or base established' };
  }
}
