/**
 * Runs an extractor over an evaluation set and scores it. The reader follows the gold file's
 * extension: `.jsonl` is the project's gold format (its docs read from `input`), `.csv` an ACLED
 * export. Articles are extracted one at a time so a progress bar and error messages stay in order.
 */
import { extname } from 'node:path';
import type { ConflictEvent } from '../model/event.js';
import { UserError } from '../errors.js';
import { readAcledCsv } from './acledCsv.js';
import { readGoldJsonl } from './goldJsonl.js';
import { matchAll } from './match.js';
import { formatReport, reportJson } from './report.js';
import { score, type EvalError, type Scores } from './score.js';
import type { EvalArticle, EvalSet, Extractor } from './types.js';

export interface EvalOptions {
  /** A gold JSONL file or an ACLED CSV export. */
  gold: string;
  /** The folder holding the articles a gold JSONL file names; unused for ACLED CSV. */
  input?: string;
  extract: Extractor;
  /** List every miss, wrong field and false positive. */
  errors?: boolean;
  onProgress?: (done: number, total: number, article: EvalArticle) => void;
}

export interface EvalResult {
  scores: Scores;
  /** null unless `errors` was asked for. */
  errors: EvalError[] | null;
  /** The plain-text report. */
  report: string;
  /** The JSON form of the same numbers. */
  json: object;
}

export async function loadEvalSet(gold: string, input?: string): Promise<EvalSet> {
  const ext = extname(gold).toLowerCase();
  if (ext === '.csv') return readAcledCsv(gold);
  if (ext === '.jsonl') {
    if (!input) throw new UserError(`${gold}: a gold JSONL file needs --input DIR, the folder of the articles it names`);
    return readGoldJsonl(gold, input);
  }
  throw new UserError(`${gold}: expected a .jsonl gold file or a .csv ACLED export`);
}

export async function runEval(opts: EvalOptions): Promise<EvalResult> {
  const set = await loadEvalSet(opts.gold, opts.input);
  const predicted = new Map<string, ConflictEvent[]>();
  let count = 0;
  for (const [i, article] of set.articles.entries()) {
    let events: ConflictEvent[];
    try {
      events = await opts.extract(article);
    } catch (e) {
      throw new Error(`extractor failed on article ${article.id}: ${(e as Error).message}`, { cause: e });
    }
    predicted.set(article.id, events);
    count += events.length;
    opts.onProgress?.(i + 1, set.articles.length, article);
  }
  const matching = matchAll(set.gold, set.articles.map((a) => a.id), predicted);
  const { scores, errors } = score(set.format, set.articles, set.gold, count, matching);
  const shown = opts.errors ? errors : null;
  return { scores, errors: shown, report: formatReport(opts.gold, scores, shown), json: reportJson(opts.gold, scores, shown) };
}
