// One thread of the read pool (readPool.ts): its own read-only connection to the store's file, and
// the store's own queries, so a page and its total are the ones the store would give.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { EventQueries } from '../store/sqlite/eventQuery.js';
import type { EventQuery } from '../store/Store.js';

export type PageQuery = EventQuery & { limit: number; offset: number };
/** `page` is the 1-based page number the body reports. */
export interface PageRequest { id: number; query: PageQuery; page: number }
/** `body`: the whole JSON reply, as UTF-8 bytes handed over without a copy. */
export interface PageReply { id: number; body?: Uint8Array; total?: number; error?: string }

/** A page that is not full is the last one, so it gives the total without counting again. */
export function pageTotal<T>(rows: number, query: PageQuery, count: () => T): number | T {
  return rows < query.limit && (rows > 0 || query.offset === 0) ? query.offset + rows : count();
}

const head = (count: number, total: number, page: number, limit: number) =>
  `{"success":true,"count":${count},"total":${total},"page":${page},"limit":${limit},"data":[`;

/** The JSON reply of /api/events around the stored JSON of a page's events, passed on as it is. */
export function pageBody(rows: string[], total: number, page: number, limit: number): string {
  return `${head(rows.length, total, page, limit)}${rows.join(',')}]}`;
}

/** pageBody from UTF-8 rows, into memory of its own (a pooled Buffer could not be transferred). */
export function pageBytes(rows: Buffer[], total: number, page: number, limit: number): Uint8Array {
  const start = Buffer.from(head(rows.length, total, page, limit));
  const body = new Uint8Array(rows.reduce((n, r) => n + r.length + 1, start.length + 2 - Math.min(1, rows.length)));
  body.set(start);
  let at = start.length;
  for (const [i, row] of rows.entries()) {
    if (i > 0) body[at++] = 0x2c; // ,
    body.set(row, at);
    at += row.length;
  }
  body.set([0x5d, 0x7d], at); // ]}
  return body;
}

if (parentPort && workerData?.path) {
  const port = parentPort;
  const queries = new EventQueries(new Database(workerData.path as string, { readonly: true, fileMustExist: true }));
  port.on('message', ({ id, query, page }: PageRequest) => {
    try {
      const rows = queries.listJsonBytes(query);
      const total = pageTotal(rows.length, query, () => queries.count(query));
      const body = pageBytes(rows, total, page, query.limit);
      port.postMessage({ id, body, total } satisfies PageReply, [body.buffer as ArrayBuffer]);
    } catch (err) {
      port.postMessage({ id, error: (err as Error).message } satisfies PageReply);
    }
  });
}
