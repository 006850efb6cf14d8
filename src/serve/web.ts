// The map page and its assets, read from dist/web (built by scripts/build-web.mjs). The page loads
// nothing from elsewhere, so the CSP allows only this origin, and no inline script or style.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** dist/web from both src/serve (run through tsx) and dist/serve (compiled): two levels up either way. */
export const WEB_DIR = fileURLToPath(new URL('../../dist/web/', import.meta.url));

export const PAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
  + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

const BUNDLE = ['main.js', 'main.css', 'main.js.map', 'main.css.map', 'countries.geojson', 'favicon.svg'];
/** esbuild's hashed asset names: letters, digits, dashes and one extension; nothing that climbs out. */
const ASSET = /^[\w-]+\.(png|svg)$/;

export interface WebOptions { dir?: string }

export async function webRoutes(app: FastifyInstance, opts: WebOptions = {}): Promise<void> {
  const dir = opts.dir ?? WEB_DIR;
  const page = (_req: unknown, reply: FastifyReply) => send(reply, dir, 'index.html');
  app.get('/', page);
  app.get('/index.html', page);
  for (const file of BUNDLE) app.get(`/${file}`, (_req, reply) => send(reply, dir, file));
  app.get<{ Params: { file: string } }>('/assets/:file', (req, reply) => {
    if (!ASSET.test(req.params.file)) return reply.code(404).type('text/plain; charset=utf-8').send(`no such asset: ${req.params.file}`);
    return send(reply, dir, `assets/${req.params.file}`);
  });
}

async function send(reply: FastifyReply, dir: string, file: string) {
  let body: Buffer;
  try {
    body = await readFile(dir + file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    const missing = file === 'index.html' || BUNDLE.includes(file);
    const message = missing
      ? `the map page is not built: ${dir}${file} is missing; run \`npm run build\``
      : `no such asset: ${file}`;
    return reply.code(missing ? 503 : 404).type('text/plain; charset=utf-8').send(message);
  }
  const type = TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';
  reply.type(type).header('x-content-type-options', 'nosniff').header('cache-control', 'no-cache');
  if (file.endsWith('.html')) {
    reply.header('content-security-policy', PAGE_CSP)
      .header('referrer-policy', 'no-referrer')
      .header('x-frame-options', 'DENY');
  }
  return reply.send(body);
}
