// The load side of `npm run bench -- serve`, run as a separate process so that the client's work does
// not share the server's event loop. Fires date + type + bounding-box queries at /api/events with a
// fixed concurrency and prints one JSON line of latencies (ms) on stdout.
import { EVENT_TYPES } from '../src/model/event.js';
import { DAYS, FIRST_DAY, rng, towns } from './generateEvents.js';

const [base = '', total = '2000', concurrency = '8', maxSeconds = '120', warmup = '100'] = process.argv.slice(2);
const r = rng(99);
const places = towns();
const types = Object.keys(EVENT_TYPES);
const isoDay = (day: number) => new Date(FIRST_DAY + day * 86_400_000).toISOString().slice(0, 10);

/** A map-like view: one type, a window of a week to a year, a box of a few degrees to a few dozen around a town. */
function randomQuery(): string {
  const length = 7 + Math.floor(r() * 358);
  const start = Math.floor(r() * (DAYS - length));
  const town = places[Math.floor(r() * places.length)]!;
  const half = 2 + r() * 13;
  const box = [town.lon - half, town.lat - half, town.lon + half, town.lat + half]
    .map((v, i) => Math.max(i % 2 ? -90 : -180, Math.min(i % 2 ? 90 : 180, v)).toFixed(2));
  const type = types[Math.floor(r() * types.length)]!;
  return `/api/events?event_date=${isoDay(start)}|${isoDay(start + length)}&event_type=${encodeURIComponent(type)}&bbox=${box.join(',')}`;
}

async function run(count: number, record: (ms: number, events: number) => void, deadline: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count && performance.now() < deadline) {
      next += 1;
      const url = base + randomQuery();
      const t0 = performance.now();
      const res = await fetch(url);
      const body = (await res.json()) as { count: number };
      if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status} ${JSON.stringify(body)}`);
      record(performance.now() - t0, body.count);
    }
  };
  await Promise.all(Array.from({ length: Number(concurrency) }, worker));
}

const deadline = performance.now() + Number(maxSeconds) * 1000;
await run(Number(warmup), () => {}, deadline);
const latencies: number[] = [];
let returned = 0;
const t0 = performance.now();
await run(Number(total), (ms, n) => { latencies.push(ms); returned += n; }, deadline);
const seconds = (performance.now() - t0) / 1000;
latencies.sort((a, b) => a - b);
const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!;
console.log(JSON.stringify({ requests: latencies.length, seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1),
  meanEvents: returned / latencies.length }));
