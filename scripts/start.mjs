#!/usr/bin/env node
// `npm start`: ingest the demo corpus into ./sitrep.db (extracting its events), show what was stored,
// then serve the map and the API (`npm start -- --port 3000` passes options on to `sitrep serve`).
// It runs the same commands a user would type, and prints them first.
import { spawn, spawnSync } from 'node:child_process';
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
if (ingested > 1) process.exit(ingested);

const serveArgs = ['serve', ...process.argv.slice(2)];
console.log(`\n$ sitrep ${serveArgs.join(' ')}`);
const server = spawn(process.execPath, [bin, ...serveArgs], { stdio: 'inherit' });
// Ctrl-C reaches the server too; this process waits for it to stop and exits with its code.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
