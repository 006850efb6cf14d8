// Pages of /api/events read in worker threads. better-sqlite3 is synchronous: on the server's one
// thread, a page's reads hold up every other request behind it. Each worker has its own read-only
// connection (WAL lets them read while the server writes), so pages are read side by side on
// separate cores while the main thread does the HTTP.
import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UserError } from '../errors.js';
import type { Store } from '../store/Store.js';
import type { PageQuery, PageReply, PageRequest } from './readWorker.js';

/** A page's JSON reply as UTF-8, and the total it reports. */
export interface Page { body: Buffer; total: number }

interface Slot { worker: Worker; inFlight: number }
interface Waiting { slot: Slot; resolve: (page: Page) => void; reject: (err: Error) => void }

// The worker runs as this file does: JavaScript once built; TypeScript under tsx, whose loader a
// worker does not inherit, so a one-line module registers it first.
const WORKER = new URL(`./readWorker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);
const WORKER_ENTRY = WORKER.pathname.endsWith('.ts')
  ? new URL(`data:text/javascript,${encodeURIComponent(`import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};
register(); await import(${JSON.stringify(WORKER.href)});`)}`)
  : WORKER;

export class ReadPool {
  private slots: Slot[];
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;

  constructor(path: string, size: number) {
    this.slots = Array.from({ length: size }, () => this.start(path));
  }

  private start(path: string): Slot {
    const slot: Slot = { worker: new Worker(WORKER_ENTRY, { workerData: { path } }), inFlight: 0 };
    slot.worker.on('message', (reply: PageReply) => this.settle(reply));
    // A worker that dies takes its pages with it; the others, or the store itself, serve the rest.
    const drop = (err: Error) => {
      this.slots = this.slots.filter((s) => s !== slot);
      for (const [id, w] of this.waiting) if (w.slot === slot) { this.waiting.delete(id); w.reject(err); }
    };
    slot.worker.on('error', drop);
    slot.worker.on('exit', (code) => drop(new Error(`read worker stopped (exit code ${code})`)));
    slot.worker.unref(); // an idle pool does not keep the process alive; a page in flight does
    return slot;
  }

  private settle(reply: PageReply): void {
    const w = this.waiting.get(reply.id);
    if (!w) return;
    this.waiting.delete(reply.id);
    if (--w.slot.inFlight === 0) w.slot.worker.unref();
    if (reply.error !== undefined) w.reject(new Error(reply.error));
    else w.resolve({ body: Buffer.from(reply.body!.buffer, reply.body!.byteOffset, reply.body!.byteLength), total: reply.total! });
  }

  /** The page on the least busy worker; null once no worker is left. */
  page(query: PageQuery, page: number): Promise<Page> | null {
    const slot = this.slots.reduce<Slot | null>((best, s) => (!best || s.inFlight < best.inFlight ? s : best), null);
    if (!slot) return null;
    const id = this.nextId++;
    if (slot.inFlight++ === 0) slot.worker.ref();
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { slot, resolve, reject });
      slot.worker.postMessage({ id, query, page } satisfies PageRequest);
    });
  }

  async close(): Promise<void> {
    const slots = this.slots;
    this.slots = [];
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}

/** SITREP_READ_WORKERS, or one worker a core and at most 2; 0 reads on the server's own thread. */
export function readWorkers(): number {
  const setting = process.env.SITREP_READ_WORKERS;
  const size = setting === undefined ? Math.min(2, availableParallelism()) : Number(setting);
  if (setting?.trim() === '' || !Number.isInteger(size) || size < 0) {
    throw new UserError(`SITREP_READ_WORKERS "${setting}" is not a whole number of workers`);
  }
  return size;
}

/** A pool for a SQLite store kept in a file; none for another store or an in-memory database. */
export function readPoolFor(store: Store, size: number): ReadPool | null {
  const db = (store as { db?: { name?: unknown; memory?: boolean } }).db;
  if (size < 1 || store.kind !== 'sqlite' || !db || db.memory || typeof db.name !== 'string' || db.name === '') return null;
  return new ReadPool(db.name, size);
}
