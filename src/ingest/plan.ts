// Expands command-line inputs into sources: files (directories walked recursively, in sorted order,
// keeping only known article extensions), http(s) URLs, and `-` for stdin. Anything unusable is a
// failure with a one-line reason, reported before any reading starts.
import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { IngestFailure } from '../model/article.js';
import { KNOWN_EXTENSIONS } from './sniff.js';
import { fsReason } from './types.js';
import { isHttpUrl, schemeOf } from './source.js';

/** Files under `dir` with a known extension, depth-first, names in code-unit order. Hidden entries
 * (.git, .cache...) are skipped, and symlinked directories are not followed (no cycles). */
async function walk(dir: string, out: string[], failures: IngestFailure[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    // An unreadable subdirectory is reported on its own; its siblings are still read.
    return void failures.push({ origin: dir, url: null, error: fsReason(e) });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, out, failures);
    else if ((entry.isFile() || entry.isSymbolicLink()) && KNOWN_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(path);
  }
}

async function planOne(input: string, sources: string[], failures: IngestFailure[]): Promise<void> {
  if (input === '-' || isHttpUrl(input)) {
    if (isHttpUrl(input) && !URL.canParse(input)) failures.push({ origin: input, url: null, error: 'invalid URL' });
    else sources.push(input);
    return;
  }
  const path = resolve(input);
  try {
    const info = await stat(path);
    if (info.isDirectory()) await walk(path, sources, failures);
    else sources.push(path);
  } catch (e) {
    const scheme = schemeOf(input);
    // "file:///x", "ftp://host/x": not a path that exists, and not a scheme we fetch.
    const error = scheme === 'http:' || scheme === 'https:' ? 'invalid URL' : scheme ? `unsupported URL scheme '${scheme}'` : fsReason(e);
    failures.push({ origin: scheme ? input : path, url: null, error });
  }
}

export async function planInputs(inputs: string[]): Promise<{ sources: string[]; failures: IngestFailure[] }> {
  const sources: string[] = [];
  const failures: IngestFailure[] = [];
  for (const input of inputs) await planOne(input, sources, failures);
  // The same file named twice (or inside two named directories) is read once.
  return { sources: [...new Set(sources)], failures };
}
