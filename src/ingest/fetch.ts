// HTTP for pages and feeds: polite (one request at a time per host, a clear user-agent), bounded
// (timeout, body size limit) and patient (retries with exponential backoff on transient errors).
// Every outcome is a value, never an exception: errors are one-line reasons for the failure record.
import { STATUS_CODES } from 'node:http';
import { megabytes, type Resolved } from './types.js';

export type Fetched =
  | { ok: true; bytes: Uint8Array; url: string; contentType: string | null }
  | { ok: false; error: string };

type Attempt = Fetched & { retry?: boolean };

const BACKOFF_MS = 500;
const queues = new Map<string, Promise<unknown>>();

/** Runs `task` after every earlier task for the same host has settled. */
function perHost<T>(host: string, task: () => Promise<T>): Promise<T> {
  const run = (queues.get(host) ?? Promise.resolve()).then(task, task);
  const tail = run.catch(() => undefined);
  queues.set(host, tail);
  void tail.then(() => { if (queues.get(host) === tail) queues.delete(host); });
  return run;
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

/** A thrown fetch/stream error as a one-line reason; network-level ones are worth a retry. */
function describe(e: unknown, opts: Resolved): Attempt {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError') return { ok: false, error: `timed out after ${seconds(opts.timeoutMs)}`, retry: true };
  if (err.name === 'AbortError' || opts.signal?.aborted) return { ok: false, error: 'aborted' };
  // fetch refuses some ports outright (9, 25, 6000...): say so, and don't retry what cannot work.
  if (err.cause?.message === 'bad port') return { ok: false, error: 'port refused by fetch (on its list of unsafe ports)' };
  const code = err.cause?.code ?? (err as { code?: string }).code;
  const known: Record<string, string> = {
    ECONNREFUSED: 'connection refused', ENOTFOUND: 'host not found', EAI_AGAIN: 'host not found',
    ECONNRESET: 'connection reset', UND_ERR_CONNECT_TIMEOUT: `timed out after ${seconds(opts.timeoutMs)}`,
    UND_ERR_SOCKET: 'connection closed', EHOSTUNREACH: 'host unreachable', ENETUNREACH: 'network unreachable',
  };
  const reason = (code && known[code]) ?? err.cause?.message ?? err.message;
  return { ok: false, error: reason.split('\n')[0] ?? 'fetch failed', retry: true };
}

/** Reads the body, stopping as soon as it passes `maxBytes` (the header may lie or be absent). */
async function readBody(res: Response, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > maxBytes || !res.body) {
    await res.body?.cancel();
    return declared > maxBytes ? null : new Uint8Array(0);
  }
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of res.body) {
    size += chunk.length;
    if (size > maxBytes) {
      await res.body.cancel().catch(() => undefined);
      return null;
    }
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

async function attempt(url: URL, opts: Resolved): Promise<Attempt> {
  const timeout = AbortSignal.timeout(opts.timeoutMs);
  const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
  try {
    const res = await fetch(url, { signal, headers: { 'user-agent': opts.userAgent, accept: '*/*' }, redirect: 'follow' });
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      const text = res.statusText || STATUS_CODES[res.status] || '';
      return { ok: false, error: `HTTP ${res.status} ${text}`.trim(), retry: res.status >= 500 || res.status === 429 };
    }
    const bytes = await readBody(res, opts.maxBytes);
    if (!bytes) return { ok: false, error: `too large (over ${megabytes(opts.maxBytes)})` };
    return { ok: true, bytes, url: res.url || url.href, contentType: res.headers.get('content-type') };
  } catch (e) {
    return describe(timeout.aborted && !opts.signal?.aborted ? Object.assign(new Error(), { name: 'TimeoutError' }) : e, opts);
  }
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
  });

/** GET an http(s) URL: retries (backoff 0.5 s, 1 s, 2 s...) on network errors, timeouts, 5xx and 429. */
export async function fetchBytes(href: string, opts: Resolved): Promise<Fetched> {
  let url: URL;
  try { url = new URL(href); } catch { return { ok: false, error: `invalid URL '${href}'` }; }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, error: `unsupported URL scheme '${url.protocol}'` };
  return perHost(url.host, async () => {
    for (let i = 0; ; i++) {
      const { retry, ...result } = await attempt(url, opts);
      if (result.ok || !retry || i >= opts.retries || opts.signal?.aborted) return result;
      await sleep(BACKOFF_MS * 2 ** i, opts.signal);
    }
  });
}
