import type { Migration } from './types.js';
import { migration as articles } from './001-articles.js';
import { migration as events } from './002-events.js';

/** Versioned schema for the PostgreSQL store, oldest first. A new step is a new file and one line here. */
export const MIGRATIONS: Migration[] = [articles, events];
