#!/usr/bin/env node
// `npm start`: ingest the demo corpus into ./sitrep.db (extracting its events) and show what was stored.
// It runs the same commands a user would type, and prints them first.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/sitrep.js', import.meta.url));

function sitrep(...args) {
  console.log(`\n$ sitrep ${args.join(' ')}`);
  const { status } = spawnSync(process.execPath, [bin, ...args], { stdio: 'inherit' });
  return status ?? 1;
}

const ingested = sitrep('ingest', 'examples/articles');
sitrep('articles', '--limit', '10');
sitrep('events', '--limit', '15');
process.exit(ingested > 1 ? ingested : 0);
