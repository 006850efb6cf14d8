import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fetchBytes } from './fetch.js';
import { closedPort, sleep, startServer, type TestServer } from './test-server.js';
import { resolveOptions } from './types.js';

let server: TestServer;
const fast = resolveOptions({ timeoutMs: 300, retries: 0 });

before(async () => {
  server = await startServer({
    '/ok': (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end('hello'),
    '/flaky': (_req, res, hit) => void (hit === 1 ? res.writeHead(503).end('busy') : res.writeHead(200).end('second time')),
    '/gone': (_req, res) => void res.writeHead(404).end('nope'),
    '/forbidden': (_req, res) => void res.writeHead(403).end('nope'),
    '/hang': () => undefined, // never answers
    '/big': (_req, res) => void res.writeHead(200, { 'content-length': '5000' }).end('x'.repeat(5000)),
    '/big-chunked': async (_req, res) => {
      res.writeHead(200);
      for (let i = 0; i < 10; i++) res.write('y'.repeat(500));
      res.end();
    },
  });
});
after(async () => {
  await server.close();
});

test('a page is fetched with a clear user-agent', async () => {
  const got = await fetchBytes(`${server.base}/ok`, fast);
  assert.ok(got.ok);
  assert.equal(Buffer.from(got.bytes).toString(), 'hello');
  assert.equal(got.contentType, 'text/plain');
  assert.equal(server.userAgents.at(-1), 'sitrep/0.1 (+conflict event extraction)');
});

test('bad URLs and dead servers give one-line reasons', async () => {
  const port = await closedPort();
  const rows: [string, string][] = [
    [`${server.base}/gone`, 'HTTP 404 Not Found'],
    [`${server.base}/forbidden`, 'HTTP 403 Forbidden'],
    [`http://127.0.0.1:${port}/dead`, 'connection refused'],
    [`${server.base}/hang`, 'timed out after 0.3 s'],
    ['file:///etc/hostname', "unsupported URL scheme 'file:'"],
    ['ftp://127.0.0.1/x', "unsupported URL scheme 'ftp:'"],
    ['http://', "invalid URL 'http://'"],
    ['http://127.0.0.1:9/x', 'port refused by fetch (on its list of unsafe ports)'],
  ];
  for (const [url, error] of rows) {
    const got = await fetchBytes(url, fast);
    assert.deepEqual(got, { ok: false, error }, url);
  }
});

test('4xx is not retried; 5xx is, with backoff, and then succeeds', async () => {
  const before404 = server.hits.get('/gone') ?? 0;
  await fetchBytes(`${server.base}/gone`, resolveOptions({ retries: 2 }));
  assert.equal((server.hits.get('/gone') ?? 0) - before404, 1);
  const got = await fetchBytes(`${server.base}/flaky`, resolveOptions({ retries: 2 }));
  assert.ok(got.ok);
  assert.equal(Buffer.from(got.bytes).toString(), 'second time');
  assert.equal(server.hits.get('/flaky'), 2);
});

test('bodies over maxBytes are refused, whether or not the length is declared', async () => {
  const small = resolveOptions({ maxBytes: 1024, retries: 0 });
  assert.deepEqual(await fetchBytes(`${server.base}/big`, small), { ok: false, error: 'too large (over 1 KB)' });
  assert.deepEqual(await fetchBytes(`${server.base}/big-chunked`, small), { ok: false, error: 'too large (over 1 KB)' });
  const fits = await fetchBytes(`${server.base}/big-chunked`, resolveOptions());
  assert.equal(fits.ok && fits.bytes.length, 5000);
});

test('one request at a time per host, while other hosts proceed in parallel', async () => {
  // Fresh servers, so that requests earlier tests gave up on cannot be counted as in flight here.
  const slow = { '/slow': async (_req: unknown, res: import('node:http').ServerResponse) => { await sleep(60); res.writeHead(200).end('slow'); } };
  const [one, two] = await Promise.all([startServer(slow), startServer(slow)]);
  try {
    const urls = [1, 2, 3, 4].map(() => `${one.base}/slow`).concat([1, 2].map(() => `${two.base}/slow`));
    const started = Date.now();
    const done = await Promise.all(urls.map(async (u) => ({ ok: (await fetchBytes(u, fast)).ok, at: Date.now() - started })));
    assert.ok(done.every((r) => r.ok));
    assert.equal(one.maxInFlight(), 1);
    assert.equal(two.maxInFlight(), 1);
    // Four slow pages on one host take at least four times as long as one (they were queued), and
    // the other host's two pages were fetched meanwhile rather than after them.
    const lastOne = Math.max(...done.slice(0, 4).map((r) => r.at));
    const lastTwo = Math.max(...done.slice(4).map((r) => r.at));
    assert.ok(lastOne >= 4 * 60 - 10, `${lastOne} ms`);
    assert.ok(lastTwo < lastOne, `${lastTwo} ms vs ${lastOne} ms`);
  } finally {
    await Promise.all([one.close(), two.close()]);
  }
});

test('an aborted signal stops the fetch without retrying', async () => {
  const controller = new AbortController();
  const pending = fetchBytes(`${server.base}/hang`, resolveOptions({ signal: controller.signal, retries: 3 }));
  setTimeout(() => controller.abort(), 50);
  assert.deepEqual(await pending, { ok: false, error: 'aborted' });
});
