// The HTTP server: the JSON API under /api, its OpenAPI document, and the map page (web.ts).
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { createRequire } from 'node:module';
import { UserError } from '../errors.js';
import { defaultGeocoder } from '../geocode/index.js';
import { extract } from '../pipeline/extract.js';
import type { Extractor } from '../pipeline/ingestArticles.js';
import type { Store } from '../store/Store.js';
import { articleRoutes } from './articles.js';
import { eventRoutes } from './events.js';
import { openApiDocument, type RouteDoc } from './openapi.js';
import { BadParameter } from './query.js';
import { fail } from './replies.js';
import { statsRoutes } from './stats.js';
import { webRoutes } from './web.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

export interface ServerOptions {
  store: Store;
  /** Writes need `Authorization: Bearer <token>`; without a token the server is read-only. */
  token?: string;
  logger?: boolean;
}

const isDocumented = (url: string) => url.startsWith('/api/') || url === '/openapi.json';

/** One line naming what was wrong, from ajv's first complaint. */
function validationMessage(err: FastifyError): string {
  const v = err.validation?.[0];
  if (!v) return err.message;
  const p = v.params as { missingProperty?: string; additionalProperty?: string; allowedValues?: unknown[] };
  const what = err.validationContext === 'body' ? 'field' : 'parameter';
  if (p.additionalProperty) return `unknown ${what} ${p.additionalProperty}`;
  if (p.missingProperty) return `missing ${what} ${p.missingProperty}`;
  const name = v.instancePath.replace(/^\//, '').replace(/\//g, '.') || err.validationContext;
  const allowed = p.allowedValues ? ` (${p.allowedValues.map((a) => JSON.stringify(a)).join(', ')})` : '';
  return `bad ${what} ${name}: ${v.message}${allowed}`;
}

function errorReply(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err.validation) return fail(reply, 400, validationMessage(err));
    if (err instanceof BadParameter || err instanceof UserError) return fail(reply, 400, err.message);
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) return fail(reply, err.statusCode, err.message);
    req.log.error(err);
    return fail(reply, 500, 'internal error (see the server log)');
  });
}

async function apiRoutes(app: FastifyInstance, { store, token, extract }: { store: Store; token?: string; extract: () => Extractor }) {
  const opts = { store, token, extract }; // not the prefix: the routes below are already under it
  app.setNotFoundHandler((req, reply) => fail(reply, 404, `no such endpoint: ${req.method} ${req.url.split('?')[0]}`));
  await app.register(eventRoutes, opts);
  await app.register(articleRoutes, opts);
  await app.register(statsRoutes, opts);
}

export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: opts.logger ?? false, ajv: { customOptions: { removeAdditional: false } } });
  const routes: RouteDoc[] = [];
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) {
      if (method !== 'HEAD' && isDocumented(r.url)) routes.push({ method, url: r.url, schema: r.schema as RouteDoc['schema'] });
    }
  });
  app.addHook('onSend', async (req, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    if (isDocumented(req.url.split('?')[0]!)) {
      reply.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
      reply.header('Cache-Control', 'no-store');
      reply.header('Referrer-Policy', 'no-referrer');
    }
  });
  errorReply(app);
  let extractor: Extractor | null = null;
  // The gazetteer loads on the first write only: a read-only server never needs it.
  const lazyExtract = () => (extractor ??= ((geocoder) => (a: Parameters<Extractor>[0]) => extract(a, { geocoder }))(defaultGeocoder()));
  await app.register(apiRoutes, { prefix: '/api', store: opts.store, token: opts.token, extract: lazyExtract });
  app.get('/openapi.json', { schema: { summary: 'This API described as OpenAPI 3.1' } }, async () => openApiDocument(routes, version));
  await app.register(webRoutes);
  return app;
}
