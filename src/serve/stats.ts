// GET /api/stats: totals by type and by day for the same filters as /api/events.
import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/Store.js';
import { type FilterParams, statsQuerySchema, toEventQuery } from './query.js';

export async function statsRoutes(app: FastifyInstance, { store }: { store: Store }): Promise<void> {
  app.get<{ Querystring: FilterParams }>('/stats', {
    schema: {
      summary: 'Counts of the matching events by type and by day',
      description: 'by_day has one row a day and event type, oldest first; an event counts on the last day of its date range.',
      querystring: statsQuerySchema,
    },
  }, async (req) => {
    const stats = await store.eventStats(toEventQuery(req.query));
    return { success: true, total: stats.total, by_type: stats.byType, by_day: stats.byDay };
  });
}
