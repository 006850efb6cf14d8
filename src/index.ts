// sitrep's library entry point: `import { extract, openStore, ingestArticles } from 'sitrep'`.
export type { Article, ArticleInput, ArticleStatus, IngestFailure } from './model/article.js';
export type * from './model/event.js';
export { EVENT_TYPES } from './model/event.js';
export type { Store, SaveResult, ArticleQuery, ArticleSummary, ArticleCounts } from './store/Store.js';
export { openStore, DEFAULT_DB } from './store/openStore.js';
export { ingestArticles, retryFailed, type IngestSummary, type ItemOutcome } from './pipeline/ingestArticles.js';
export { planInputs, readSource, readOrigin, type IngestItem, type ReadOptions } from './ingest/index.js';
export { extract, type ExtractOptions, type ExtractInput } from './pipeline/extract.js';
export { runEval, type EvalResult } from './eval/index.js';
export { UserError } from './errors.js';
