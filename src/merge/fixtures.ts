// Test support (not a test itself): one article's record of an incident, varied per test.
import type { ConflictEvent } from '../model/event.js';

/** A roadside bomb near Daquq on 13 June 2021 that killed three soldiers, as one article codes it. */
export function mention(articleId: string, extra: Partial<ConflictEvent> = {}, published = '2021-06-14'): ConflictEvent {
  const e: ConflictEvent = {
    event_id: `ev_${articleId}`, article_id: articleId, source: 'Wire', url: null, event_date: '2021-06-13',
    date_precision: 'day', time_precision: 1, date_range: ['2021-06-13', '2021-06-13'],
    event_type: 'Explosions/Remote violence', sub_event_type: 'Remote explosive/landmine/IED',
    actor1: 'Unidentified Armed Group (Iraq)', assoc_actor_1: null, inter1: 3, actor2: 'Military Forces of Iraq',
    assoc_actor_2: null, inter2: 1, interaction: 13, country: 'Iraq', iso: 368, admin1: 'Kirkuk', admin2: 'Daquq District',
    location: 'Daquq', latitude: 35.139, longitude: 44.449, geo_precision: 2, fatalities: 3, fatalities_low: 3,
    fatalities_high: 3, injuries: 4, claim: 'reported', attribution: null, confidence: 0.8,
    evidence: [{ field: 'event_type', start: 2, end: 15, text: 'roadside bomb' }], notes: `Report from ${articleId}.`, sources: [],
    ...extra,
  };
  return { ...e, sources: [{ article_id: articleId, source: e.source, url: e.url, published, fatalities: e.fatalities, evidence: e.evidence }] };
}
