// Test support (not a test itself): a real node:http server on 127.0.0.1 with an ephemeral port,
// routes as plain functions, and a count of requests in flight, for the fetch/feed/source tests.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (req: IncomingMessage, res: ServerResponse, hit: number) => void | Promise<void>;

export interface TestServer {
  base: string;
  hits: Map<string, number>;
  userAgents: string[];
  /** Highest number of requests handled at the same time. */
  maxInFlight: () => number;
  close: () => Promise<void>;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startServer(routes: Record<string, Route>): Promise<TestServer> {
  const hits = new Map<string, number>();
  const userAgents: string[] = [];
  let inFlight = 0;
  let max = 0;
  const server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const hit = (hits.get(path) ?? 0) + 1;
    hits.set(path, hit);
    userAgents.push(String(req.headers['user-agent']));
    inFlight++;
    max = Math.max(max, inFlight);
    // 'finish' (body handed to the OS) comes before the client can have it all; 'close' covers
    // requests the client gave up on. Whichever comes first ends the request, once.
    let done = false;
    const end = () => { if (!done) { done = true; inFlight--; } };
    res.on('finish', end);
    res.on('close', end);
    const route = routes[path];
    if (!route) return void res.writeHead(404).end('not here');
    await route(req, res, hit);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    hits,
    userAgents,
    maxInFlight: () => max,
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

/** A loopback port with nothing listening on it (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}
