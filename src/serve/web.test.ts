import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { PAGE_CSP, webRoutes } from './web.js';

/** A real server on 127.0.0.1 over a small bundle folder written here (or none at all). */
async function serve(files: Record<string, string> | null) {
  const root = mkdtempSync(join(tmpdir(), 'sitrep-web-'));
  const dir = join(root, 'web') + '/';
  if (files) {
    mkdirSync(join(dir, 'assets'), { recursive: true });
    for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  }
  const app = Fastify();
  await app.register(webRoutes, { dir });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { url, close: async () => { await app.close(); rmSync(root, { recursive: true, force: true }); } };
}

const BUNDLE = {
  'index.html': '<!doctype html><title>t</title>', 'main.js': 'export {};', 'main.css': 'body{}',
  'countries.geojson': '{"type":"FeatureCollection","features":[]}', 'assets/layers-AB12.png': 'png',
};

test('the page is served with the strict CSP and no inline allowances', async (t) => {
  const server = await serve(BUNDLE);
  t.after(server.close);
  const res = await fetch(server.url + '/');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
  assert.equal(res.headers.get('content-security-policy'), PAGE_CSP);
  assert.doesNotMatch(PAGE_CSP, /unsafe/);
  assert.equal(await res.text(), BUNDLE['index.html']);
});

test('bundle files and assets get their content types; nothing outside the bundle is reachable', async (t) => {
  const server = await serve(BUNDLE);
  t.after(server.close);
  const type = async (path: string) => (await fetch(server.url + path)).headers.get('content-type');
  assert.match(await type('/main.js') ?? '', /^text\/javascript/);
  assert.match(await type('/main.css') ?? '', /^text\/css/);
  assert.match(await type('/countries.geojson') ?? '', /^application\/geo\+json/);
  assert.equal(await type('/assets/layers-AB12.png'), 'image/png');
  for (const path of ['/assets/..%2F..%2Fpackage.json', '/assets/missing.png', '/package.json']) {
    assert.equal((await fetch(server.url + path)).status, 404, path);
  }
});

test('a missing bundle answers 503 with one line saying how to build it', async (t) => {
  const server = await serve(null);
  t.after(server.close);
  const res = await fetch(server.url + '/');
  assert.equal(res.status, 503);
  const body = await res.text();
  assert.match(body, /^the map page is not built: .*index\.html is missing; run `npm run build`$/);
});
