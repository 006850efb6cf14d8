import type { Claim, EventType, InterCode, SubEventType } from '../model/event.js';
import type { EventLocation } from '../geocode/Geocoder.js';
import type { EventDateReading } from './EventDate.js';
import type { CasualtyReading } from './FatalityCount.js';
import type { TriggerHit } from './EventTrigger.js';
import type { TextSpan } from './types.js';

/** An actor as coded on the event: ACLED's name, inter code, and the words it was read from (if any). */
export interface CodedActor {
  name: string;
  inter: InterCode;
  span: TextSpan | null;
}

/** One incident as read from one or more sentences of an article, before it becomes a ConflictEvent. */
export interface EventMention {
  /** Index of the first sentence that states it, and the last one merged into it. */
  sentence: number;
  lastSentence: number;
  sentenceSpan: TextSpan;
  trigger: TriggerHit;
  event_type: EventType;
  sub_event_type: SubEventType;
  actor1: CodedActor | null;
  actor2: CodedActor | null;
  assoc1: CodedActor[];
  casualties: CasualtyReading;
  date: EventDateReading;
  claim: { claim: Claim; attribution: string | null; span: TextSpan | null };
  location: EventLocation | null;
  /** Why this mention was kept or what was merged into it, for --debug. */
  trace: string[];
}
