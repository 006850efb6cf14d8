// GET /openapi.json: an OpenAPI 3.1 document built from the routes' own schemas (so a route cannot go
// undocumented), with the response shapes below and the event schema from docs/event.schema.json.
import { readFileSync } from 'node:fs';
import type { FastifySchema } from 'fastify';

declare module 'fastify' {
  /** The route schemas carry their OpenAPI words too. */
  interface FastifySchema { summary?: string; description?: string; security?: Record<string, string[]>[] }
}

export interface RouteDoc { method: string; url: string; schema?: FastifySchema }

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object, description: string) => ({ description, content: { 'application/json': { schema } } });
const error = (description: string) => json(ref('Error'), description);
const badRequest = error('A parameter is missing, unknown or has a bad value; the error names it.');

/** Responses by "METHOD /path"; the parameters come from the route schemas. */
const RESPONSES: Record<string, Record<string, unknown>> = {
  'GET /api/events': {
    200: {
      description: 'A page of events, newest first',
      headers: { 'X-Total-Count': { description: 'Events matching the filters, over all pages', schema: { type: 'integer' } } },
      content: {
        'application/json': { schema: ref('EventPage') },
        'text/csv': { schema: { type: 'string', description: 'ACLED columns (docs/event-format.md, CSV export)' } },
        'application/geo+json': { schema: { type: 'object', description: 'A FeatureCollection; each feature\'s properties are the event without evidence and sources' } },
      },
    },
    400: badRequest,
  },
  'GET /api/events/{id}': { 200: json(ref('EventReply'), 'The event'), 404: error('No event with this id') },
  'GET /api/articles/{id}': { 200: json(ref('ArticleReply'), 'The article, with its text'), 404: error('No article with this id') },
  'POST /api/articles': {
    201: json(ref('IngestReply'), 'Stored, with the events extracted from it'),
    200: json(ref('IngestReply'), 'Already stored (same text or URL): its id and events'),
    400: badRequest, 401: error('Missing or wrong token'), 403: error('The server was started without a token: read-only'),
    422: error('The text cannot be used (empty, binary, not English...)'),
  },
  'GET /api/stats': { 200: json(ref('Stats'), 'Counts of the matching events'), 400: badRequest },
  'GET /openapi.json': { 200: json({ type: 'object' }, 'This document') },
};

const nullableText = { type: ['string', 'null'] };
const SCHEMAS = {
  Error: { type: 'object', required: ['success', 'error'], properties: { success: { const: false }, error: { type: 'string' } } },
  EventPage: {
    type: 'object', required: ['success', 'count', 'total', 'page', 'limit', 'data'],
    properties: {
      success: { const: true }, count: { type: 'integer', description: 'events in this page' },
      total: { type: 'integer', description: 'events matching, over all pages' }, page: { type: 'integer' }, limit: { type: 'integer' },
      data: { type: 'array', items: ref('ConflictEvent') },
    },
  },
  EventReply: { type: 'object', required: ['success', 'data'], properties: { success: { const: true }, data: ref('ConflictEvent') } },
  Article: {
    type: 'object',
    required: ['id', 'origin', 'url', 'source', 'title', 'byline', 'published', 'language', 'text', 'fetchedAt', 'contentHash', 'status', 'error'],
    properties: {
      id: { type: 'string' }, origin: { type: 'string' }, url: nullableText, source: nullableText, title: nullableText,
      byline: nullableText, published: nullableText, language: nullableText,
      text: { type: 'string', description: 'The text that evidence offsets point into' }, fetchedAt: { type: 'string' },
      contentHash: nullableText, status: { enum: ['new', 'extracted', 'failed'] }, error: nullableText,
    },
  },
  ArticleReply: { type: 'object', required: ['success', 'data'], properties: { success: { const: true }, data: ref('Article') } },
  IngestReply: {
    type: 'object', required: ['success', 'id', 'outcome', 'warnings', 'count', 'data'],
    properties: {
      success: { const: true }, id: { type: 'string' }, outcome: { enum: ['inserted', 'duplicate'] },
      warnings: { type: 'array', items: { type: 'string' } }, count: { type: 'integer' }, data: { type: 'array', items: ref('ConflictEvent') },
    },
  },
  Stats: {
    type: 'object', required: ['success', 'total', 'by_type', 'by_day'],
    properties: {
      success: { const: true }, total: { type: 'integer' },
      by_type: { type: 'object', additionalProperties: { type: 'integer' } },
      by_day: { type: 'array', items: { type: 'object', required: ['date', 'event_type', 'count'],
        properties: { date: { type: 'string', format: 'date' }, event_type: { type: 'string' }, count: { type: 'integer' } } } },
    },
  },
};

/** docs/event.schema.json with its $defs lifted into components, so its references resolve there. */
function eventSchemas(): Record<string, unknown> {
  const text = readFileSync(new URL('../../docs/event.schema.json', import.meta.url), 'utf8');
  const { $schema: _s, $defs = {}, ...event } = JSON.parse(text.replaceAll('"#/$defs/', '"#/components/schemas/')) as
    Record<string, unknown> & { $defs?: Record<string, unknown> };
  return { ...$defs, ConflictEvent: event };
}

type Props = { properties?: Record<string, { description?: string }>; required?: string[] };

function parameters(where: 'query' | 'path', schema: unknown) {
  const s = (schema ?? {}) as Props;
  return Object.entries(s.properties ?? {}).map(([name, p]) => {
    const { description, ...rest } = p;
    return { name, in: where, required: where === 'path' || (s.required ?? []).includes(name), description, schema: rest };
  });
}

function operation(route: RouteDoc) {
  const s = route.schema ?? {};
  const path = route.url.replace(/:(\w+)/g, '{$1}');
  return {
    summary: s.summary, description: s.description, security: s.security,
    parameters: [...parameters('path', s.params), ...parameters('query', s.querystring)],
    requestBody: s.body ? { required: true, content: { 'application/json': { schema: s.body } } } : undefined,
    responses: RESPONSES[`${route.method} ${path}`] ?? { 200: { description: 'OK' } },
  };
}

export function openApiDocument(routes: RouteDoc[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    (paths[path] ??= {})[route.method.toLowerCase()] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info: { title: 'sitrep API', version, description: 'Coded conflict events, every field linked to the words it came from. '
      + 'Read-only unless the server was started with a token.' },
    paths,
    components: {
      schemas: { ...eventSchemas(), ...SCHEMAS },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}
