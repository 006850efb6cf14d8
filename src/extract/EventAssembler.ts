import * as crypto from 'node:crypto';
import type { ConflictEvent, Span } from '../model/event.js';
import { interaction } from './ActorRegistry.js';
import type { EventMention } from './EventMention.js';
import type { TextSpan } from './types.js';

/** The article fields an event carries. */
export interface ArticleRef {
  id: string;
  text: string;
  source: string | null;
  url: string | null;
  published: string | null;
}

const DAY = 86_400_000;
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

// One call instead of a Hash object per event where Node has it (20.12 and later).
const sha256 = (s: string): string =>
  typeof crypto.hash === 'function' ? crypto.hash('sha256', s, 'hex') : crypto.createHash('sha256').update(s).digest('hex');

/** Stable for the same article and trigger words, so re-extracting gives the same id. */
export function eventId(articleId: string, trigger: TextSpan): string {
  return 'ev_' + sha256(`${articleId}:${trigger.start}:${trigger.end}`).slice(0, 16);
}

/** With no date words, the event happened in the week before publication (docs/event-format.md). */
function dateFields(m: EventMention, published: string | null): Pick<ConflictEvent, 'event_date' | 'date_precision' | 'time_precision' | 'date_range'> {
  if (m.date.event_date || m.date.span || !published) {
    return { event_date: m.date.event_date, date_precision: m.date.date_precision, time_precision: m.date.time_precision, date_range: m.date.date_range };
  }
  const day = published.slice(0, 10);
  return { event_date: day, date_precision: 'week', time_precision: 2, date_range: [isoDay(Date.parse(day) - 6 * DAY), day] };
}

function confidence(m: EventMention): number {
  const parts = [m.actor1, m.actor2, m.casualties.fatalities, m.date.span, m.location?.place];
  return Math.round((0.4 + 0.12 * parts.filter(Boolean).length) * 100) / 100;
}

function notes(m: EventMention, a: ArticleRef): string {
  const text = a.text.slice(m.sentenceSpan.start, m.sentenceSpan.end).replace(/\s+/g, ' ').trim();
  return text.length > 300 ? text.slice(0, 297) + '...' : text;
}

/** A mention becomes an event in the contract's shape, every field read from text carrying its span. */
export function assembleEvent(m: EventMention, a: ArticleRef): ConflictEvent {
  const evidence: Span[] = [];
  const cite = (field: string, span: TextSpan | null | undefined) => {
    if (span) evidence.push({ field, start: span.start, end: span.end, text: a.text.slice(span.start, span.end) });
  };
  cite('event_type', m.trigger.span);
  cite('actor1', m.actor1?.span);
  cite('actor2', m.actor2?.span);
  cite('fatalities', m.casualties.fatalities?.span);
  cite('injuries', m.casualties.injuries?.span);
  cite('event_date', m.date.span);
  cite('location', m.location?.span ?? m.location?.unresolved?.span);
  cite('claim', m.claim.span);
  const place = m.location?.place ?? null;
  const f = m.casualties.fatalities;
  const inter1 = m.actor1?.inter ?? null;
  // ACLED: inter2 is 0 exactly when there is no second actor.
  const inter2 = m.actor2?.inter ?? 0;
  const event: ConflictEvent = {
    event_id: eventId(a.id, m.trigger.span), article_id: a.id, source: a.source, url: a.url,
    ...dateFields(m, a.published),
    event_type: m.event_type, sub_event_type: m.sub_event_type,
    actor1: m.actor1?.name ?? null, assoc_actor_1: m.assoc1.map((x) => x.name).join('; ') || null, inter1,
    actor2: m.actor2?.name ?? null, assoc_actor_2: null, inter2,
    interaction: inter1 ? interaction(inter1, m.actor2?.inter ?? null) : null,
    country: place?.country ?? null, iso: place?.iso ?? null, admin1: place?.admin1 ?? null, admin2: place?.admin2 ?? null,
    location: place?.name ?? m.location?.unresolved?.text ?? null,
    latitude: place?.latitude ?? null, longitude: place?.longitude ?? null,
    geo_precision: place ? m.location?.geo_precision ?? null : null,
    fatalities: f ? f.best ?? f.low ?? f.high : null, fatalities_low: f?.low ?? null, fatalities_high: f?.high ?? null,
    injuries: m.casualties.injuries?.count ?? null,
    claim: m.claim.claim, attribution: m.claim.attribution, confidence: confidence(m),
    evidence, notes: notes(m, a), sources: [],
  };
  event.sources = [{ article_id: a.id, source: a.source, url: a.url, published: a.published, fatalities: event.fatalities, evidence }];
  return event;
}
