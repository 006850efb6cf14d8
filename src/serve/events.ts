// GET /api/events (filtered, paged, as JSON, ACLED-column CSV or GeoJSON) and GET /api/events/:id.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { eventWriter } from '../export/formats.js';
import type { ConflictEvent } from '../model/event.js';
import type { Store } from '../store/Store.js';
import { notFound } from './replies.js';
import { type EventsParams, eventsQuerySchema, pickFormat, toEventQuery } from './query.js';
import { type ReadPool, readPoolFor, readWorkers } from './readPool.js';
import { pageBody, pageTotal } from './readWorker.js';

const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', geojson: 'application/geo+json; charset=utf-8' };

/** The stored JSON goes out as it is: parsing and re-serialising a page would double its cost. */
function jsonPage(reply: FastifyReply, { body, total }: { body: string | Buffer; total: number }) {
  reply.header('X-Total-Count', String(total));
  return reply.type('application/json; charset=utf-8').send(body);
}

export async function eventRoutes(app: FastifyInstance, { store }: { store: Store }): Promise<void> {
  const workers = readWorkers(); // a bad setting stops the server here, not at the first request
  // Started at the first page asked for, so a server that never lists events never starts threads.
  let pool: ReadPool | null | undefined;
  const readPool = () => (pool === undefined ? (pool = readPoolFor(store, workers)) : pool);
  app.addHook('onClose', async () => { await pool?.close(); });

  app.get<{ Querystring: EventsParams }>('/events', {
    schema: {
      summary: 'Events matching the filters, newest first, a page at a time',
      description: 'ACLED API parameter names. JSON: { success, count, total, page, limit, data }. CSV and GeoJSON '
        + 'carry the total in the X-Total-Count header.',
      querystring: eventsQuerySchema,
    },
  }, async (req, reply) => {
    const { limit, page } = req.query;
    const filter = toEventQuery(req.query);
    const query = { ...filter, limit, offset: (page - 1) * limit };
    const format = pickFormat(req.query.format, req.headers.accept);
    const pooled = format === 'json' ? readPool()?.page(query, page) : null;
    if (pooled) return jsonPage(reply, await pooled);
    const rows = await store.listEventsJson(query);
    const total = await pageTotal(rows.length, query, () => store.countEvents(filter));
    if (format === 'json') return jsonPage(reply, { body: pageBody(rows, total, page, limit), total });
    reply.header('X-Total-Count', String(total));
    const chunks: string[] = [];
    const out = eventWriter(format, (chunk) => chunks.push(chunk));
    for (const json of rows) out.event(JSON.parse(json) as ConflictEvent);
    out.end();
    return reply.type(CONTENT_TYPES[format]).send(chunks.join(''));
  });

  app.get<{ Params: { id: string } }>('/events/:id', {
    schema: {
      summary: 'One event with its evidence and every source that reports it',
      params: { type: 'object', properties: { id: { type: 'string', maxLength: 100, description: 'event_id' } }, required: ['id'] },
    },
  }, async (req, reply) => {
    const event = await store.getEvent(req.params.id);
    return event ? { success: true, data: event } : notFound(reply, `no event with id "${req.params.id}"`);
  });
}
