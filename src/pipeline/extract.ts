// The whole extraction, in order. Each stage is a pure function of the one before; the order matters
// where noted. A newcomer finds every stage from here.
import type { ConflictEvent } from '../model/event.js';
import { type Geocoder, LEAD_SENTENCES, readInSentence } from '../geocode/Geocoder.js';
import { type ActorRegistry, loadActorRegistry } from '../extract/ActorRegistry.js';
import { articleCountries } from '../extract/articleCountries.js';
import { articleGroups } from '../extract/ArticleActors.js';
import { assembleEvent, type ArticleRef } from '../extract/EventAssembler.js';
import type { EventMention } from '../extract/EventMention.js';
import { mergeMentions } from '../extract/MentionMerger.js';
import { fillDefaultActors } from '../extract/DefaultActors.js';
import { type ArticleContext, noteMediaOwner, proposeMention } from '../extract/proposeMention.js';
import { sentenceMentions } from '../extract/clauseIncidents.js';
import { type Sentence, segment } from '../extract/Segmenter.js';
import { findTriggers, type TriggerHit } from '../extract/EventTrigger.js';
import { datelineSpan } from '../ingest/dates.js';

export interface ExtractOptions {
  geocoder?: Geocoder | null;
  /** Receives the stages' explanations; costs nothing when absent. */
  debug?: (line: string) => void;
}

export type ExtractInput = ArticleRef & { title?: string | null };

let registry: ActorRegistry | null = null;

const ENDS_SENTENCE = /[.!?]["'”’)]?\s*$/;

/** Headlines and kickers restate the lead event; reading them too would report that event twice. */
function withoutHeadline(sentences: Sentence[]): Sentence[] {
  let skip = 0;
  while (skip < 4 && skip < sentences.length - 1) {
    const [s, next] = [sentences[skip]!, sentences[skip + 1]!];
    if (ENDS_SENTENCE.test(s.text) || s.paragraph === next.paragraph) break;
    skip += 1;
  }
  return sentences.slice(skip);
}

/**
 * The sentences whose places make the article's context: the headline and the lead, which say where
 * the story is, and every sentence that tells a deed, whose place each event is read from anyway.
 * Background paragraphs ("aid groups said the road was closed") rarely name a place the events need,
 * and reading them cost the geocoder more than all the rest.
 */
function placeSentences(read: Sentence[], triggers: Map<Sentence, TriggerHit[]>): Sentence[] {
  return read.filter((s, i) => i < LEAD_SENTENCES || triggers.get(s)!.length > 0);
}

/** Reads an article's text into coded events, every field with the span it came from. */
export function extract(article: ExtractInput, options: ExtractOptions = {}): ConflictEvent[] {
  registry ??= loadActorRegistry();
  const { debug } = options;
  // 1. Sentences with offsets; page furniture (captions, "Related posts") is marked and skipped.
  const segmented = segment(article.text).sentences;
  const read = segmented.filter((s) => !s.boilerplate);
  const sentences = withoutHeadline(read);
  // 2. The article's countries and places first: they decide whose "army" and which "Tripoli" a
  //    sentence means. The gazetteer reads them from place names too; without it, names and demonyms.
  const geocoder = options.geocoder ?? null;
  // Each sentence's cue words, read once: the geocoder's choice of sentences and each mention use them.
  const triggers = new Map(read.map((s) => [s, findTriggers(s.text, s.start)]));
  const geo = geocoder ? geocoder.articleContext(article.text, placeSentences(read, triggers), article) : { countries: articleCountries(article.text), near: [] };
  const countries = geo.countries;
  const groups = articleGroups(article.text, registry);
  const ctx: ArticleContext = {
    published: article.published, dateline: datelineSpan(article.text), countries, registry, geocoder,
    // The headline is no event, but "the terror group" may point back to the group it names.
    namedGroups: groups.names, groupKinds: groups.kinds, sentences: read, triggers,
    geo: { countries, near: [...geo.near] }, placed: [], doers: new Map(), mediaOwner: null, debug: debug && ((line) => debug(line())),
  };
  // 3. A candidate event a sentence: trigger, modality filter, actors, type, counts, date, claim, place.
  const mentions: EventMention[] = [];
  //    A sentence that joins two incidents ("... on Sunday, and a soldier died in a rocket attack") gives two.
  for (const s of sentences) {
    noteMediaOwner(s, ctx);
    for (const m of sentenceMentions(s, (part) => proposeMention(part, ctx), triggers.get(s))) {
      mentions.push(m);
      if (m.location?.place) ctx.geo.near.push(m.location.place);
      if (m.location?.place && readInSentence(m.location)) ctx.placed.push(m.location);
      // A doer read in the sentence itself (not a default) is whom a later "they" means.
      if (m.actor1?.span && m.actor1.inter !== 7) ctx.doers.set(m.sentence, m.actor1);
    }
  }
  // 4. Refiner: sentences about the same incident become one event (after every field is read).
  // 5. Refiner: the roles ACLED always codes (a protest's protesters, violence's civilian victims),
  //    after merging, so that a later sentence's named actor wins over a default.
  const events = mergeMentions(mentions, article.text)
    .map((m) => fillDefaultActors(m, m.location?.place?.country ?? countries[0] ?? null));
  if (debug) for (const m of events) for (const line of m.trace) debug(line);
  // 6. The contract's shape, with evidence spans.
  return events.map((m) => assembleEvent(m, article));
}
