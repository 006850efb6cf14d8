// The browser tests' rig: a real SQLite store in a temp dir filled by the real ingest + extraction, the
// real server (buildServer) on 127.0.0.1, and Debian's chromium driven by playwright-core.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { buildServer } from '../../src/serve/app.js';
import { openStore } from '../../src/store/openStore.js';
import { ingestArticles } from '../../src/pipeline/ingestArticles.js';
import { extract } from '../../src/pipeline/extract.js';
import { defaultGeocoder } from '../../src/geocode/index.js';
import type { ConflictEvent } from '../../src/model/event.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = join(ROOT, 'test/browser/screenshots');

/** The bundle must be built and newer than web/: `npm test` builds it first; a single run needs `npm run build:web`.
 * (Building here would race when two test files start at once.) */
export function ensureBundle(): void {
  const built = join(ROOT, 'dist/web/main.js');
  const newest = Math.max(...readdirSync(join(ROOT, 'web')).map((f) => statSync(join(ROOT, 'web', f)).mtimeMs));
  if (!existsSync(built)) throw new Error('dist/web/main.js is missing: run `npm run build:web`');
  if (statSync(built).mtimeMs < newest) throw new Error('dist/web is older than web/: run `npm run build:web`');
}

export interface Rig {
  url: string;
  browser: Browser;
  api<T>(path: string): Promise<T>;
  close(): Promise<void>;
}

/** Ingests `inputs` (paths) with extraction into a fresh store, serves it, and launches chromium. */
export async function startRig(inputs: string[]): Promise<Rig> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run \`node scripts/ensure-chromium.mjs\``);
  ensureBundle();
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-browser-'));
  const store = await openStore(join(dir, 'sitrep.db'));
  const geocoder = defaultGeocoder();
  await ingestArticles(store, inputs, { extract: (a) => extract(a, { geocoder }) });
  const app = await buildServer({ store });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-background-networking'] });
  return {
    url,
    browser,
    async api<T>(path: string) {
      const res = await fetch(url + path);
      if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
      return await res.json() as T;
    },
    async close() {
      await browser.close();
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A page that records console errors, page errors and CSP violations, so a test can fail on any. */
export async function openPage(rig: Rig, hash = ''): Promise<{ page: Page; problems: string[] }> {
  const page = await rig.browser.newPage({ viewport: { width: 1400, height: 860 } });
  const problems: string[] = [];
  page.on('console', (m: ConsoleMessage) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  await page.exposeFunction('__cspViolation', (what: string) => problems.push(`CSP violation: ${what}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation(s: string): void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(rig.url + '/' + hash);
  await page.waitForSelector('body[data-state="ready"]');
  return { page, problems };
}

/** Waits for the load after an action: the page counts its completed loads in body[data-loads]. */
export async function afterReload(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = Number(await page.getAttribute('body', 'data-loads'));
  await action();
  // Done when a load newer than the action has finished, and it was for the URL now shown.
  await page.waitForFunction((n) => {
    const shown = new URLSearchParams(location.hash.slice(1));
    shown.delete('event');
    const body = document.body.dataset;
    return Number(body.loads) > n && body.state === 'ready' && body.view === shown.toString();
  }, before);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

export const located = (events: ConflictEvent[]) => events.filter((e) => e.latitude !== null && e.longitude !== null);

export interface EventsBody { total: number; data: ConflictEvent[] }
