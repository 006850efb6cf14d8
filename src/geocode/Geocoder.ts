import type { TextSpan } from '../extract/types.js';

/** A place the gazetteer knows. */
export interface Place {
  name: string;
  country: string;
  /** ISO 3166-1 numeric. */
  iso: number;
  admin1: string | null;
  admin2: string | null;
  latitude: number;
  longitude: number;
  geonameid: number | null;
  /** admin2: a district, LGA, county or cercle, named as such in the text; its point is its town or seat. */
  kind: 'populated place' | 'admin1' | 'admin2' | 'country' | 'site';
  population: number;
}

/** A place name found in text, with the places it may be. */
export interface ToponymMention {
  text: string;
  span: TextSpan;
  candidates: Place[];
  /** The locative words just before the name, lower case ("in", "near", "20 km north of"); null when none. */
  cue?: string | null;
  /** How far from the named place the cue puts things: 1 at it ("in", "at"), 2 near it ("near", "20 km north of"). */
  cuePrecision?: 1 | 2 | null;
  /** The text names a region rather than the town: "Kirkuk province", "southern Kirkuk". */
  region?: boolean;
  /** The name only says where the name before it lies ("Daqouq, southern Kirkuk"; "Gao, Mali"). */
  qualifier?: boolean;
}

/** What the rest of the article says about where things are, for choosing among candidates. */
export interface GeoContext {
  /** The article's countries, most mentioned first. */
  countries: string[];
  /** Places already resolved in the article. */
  near: Place[];
}

/** The event's location as ACLED codes it, or an unresolved name kept with its span. */
export interface EventLocation {
  place: Place | null;
  /** ACLED: 1 the named place itself, 2 near it / part of a region, 3 a province or the country. */
  geo_precision: 1 | 2 | 3 | null;
  span: TextSpan | null;
  /** A name that could not be resolved stays on the event as text. */
  unresolved: { text: string; span: TextSpan } | null;
  /** Where the place was found: the event's own clause, elsewhere in its sentence, the article's
   * dominant place, or the article's country (the last two are fallbacks, with a lower precision). */
  source?: 'clause' | 'sentence' | 'article' | 'country';
}

/** Whether a location was read from the event's sentence, not guessed from the rest of the article. */
export const readInSentence = (l: EventLocation | null | undefined): l is EventLocation =>
  !!l && l.source !== 'article' && l.source !== 'country';

/** The same place, or a place and the province it lies in ("Daqouq" and "Kirkuk"): one area for an incident. */
export const oneArea = (a: Place, b: Place): boolean => a.name === b.name || a.admin1 === b.name || b.admin1 === a.name;

/** A sentence as the pipeline's segmenter gives it: its text and where it starts in the article. */
export interface ArticleSentence { text: string; start: number }

/** Who published the article: the outlet's name (ACLED's sources: "Reuters; Radio Okapi") and the page's URL. */
export interface ArticlePublisher { source?: string | null; url?: string | null }

/** How many sentences make an article's headline and lead: where the story says it is and whom it is about. */
export const LEAD_SENTENCES = 2;

export interface Geocoder {
  /**
   * The article's countries and places, most mentioned first: the prior for every sentence. The
   * pipeline hands over the sentences to read places from (text and start offset): not split again,
   * and only those that matter: the headline and the lead first (LEAD_SENTENCES, where the named
   * groups are read too), then the sentences that tell deeds. Country names and demonyms are read
   * from the whole text. The publisher's country (a national outlet's, a country domain's) is the
   * weakest vote: it decides only where the text leaves the country open.
   */
  articleContext(text: string, sentences?: readonly ArticleSentence[], publisher?: ArticlePublisher): GeoContext;
  findToponyms(sentence: string, offset?: number): ToponymMention[];
  resolve(mention: ToponymMention, context: GeoContext): Place | null;
  /** The place tied to the event's clause: "20 miles from Mosul", "near Daqouq, southern Kirkuk". */
  locateEvent(sentence: string, offset: number, trigger: TextSpan, context: GeoContext): EventLocation;
}
