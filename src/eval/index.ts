/** The evaluation module's public surface: run an extractor against gold events and score it. */
export { runEval, loadEvalSet, type EvalOptions, type EvalResult } from './runEval.js';
export type { EvalArticle, Extractor, EvalSet, GoldEvent, Field } from './types.js';
export { FIELDS } from './types.js';
export type { Scores, EvalError, Ratio } from './score.js';
export type { Confusion } from './confusion.js';
export { readGoldJsonl } from './goldJsonl.js';
export { readAcledCsv } from './acledCsv.js';
export { formatReport, reportJson } from './report.js';
