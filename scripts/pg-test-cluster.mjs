#!/usr/bin/env node
// A throwaway PostgreSQL cluster for the tests of the server-database driver: initdb into a temp dir,
// start it on a free loopback port (its unix socket in the same dir), create a database, and later
// stop it and delete the dir. postgres refuses to run as root, so as root it runs as the `postgres`
// OS user. Installs Debian's postgresql when no server binaries are found (we are root on the
// project's machines, so apt-get works as is). `node scripts/pg-test-cluster.mjs` starts one, prints
// its URL and keeps it until Ctrl-C.
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const PG_LIB = '/usr/lib/postgresql';
const DATABASE = 'sitrep_test';

/** The newest installed server's bin dir (Debian keeps one dir per major version), or null. */
function serverBin() {
  if (!existsSync(PG_LIB)) return null;
  const versions = readdirSync(PG_LIB).filter((v) => existsSync(join(PG_LIB, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(PG_LIB, versions[0], 'bin') : null;
}

function apt(args) {
  const r = spawnSync('apt-get', args, {
    stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return r.status === 0;
}

export function ensurePostgres() {
  const found = serverBin();
  if (found) return found;
  console.log('PostgreSQL is missing: installing Debian\'s postgresql for the server-database tests...');
  const ok = apt(['update']) && apt(['install', '-y', '--no-install-recommends', 'postgresql']);
  const bin = ok ? serverBin() : null;
  if (!bin) throw new Error('pg-test-cluster: could not install postgresql with apt-get (need root and Debian\'s package lists)');
  return bin;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const asRoot = () => process.getuid?.() === 0;
// As root the cluster's dir must be reachable by the postgres user, whatever TMPDIR says.
const base = () => (asRoot() ? '/tmp' : tmpdir());
const PREFIX = 'sitrep-pg-';

const alive = (pid) => {
  try { process.kill(pid, 0); return true; } catch (err) { return err.code === 'EPERM'; }
};

/** Stops and deletes clusters left by runs that were killed before they could stop their own. */
function sweepStale(bin) {
  for (const name of readdirSync(base()).filter((n) => n.startsWith(PREFIX))) {
    const dir = join(base(), name);
    let owner = NaN;
    try { owner = Number(readFileSync(join(dir, 'owner.pid'), 'utf8')); } catch { continue; }
    if (alive(owner)) continue;
    try { pg(bin, 'pg_ctl', ['stop', '-D', join(dir, 'data'), '-m', 'immediate', '-s']); } catch { /* not running */ }
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs a server binary, as the postgres user when we are root; throws with its output when it fails. */
function pg(bin, tool, args) {
  const [cmd, argv] = asRoot() ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]] : [join(bin, tool), args];
  const r = spawnSync(cmd, argv, { encoding: 'utf8', cwd: base() });
  if (r.status !== 0) throw new Error(`pg-test-cluster: ${tool} failed: ${(r.stderr || r.stdout || r.error?.message || '').trim()}`);
  return r.stdout;
}

/** Starts a cluster; resolves to its URL and a stop() that shuts it down and deletes its files. */
export async function startCluster() {
  const bin = ensurePostgres();
  sweepStale(bin);
  const dir = mkdtempSync(join(base(), PREFIX));
  writeFileSync(join(dir, 'owner.pid'), String(process.pid));
  if (asRoot()) {
    const owner = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const group = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    chownSync(dir, Number(owner.stdout), Number(group.stdout));
  }
  const data = join(dir, 'data');
  let started = false;
  const stop = () => {
    if (started) {
      try { pg(bin, 'pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-s']); } catch (err) { console.error(err.message); }
      started = false;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    pg(bin, 'initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
    const port = await freePort();
    // fsync off and no listening beyond loopback: the data is thrown away at the end.
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -F -c max_connections=60`;
    pg(bin, 'pg_ctl', ['start', '-D', data, '-w', '-s', '-l', join(dir, 'server.log'), '-o', options]);
    started = true;
    pg(bin, 'createdb', ['-h', dir, '-p', String(port), '-U', 'postgres', DATABASE]);
    return { url: `postgresql://postgres@127.0.0.1:${port}/${DATABASE}`, dir, stop };
  } catch (err) {
    stop();
    throw err;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const cluster = await startCluster();
  console.log(cluster.url);
  const quit = () => { cluster.stop(); process.exit(0); };
  process.on('SIGINT', quit);
  process.on('SIGTERM', quit);
  setInterval(() => {}, 1 << 30);
}
