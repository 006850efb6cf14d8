import type { Migration } from './types.js';
import { migration as articles } from './001-articles.js';
import { migration as events } from './002-events.js';
import { migration as eventFilters } from './003-event-filters.js';
import { migration as mergedEvents } from './004-merged-events.js';
import { migration as gridCells } from './005-grid-cells.js';

/** Versioned schema for the SQLite store, oldest first. A new step is a new file and one line here. */
export const MIGRATIONS: Migration[] = [articles, events, eventFilters, mergedEvents, gridCells];
