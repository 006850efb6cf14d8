// sitrep's library entry point: `import { openStore, ingestArticles } from 'sitrep'`.
export type { Article, ArticleInput, ArticleStatus, IngestFailure } from './model/article.js';
export type * from './model/event.js';
export { EVENT_TYPES } from './model/event.js';
export type { Store, SaveResult, ArticleQuery, ArticleSummary, ArticleCounts } from './store/Store.js';
export { openStore, DEFAULT_DB } from './store/openStore.js';
export { ingestArticles, retryFailed, type IngestSummary, type ItemOutcome } from './pipeline/ingestArticles.js';
export { planInputs, readSource, readOrigin, type IngestItem, type ReadOptions } from './ingest/index.js';
export { UserError } from './errors.js';
