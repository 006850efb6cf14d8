/** The shapes the evaluator passes between its readers, matcher, scorer and report. */
import type { ConflictEvent, EventType, SubEventType } from '../model/event.js';

/** One article handed to the extractor under test. */
export interface EvalArticle {
  id: string;
  text: string;
  published: string | null;
  title: string | null;
  source: string | null;
  url: string | null;
}

/** The function under test; sitrep's extractor will have this shape. */
export type Extractor = (article: EvalArticle) => ConflictEvent[] | Promise<ConflictEvent[]>;

/** First and last possible day (inclusive, YYYY-MM-DD); `label` is how the gold wrote it. */
export interface DateWindow {
  from: string;
  to: string;
  label: string;
}

export interface Bounds {
  low: number | null;
  best: number | null;
  high: number | null;
}

/** A gold event, whichever reader produced it. */
export interface GoldEvent {
  id: string;
  article_id: string;
  must: boolean;
  /** The gold evidence phrase; null for an ACLED row, whose whole note is the evidence. */
  evidence: string | null;
  /** Where a prediction's evidence must overlap: the sentence(s) holding `evidence`; null = the whole article. */
  window: { start: number; end: number } | null;
  /** Acceptable event types (two for ACLED's pre-2019 "Riots/Protests") and acceptable sub-event types. */
  event_types: EventType[];
  sub_event_types: SubEventType[];
  actor1: string | null;
  actor2: string | null;
  country: string | null;
  /** Read and carried for error listings; not scored (location is scored by point). */
  admin1: string | null;
  location: string | null;
  latitude: number | null;
  longitude: number | null;
  tolerance_km: number;
  /** ACLED's geo_precision (1: the named place itself); absent from gold JSONL. */
  geo_precision?: number | null;
  /** null: the source gives no way to resolve the date. */
  date: DateWindow | null;
  /** 'window': the prediction's whole date range must lie in the gold's; 'point': its coded
   * event_date must (ACLED's event_date is itself one coded day, whatever it knew). */
  date_rule: 'window' | 'point';
  fatalities: Bounds | null;
  /** 'bounds': the gold JSONL rule; 'acled': ACLED's single number, no count meaning 0. */
  fatality_rule: 'bounds' | 'acled';
}

export type GoldFormat = 'gold-jsonl' | 'acled-csv';

export interface EvalSet {
  format: GoldFormat;
  articles: EvalArticle[];
  gold: GoldEvent[];
}

export const FIELDS = ['event_type', 'sub_event_type', 'actor1', 'actor2', 'country', 'location', 'date', 'fatalities'] as const;
export type Field = (typeof FIELDS)[number];
