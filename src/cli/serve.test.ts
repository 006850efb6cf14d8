// `sitrep serve` as a user runs it: a child process on 127.0.0.1 with a real SQLite file.
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { sitrep, sitrepChild, workspace } from '../../test/cli.js';

const ARTICLE = `Clashes near Gao

GAO, Mali, March 5, 2024 — Soldiers clashed with militants near Gao on Monday, killing four, the army said.`;

/** The URL the server prints once it listens (or the stderr it printed before exiting). */
async function servedUrl(child: ChildProcess): Promise<string> {
  let out = '';
  let err = '';
  child.stderr!.on('data', (d) => { err += d; });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += d;
      const url = /Serving (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve(url);
    });
    child.once('exit', (code) => reject(new Error(`exited ${code} before serving: ${err}`)));
  });
}

describe('sitrep serve (CLI)', () => {
  const ws = workspace('serve-cli', { 'gao.txt': ARTICLE });
  const { db } = ws;
  before(() => {
    assert.equal(sitrep(['--db', db, 'ingest', '-q', ws.path('gao.txt')]).status, 0);
  });
  after(() => ws.remove());

  test('prints its URL, answers the API, and stops cleanly on SIGTERM', async () => {
    const child = sitrepChild(['--db', db, 'serve', '--port', '0']);
    const url = await servedUrl(child);
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const body = (await (await fetch(`${url}api/events?country=Mali`)).json()) as { total: number; data: { fatalities: number }[] };
    assert.equal(body.total, 1);
    assert.equal(body.data[0]!.fatalities, 4);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    assert.equal(code, 0);
  });

  test('a port already in use is a one-line error naming it', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    try {
      const r = sitrep(['--db', db, 'serve', '--port', String(port)]);
      assert.equal(r.status, 2);
      assert.equal(r.stderr.trim(), `error: port ${port} on 127.0.0.1 is already in use; pick another with --port`);
    } finally {
      blocker.close();
    }
  });

  test('a bad port is refused, and --help shows examples', () => {
    const bad = sitrep(['serve', '--port', '99999']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /"99999" is not a port/);
    assert.match(sitrep(['serve', '--help']).stdout, /Examples:\n\s+\$ sitrep serve/);
  });
});
