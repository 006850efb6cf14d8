// The read side of the events table in SQLite; the WHERE clause is the drivers' shared eventFilter.
import type Database from 'better-sqlite3';
import type { EventType } from '../../model/event.js';
import type { EventQuery, EventStats } from '../Store.js';
import { type Filter, type FilterDialect, type SearchWord, eventFilter as sharedFilter, searchWords } from '../eventFilter.js';
import { GRID_CELL, gridCells } from './migrations/005-grid-cells.js';

/** Words as FTS5 phrases, so punctuation in a search box is never query syntax; `word*` keeps its prefix star. */
export function ftsQuery(text: string): string | null {
  return ftsPhrases(searchWords(text));
}

const ftsPhrases = (words: SearchWord[]) =>
  words.length ? words.map((w) => `"${w.word.replace(/"/g, '""')}"${w.prefix ? '*' : ''}`).join(' ') : null;

const SQLITE: FilterDialect = {
  placeholder: () => '?',
  equalsNoCase: (column, param) => `${column} = ${param} COLLATE NOCASE`,
  containsNoCase: (column, param) => `${column} LIKE ${param} ESCAPE '\\'`,
  fullText: (param) => `rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ${param})`,
  fullTextValue: ftsPhrases,
  never: '0',
};

/** `longestSpan`: the most days any stored date range covers. */
export function eventFilter(q: EventQuery, longestSpan = 0): Filter {
  return sharedFilter(q, SQLITE, longestSpan);
}

/** More cells than this (a box of ~40 by 40 degrees) and a query walks the date indexes instead. */
const MAX_CELLS = 400;

const MMAP_BYTES = 2 ** 33;

/** Runs the event queries; statements are prepared once for each shape of filter. */
export class EventQueries {
  private readonly statements = new Map<string, Database.Statement>();

  private readonly longestSpan: Database.Statement;

  constructor(private readonly db: Database.Database) {
    // A page reads a few hundred rows scattered over the file; mapped, each is a memory read rather
    // than a read() call (measured at 1M events: date + type + box pages in 35-50% less time).
    // SQLite caps the size at its build's limit (2 GB); the file need not fit.
    db.pragma(`mmap_size = ${MMAP_BYTES}`);
    // The same expression as the events_span index, so that max() reads one index entry.
    this.longestSpan = db.prepare('SELECT max(julianday(date_to) - julianday(date_from)) FROM events').pluck();
  }

  private filter(q: EventQuery): Filter & { from: string; byCell: boolean } {
    const f = eventFilter(q, q.to ? ((this.longestSpan.get() as number | null) ?? 0) : 0);
    // The box's grid cells (implied by the box, so the rows are the same) let the cell indexes of
    // migration 5 read only the events under it; past a continent's worth of cells the date order wins,
    // and words to search for usually narrow more than a box does.
    const cells = q.bbox && q.text === undefined ? gridCells(q.bbox) : [];
    if (!cells.length || cells.length > MAX_CELLS) return { ...f, from: 'events', byCell: false };
    // Named, because the planner takes the date index for the sake of ORDER BY and then reads every
    // event of the type in the window, which is what the cells are there to avoid.
    return {
      from: `events INDEXED BY ${q.eventType ? 'events_type_cell' : 'events_cell'}`, byCell: true,
      where: `${f.where} AND ${GRID_CELL} IN (SELECT value FROM json_each(?))`, params: [...f.params, JSON.stringify(cells)],
    };
  }

  private prepare(sql: string): Database.Statement {
    let stmt = this.statements.get(sql);
    if (!stmt) this.statements.set(sql, (stmt = this.db.prepare(sql)));
    return stmt;
  }

  /** Newest first. SQLite sorts NULL lowest, so undated events come last; event_id breaks ties. */
  listJson(q: EventQuery = {}): string[] {
    return this.page(q, 'json') as string[];
  }

  /** The same page as UTF-8 bytes, for passing on without decoding and encoding each event again. */
  listJsonBytes(q: EventQuery = {}): Buffer[] {
    return this.page(q, 'CAST(json AS BLOB)') as Buffer[];
  }

  private page(q: EventQuery, json: string): unknown[] {
    const f = this.filter(q);
    const order = 'ORDER BY date_to DESC, event_id DESC';
    // Cells come out of the index one after another, not in date order, so SQLite sorts the matches.
    // Sorting them inside the covering index and reading the JSON of the page's rows only keeps it
    // from reading the JSON of every match; the page comes out in order, so nothing is sorted twice.
    const sql = f.byCell
      ? `SELECT ${json} FROM (SELECT rowid AS id, date_to, event_id FROM ${f.from} ${f.where} ${order} LIMIT ? OFFSET ?) AS page
          CROSS JOIN events ON events.rowid = page.id ORDER BY page.date_to DESC, page.event_id DESC`
      : `SELECT ${json} FROM events ${f.where} ${order} LIMIT ? OFFSET ?`;
    return this.prepare(sql).pluck().all(...f.params, q.limit ?? 100, q.offset ?? 0);
  }

  count(q: EventQuery = {}): number {
    const f = this.filter(q);
    return this.prepare(`SELECT count(*) FROM ${f.from} ${f.where}`).pluck().get(...f.params) as number;
  }

  stats(q: EventQuery = {}): EventStats {
    const f = this.filter(q);
    const byDay = this.prepare(`SELECT date_to AS date, event_type, count(*) AS count FROM ${f.from}
      ${f.where ? `${f.where} AND` : 'WHERE'} date_to IS NOT NULL GROUP BY date_to, event_type ORDER BY date_to, event_type`)
      .all(...f.params) as EventStats['byDay'];
    const types = this.prepare(`SELECT event_type, count(*) AS n FROM ${f.from} ${f.where} GROUP BY event_type ORDER BY event_type`)
      .all(...f.params) as { event_type: EventType; n: number }[];
    const byType = Object.fromEntries(types.map((t) => [t.event_type, t.n])) as EventStats['byType'];
    return { total: types.reduce((sum, t) => sum + t.n, 0), byType, byDay };
  }
}
