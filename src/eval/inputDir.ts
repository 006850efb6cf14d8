/**
 * The articles a gold JSONL file refers to, read from an input folder: `name.txt` is a text file,
 * `name.jsonl#id` the line of that JSONL file whose `id` is `id`. Publication dates come from the
 * folder's MANIFEST.tsv (columns `file`, `publication_date`) when it lists the doc, else from what
 * ingestion reads (a dateline, HTML meta tags, the JSONL line's `published`), else null.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import type { EvalArticle } from './types.js';
import { readDocument } from '../ingest/page.js';
import { kindByExtension } from '../ingest/sniff.js';
import { repairMojibake } from '../ingest/mojibake.js';
import { resolveOptions } from '../ingest/types.js';

type Manifest = Map<string, string>;

export function readManifest(dir: string): Manifest {
  const path = join(dir, 'MANIFEST.tsv');
  const dates: Manifest = new Map();
  if (!existsSync(path)) return dates;
  const [head = '', ...rows] = readFileSync(path, 'utf8').split(/\r?\n/);
  const cols = head.split('\t');
  const file = cols.indexOf('file'), date = cols.indexOf('publication_date');
  if (file < 0 || date < 0) throw new UserError(`${path}: needs the columns "file" and "publication_date"`);
  rows.forEach((row, i) => {
    if (row.trim() === '') return;
    const cells = row.split('\t');
    const d = cells[date]?.trim() ?? '';
    if (d !== '' && !/^\d{4}-\d{2}-\d{2}/.test(d)) throw new UserError(`${path}:${i + 2}: publication_date "${d}" is not YYYY-MM-DD`);
    if (d !== '') dates.set(cells[file]?.trim() ?? '', d);
  });
  return dates;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/** Loads docs on demand, reading each JSONL file once however many gold lines point into it. */
export class InputDir {
  private manifest: Manifest;
  private jsonl = new Map<string, Map<string, Record<string, unknown>>>();

  constructor(private dir: string) {
    if (!existsSync(dir)) throw new UserError(`input folder not found: ${dir}`);
    this.manifest = readManifest(dir);
  }

  /** The article for `doc`; a missing file or id throws a message for the caller to locate. */
  article(doc: string): EvalArticle {
    const hash = doc.indexOf('#');
    if (hash < 0) {
      const path = join(this.dir, doc);
      if (!existsSync(path)) throw new Error(`${doc} not found in ${this.dir}`);
      // Read as `sitrep ingest` reads it (HTML through Readability, a dateline as publication date),
      // so the evaluation scores the system a user runs.
      const read = readDocument(readFileSync(path), kindByExtension(path) ?? 'text', path, null, resolveOptions());
      if (read.kind === 'failure') throw new Error(`${doc}: ${read.failure.error}`);
      const a = read.article;
      return { id: doc, text: a.text, published: this.manifest.get(doc) ?? a.published, title: a.title, source: a.source, url: a.url };
    }
    const file = doc.slice(0, hash), id = doc.slice(hash + 1);
    const line = this.lines(file).get(id);
    if (!line) throw new Error(`no line with id "${id}" in ${file}`);
    if (typeof line.text !== 'string') throw new Error(`line "${id}" of ${file} has no "text"`);
    return {
      id: doc,
      text: repairMojibake(line.text).text, // as ingest stores it
      published: this.manifest.get(doc) ?? text(line.published),
      title: text(line.title),
      source: text(line.source),
      url: text(line.url),
    };
  }

  private lines(file: string): Map<string, Record<string, unknown>> {
    let byId = this.jsonl.get(file);
    if (byId) return byId;
    const path = join(this.dir, file);
    if (!existsSync(path)) throw new Error(`${file} not found in ${this.dir}`);
    byId = new Map();
    readFileSync(path, 'utf8').split('\n').forEach((raw, i) => {
      if (raw.trim() === '') return;
      let o: unknown;
      try {
        o = JSON.parse(raw);
      } catch {
        throw new UserError(`${path}:${i + 1}: invalid JSON`);
      }
      const id = (o as { id?: unknown } | null)?.id;
      if (typeof id === 'string' || typeof id === 'number') byId!.set(String(id), o as Record<string, unknown>);
    });
    this.jsonl.set(file, byId);
    return byId;
  }
}
