import type { InterCode } from '../model/event.js';
import { fill } from './ActorRegistry.js';
import type { CodedActor, EventMention } from './EventMention.js';

const generic = (template: string, inter: InterCode, country: string | null): CodedActor =>
  ({ name: fill(template, country), inter, span: null });

// Words for a fight between two sides that say nothing of who started it.
const SYMMETRIC = /^(?:clash(?:es|ed)?|(?:heavy\s+)?fighting|fought|fights?|battles?|battled|skirmish(?:es)?|firefights?|exchanges?\s+of\s+fire|exchanged\s+fire|confrontations?)$/i;

const isCivilian = (a: CodedActor | null) => a?.inter === 7;
const isArmed = (a: CodedActor | null) => a !== null && a.inter !== 7 && a.inter !== 6 && a.inter !== 5;

/**
 * Fills the roles ACLED always codes for a type when the sentence names nobody: a protest's
 * protesters, a riot's rioters, the civilian victims of violence against civilians, and an
 * unidentified armed group for an attack nobody is named for. Filled actors carry no span:
 * they are inferred, not read.
 */
export function fillDefaultActors(m: EventMention, country: string | null): EventMention {
  let { actor1, actor2 } = m;
  switch (m.event_type) {
    case 'Protests': {
      // Protesters act; police or soldiers who intervene are the second side.
      const sides = [actor1, actor2].filter((a): a is CodedActor => a !== null);
      actor1 = sides.find((a) => a.inter === 6) ?? generic('Protesters ({country})', 6, country);
      actor2 = sides.find((a) => isArmed(a)) ?? null;
      break;
    }
    case 'Riots': {
      const sides = [actor1, actor2].filter((a): a is CodedActor => a !== null);
      // Mob justice by a named vigilante or communal militia is theirs; otherwise rioters act.
      actor1 = sides.find((a) => a.inter === 5) ?? (m.sub_event_type === 'Mob violence' ? sides.find((a) => a.inter === 4) : undefined)
        ?? generic('Rioters ({country})', 5, country);
      actor2 = sides.find((a) => a !== actor1 && a.inter !== 6) ?? null;
      break;
    }
    case 'Violence against civilians':
      if (isCivilian(actor1) && !isCivilian(actor2)) [actor1, actor2] = [actor2, actor1];
      actor1 ??= generic('Unidentified Armed Group ({country})', 3, country);
      actor2 ??= generic('Civilians ({country})', 7, country);
      break;
    case 'Explosions/Remote violence':
      if (isCivilian(actor1) && !isCivilian(actor2)) [actor1, actor2] = [actor2, actor1];
      // An air strike is some air force's; rockets and shells nobody claims are an unidentified group's.
      if (m.sub_event_type !== 'Air/drone strike') {
        actor1 ??= generic('Unidentified Armed Group ({country})', 3, country);
      }
      break;
    case 'Battles':
      if (!actor1 && actor2) actor1 = generic('Unidentified Armed Group ({country})', 3, country);
      // "Rebels clashed with the army": a clash has no doer, and ACLED then names state forces first.
      if (SYMMETRIC.test(m.trigger.text) && actor2?.inter === 1 && actor1?.inter !== 1) [actor1, actor2] = [actor2, actor1];
      break;
    default:
      break;
  }
  return actor1 === m.actor1 && actor2 === m.actor2 ? m : { ...m, actor1, actor2 };
}
