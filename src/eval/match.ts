/**
 * Pairs predictions with gold events, article by article (the gold README's rule).
 *
 * A prediction is a candidate for a gold event when one of its evidence spans overlaps the gold's
 * window: the sentence(s) holding the gold evidence. An ACLED row has no window (its whole note
 * is the evidence), so every prediction from that article is a candidate. Pairs are then taken
 * greedily, most overlapping characters first, then most agreeing fields, then must-events, so
 * each gold event gets at most one prediction and each prediction at most one gold event.
 */
import type { ConflictEvent } from '../model/event.js';
import { agreement } from './fields.js';
import { overlap } from './text.js';
import type { GoldEvent } from './types.js';

export interface Pair {
  gold: GoldEvent;
  pred: ConflictEvent;
}

export interface Prediction {
  article_id: string;
  pred: ConflictEvent;
}

export interface Matching {
  pairs: Pair[];
  /** must-events no prediction matched (unmatched must:false events are never misses). */
  missed: GoldEvent[];
  falsePositives: Prediction[];
  /** Unmatched predictions that overlap a must:false event: acceptable to report, so not counted. */
  excused: Prediction[];
}

/** Overlap in characters, or null when the prediction is no candidate for the gold event. */
function candidate(gold: GoldEvent, pred: ConflictEvent): number | null {
  if (gold.window === null) return 0;
  const n = overlap(gold.window, pred.evidence);
  return n > 0 ? n : null;
}

/**
 * Matches one article. Predictions are attributed to the article they were extracted from, not
 * to their own `article_id`, so a wrong id in a prediction cannot move it to another article.
 */
export function matchArticle(articleId: string, gold: readonly GoldEvent[], preds: readonly ConflictEvent[]): Matching {
  const options: Array<{ g: number; p: number; overlap: number; agree: number }> = [];
  gold.forEach((g, gi) => preds.forEach((p, pi) => {
    const n = candidate(g, p);
    if (n !== null) options.push({ g: gi, p: pi, overlap: n, agree: agreement(g, p) });
  }));
  options.sort((a, b) => b.overlap - a.overlap || b.agree - a.agree ||
    Number(gold[b.g]!.must) - Number(gold[a.g]!.must) || a.g - b.g || a.p - b.p);
  const goldUsed = new Set<number>(), predUsed = new Set<number>();
  const pairs: Pair[] = [];
  for (const o of options) {
    if (goldUsed.has(o.g) || predUsed.has(o.p)) continue;
    goldUsed.add(o.g);
    predUsed.add(o.p);
    pairs.push({ gold: gold[o.g]!, pred: preds[o.p]! });
  }
  const out: Matching = { pairs, missed: gold.filter((g, i) => g.must && !goldUsed.has(i)), falsePositives: [], excused: [] };
  preds.forEach((pred, i) => {
    if (predUsed.has(i)) return;
    // Reporting a must:false event is never a false positive, even twice.
    const optional = gold.some((g) => !g.must && candidate(g, pred) !== null);
    (optional ? out.excused : out.falsePositives).push({ article_id: articleId, pred });
  });
  return out;
}

/** Matches every article; `predicted` holds the extractor's output per article id. */
export function matchAll(gold: readonly GoldEvent[], articleIds: readonly string[], predicted: ReadonlyMap<string, readonly ConflictEvent[]>): Matching {
  const byArticle = new Map<string, GoldEvent[]>();
  for (const g of gold) {
    const list = byArticle.get(g.article_id);
    if (list) list.push(g);
    else byArticle.set(g.article_id, [g]);
  }
  const all: Matching = { pairs: [], missed: [], falsePositives: [], excused: [] };
  for (const id of articleIds) {
    const m = matchArticle(id, byArticle.get(id) ?? [], predicted.get(id) ?? []);
    all.pairs.push(...m.pairs);
    all.missed.push(...m.missed);
    all.falsePositives.push(...m.falsePositives);
    all.excused.push(...m.excused);
  }
  return all;
}
