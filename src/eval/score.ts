/** Turns a matching into the numbers: per-field accuracy, event recall and precision, a confusion table, errors. */
import type { ConflictEvent } from '../model/event.js';
import { confusion, type Confusion } from './confusion.js';
import { expectedText, gotText } from './fieldText.js';
import { fieldAgrees } from './fields.js';
import type { Matching } from './match.js';
import { typeLabel } from './taxonomy.js';
import { sentenceWindow } from './text.js';
import { FIELDS, type EvalArticle, type Field, type GoldEvent, type GoldFormat } from './types.js';

export interface Ratio {
  correct: number;
  total: number;
  /** correct / total, null when total is 0 (nothing to judge is not 0%). */
  rate: number | null;
}

export interface Scores {
  format: GoldFormat;
  articles: number;
  gold_events: number;
  must_events: number;
  predicted: number;
  /** Must-events matched / must-events. */
  recall: Ratio;
  /** Matched predictions / predictions not excused by a must:false event. */
  precision: Ratio;
  f1: number | null;
  false_positives: number;
  excused: number;
  /** Over every matched pair, must:false pairs included. */
  fields: Record<Field, Ratio>;
  /** Location and country over the pairs whose gold is placed at the named place itself (ACLED's
   * geo_precision 1): the rows the geocoding target is measured on. Null without such rows. */
  exactPlaces: { location: Ratio; country: Ratio } | null;
  confusion: Confusion;
}

export interface EvalError {
  kind: 'missed' | 'wrong_field' | 'false_positive';
  article_id: string;
  gold_id: string | null;
  field: Field | null;
  /** The gold evidence (an ACLED note, shortened), or the sentence of the predicted trigger. */
  evidence: string;
  expected: string;
  got: string;
}

export const ratio = (correct: number, total: number): Ratio => ({ correct, total, rate: total ? correct / total : null });

function clip(s: string, max = 240): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** The words a prediction stands on: its trigger's sentence when the article is known, else its spans. */
function predictedEvidence(pred: ConflictEvent, article: EvalArticle | undefined): string {
  const trigger = pred.evidence.find((s) => s.field === 'event_type') ?? pred.evidence[0];
  if (!trigger) return clip(pred.notes || '(no evidence)');
  if (!article) return clip(trigger.text);
  const w = sentenceWindow(article.text, trigger);
  return clip(article.text.slice(w.start, w.end));
}

const goldEvidence = (g: GoldEvent, articles: ReadonlyMap<string, EvalArticle>) =>
  clip(g.evidence ?? articles.get(g.article_id)?.text ?? '');

export function score(format: GoldFormat, articles: readonly EvalArticle[], gold: readonly GoldEvent[], predicted: number, m: Matching): { scores: Scores; errors: EvalError[] } {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const errors: EvalError[] = [];
  const fields = {} as Record<Field, Ratio>;
  for (const f of FIELDS) {
    let correct = 0;
    for (const { gold: g, pred } of m.pairs) {
      if (fieldAgrees(f, g, pred)) correct++;
      else errors.push({ kind: 'wrong_field', article_id: g.article_id, gold_id: g.id, field: f, evidence: goldEvidence(g, byId), expected: expectedText(f, g), got: gotText(f, pred) });
    }
    fields[f] = ratio(correct, m.pairs.length);
  }
  const exact = m.pairs.filter((p) => p.gold.geo_precision === 1);
  const agreeing = (f: Field) => exact.filter((p) => fieldAgrees(f, p.gold, p.pred)).length;
  const exactPlaces = exact.length ? { location: ratio(agreeing('location'), exact.length), country: ratio(agreeing('country'), exact.length) } : null;
  for (const g of m.missed) errors.push({ kind: 'missed', article_id: g.article_id, gold_id: g.id, field: null, evidence: goldEvidence(g, byId), expected: typeLabel(g.event_types), got: 'nothing' });
  for (const f of m.falsePositives) errors.push({ kind: 'false_positive', article_id: f.article_id, gold_id: null, field: null, evidence: predictedEvidence(f.pred, byId.get(f.article_id)), expected: 'nothing', got: `${f.pred.event_type} / ${f.pred.sub_event_type}` });
  // In input order: by article, then by gold line, false positives after an article's gold events.
  const articleAt = new Map(articles.map((a, i) => [a.id, i]));
  const goldAt = new Map(gold.map((g, i) => [g.id, i]));
  const rank = (e: EvalError) => [articleAt.get(e.article_id) ?? -1, e.gold_id === null ? Number.MAX_SAFE_INTEGER : goldAt.get(e.gold_id) ?? -1] as const;
  errors.sort((a, b) => rank(a)[0] - rank(b)[0] || rank(a)[1] - rank(b)[1]);
  const must = gold.filter((g) => g.must).length;
  const recall = ratio(must - m.missed.length, must);
  const precision = ratio(m.pairs.length, m.pairs.length + m.falsePositives.length);
  const f1 = recall.rate !== null && precision.rate !== null && recall.rate + precision.rate > 0
    ? (2 * recall.rate * precision.rate) / (recall.rate + precision.rate) : null;
  return {
    scores: { format, articles: articles.length, gold_events: gold.length, must_events: must, predicted, recall, precision, f1, false_positives: m.falsePositives.length, excused: m.excused.length, fields, exactPlaces, confusion: confusion(m) },
    errors,
  };
}
