// GET /api/articles/:id (with its text, so evidence offsets can be shown), and the one write:
// POST /api/articles, which stores an article and extracts its events as `sitrep ingest` does.
import type { FastifyInstance } from 'fastify';
import { finish } from '../ingest/validate.js';
import { resolveOptions } from '../ingest/types.js';
import type { ConflictEvent } from '../model/event.js';
import { type Extractor, storeItem } from '../pipeline/ingestArticles.js';
import type { Store } from '../store/Store.js';
import { requireToken } from './auth.js';
import { fail, notFound } from './replies.js';

export interface NewArticle { text: string; title?: string | null; url?: string | null; source?: string | null; published?: string | null }

const optionalText = { type: ['string', 'null'], maxLength: 2000 };
const MAX_TEXT = 5 * 1024 * 1024;

export interface ArticleRouteOptions { store: Store; token?: string; extract: () => Extractor }

export async function articleRoutes(app: FastifyInstance, { store, token, extract }: ArticleRouteOptions): Promise<void> {
  app.get<{ Params: { id: string } }>('/articles/:id', {
    schema: {
      summary: 'One stored article with its text',
      params: { type: 'object', properties: { id: { type: 'string', maxLength: 100, description: 'article id' } }, required: ['id'] },
    },
  }, async (req, reply) => {
    const article = await store.getArticle(req.params.id);
    return article ? { success: true, data: article } : notFound(reply, `no article with id "${req.params.id}"`);
  });

  app.post<{ Body: NewArticle }>('/articles', {
    bodyLimit: MAX_TEXT + 64 * 1024,
    onRequest: requireToken(token), // before the body is even read
    schema: {
      summary: 'Store an article and extract its events (needs the token given to sitrep serve)',
      description: 'Authorization: Bearer TOKEN. 201 with the new article id and its events; 200 with the stored one '
        + 'when the same text or URL is already there; 422 when the text cannot be used (empty, not English...).',
      security: [{ bearer: [] }],
      body: {
        type: 'object', additionalProperties: false, required: ['text'],
        properties: {
          text: { type: 'string', minLength: 1, maxLength: MAX_TEXT },
          title: optionalText, url: optionalText, source: optionalText, published: optionalText,
        },
      },
    },
  }, async (req, reply) => {
    const b = req.body;
    const item = finish({ origin: b.url ?? 'api', url: b.url ?? null, source: b.source ?? null, title: b.title ?? null,
      byline: null, published: b.published ?? null, text: b.text }, resolveOptions());
    if (item.kind === 'failure') return fail(reply, 422, `article not stored: ${item.failure.error}`);
    const stored = await store.batch(async () => {
      const outcome = await storeItem(store, item);
      let events: ConflictEvent[];
      if (outcome.outcome === 'inserted') {
        events = extract()({ ...item.article, id: outcome.id });
        await store.replaceEvents(outcome.id, events);
      } else events = await store.listEvents({ articleId: outcome.id, limit: 10_000 });
      return { outcome, events };
    });
    const { outcome, events } = stored;
    return reply.code(outcome.outcome === 'inserted' ? 201 : 200).send({
      success: true, id: outcome.id, outcome: outcome.outcome, warnings: item.warnings, count: events.length, data: events,
    });
  });
}
