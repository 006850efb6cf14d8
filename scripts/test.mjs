#!/usr/bin/env node
// `npm test`: type-check everything, then run every *.test.ts under src/ and test/ with node:test.
// Node 20's --test does not expand globs itself, so the file list is built here.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startCluster } from './pg-test-cluster.mjs';

function testFiles(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') found.push(...testFiles(path));
    else if (entry.isFile() && entry.name.endsWith('.test.ts')) found.push(path);
  }
  return found;
}

function run(cmd, args) {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const only = process.argv.slice(2);
run('npx', ['tsc', '-p', 'tsconfig.check.json']);
// The browser tests need Debian's chromium and the page bundle (build-web also type-checks web/).
run(process.execPath, ['scripts/ensure-chromium.mjs']);
run(process.execPath, ['scripts/build-web.mjs']);
const files = only.length ? only : ['src', 'test', 'web'].flatMap(testFiles).sort();
// The server-database tests run against a throwaway PostgreSQL cluster (installed when missing),
// stopped and deleted whatever the tests do, on Ctrl-C too.
const cluster = await startCluster();
let status = 1;
try {
  const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files],
    { stdio: 'inherit', env: { ...process.env, SITREP_TEST_PG_URL: cluster.url } });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  status = await new Promise((resolve) => {
    child.on('error', () => resolve(1));
    child.on('exit', (code) => resolve(code ?? 1));
  });
} finally {
  cluster.stop();
}
process.exit(status);
