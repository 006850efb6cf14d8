// The load side of `npm run bench -- serve`, run as a separate process so that the client's work does
// not share the server's event loop. Fires date + type + bounding-box queries at /api/events with a
// fixed concurrency and prints one JSON line of latencies (ms) on stdout.
import { Agent, get } from 'node:http';
import { EVENT_TYPES } from '../src/model/event.js';
import { DAYS, FIRST_DAY, rng, towns } from './generateEvents.js';

const [base = '', total = '2000', concurrency = '8', maxSeconds = '120', warmup = '100'] = process.argv.slice(2);
const r = rng(99);
const places = towns();
const types = Object.keys(EVENT_TYPES);
const isoDay = (day: number) => new Date(FIRST_DAY + day * 86_400_000).toISOString().slice(0, 10);

/** A map-like view: one type, a window of two weeks to six months, a box of 4 to 30 degrees (a region) around a town. */
function randomQuery(): string {
  const length = 14 + Math.floor(r() * 170);
  const start = Math.floor(r() * (DAYS - length));
  const town = places[Math.floor(r() * places.length)]!;
  const half = 2 + r() * 13;
  const box = [town.lon - half, town.lat - half, town.lon + half, town.lat + half]
    .map((v, i) => Math.max(i % 2 ? -90 : -180, Math.min(i % 2 ? 90 : 180, v)).toFixed(2));
  const type = types[Math.floor(r() * types.length)]!;
  return `/api/events?event_date=${isoDay(start)}|${isoDay(start + length)}&event_type=${encodeURIComponent(type)}&bbox=${box.join(',')}`;
}

// node:http with kept-alive connections, one a concurrent client: lighter than fetch, so that the
// load takes less of this machine's two cores from the server being measured.
const agent = new Agent({ keepAlive: true, maxSockets: Number(concurrency) });

/** The status and the whole body, read but not decoded or parsed (a real client would be elsewhere). */
function request(url: string): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = get(url, { agent, timeout: 30_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`${url}: no answer in 30 s`))).on('error', reject);
  });
}

async function run(count: number, record: (ms: number, events: number) => void, deadline: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count && performance.now() < deadline) {
      next += 1;
      const url = base + randomQuery();
      const t0 = performance.now();
      const { status, body } = await request(url);
      const events = /^\{"success":true,"count":(\d+),/.exec(body.subarray(0, 64).toString())?.[1];
      if (status !== 200 || events === undefined || body.subarray(-2).toString() !== ']}') {
        throw new Error(`${url}: HTTP ${status} ${body.subarray(0, 200).toString()}`);
      }
      record(performance.now() - t0, Number(events));
    }
  };
  await Promise.all(Array.from({ length: Number(concurrency) }, worker));
}

const deadline = performance.now() + Number(maxSeconds) * 1000;
let warmed = 0;
await run(Number(warmup), () => { warmed += 1; }, deadline);
const latencies: number[] = [];
let returned = 0;
const t0 = performance.now();
await run(Number(total), (ms, n) => { latencies.push(ms); returned += n; }, deadline);
const seconds = (performance.now() - t0) / 1000;
agent.destroy();
latencies.sort((a, b) => a - b);
const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!;
console.log(JSON.stringify({ warmup: warmed, requests: latencies.length, seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1),
  meanEvents: returned / latencies.length }));
