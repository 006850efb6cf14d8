import { spawnSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));

export interface CliResult { status: number | null; stdout: string; stderr: string; }

/** Runs the sitrep CLI from source, as a user would, and captures what it prints. */
export function sitrep(args: string[], options: { input?: string; env?: Record<string, string> } = {}): CliResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    encoding: 'utf8', input: options.input, env: { ...process.env, ...options.env }, timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function sitrepChild(args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A temp folder holding `files` (name → text) and the path of a SQLite store in it; `remove` deletes all. */
export function workspace(prefix: string, files: Record<string, string> = {}): { dir: string; db: string; path: (name: string) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `sitrep-${prefix}-`));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { dir, db: join(dir, `${prefix}.db`), path: (name) => join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
