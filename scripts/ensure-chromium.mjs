#!/usr/bin/env node
// The browser tests drive Debian's chromium (playwright-core downloads no browser of its own here).
// Installs it when missing; we run as root on the project's machines, so apt-get works as is.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

export const CHROMIUM = '/usr/bin/chromium';

function apt(args) {
  const r = spawnSync('apt-get', args, {
    stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return r.status === 0;
}

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  console.log(`${CHROMIUM} is missing: installing Debian's chromium for the browser tests...`);
  const ok = apt(['update']) && apt(['install', '-y', '--no-install-recommends', 'chromium']);
  if (ok && existsSync(CHROMIUM)) return true;
  console.error(`ensure-chromium: could not install chromium with apt-get (need root and Debian's package lists); the browser tests need ${CHROMIUM}`);
  return false;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exit(ensureChromium() ? 0 : 1);
