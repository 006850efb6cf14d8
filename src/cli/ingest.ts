import type { Command } from 'commander';
import { ingestArticles, retryFailed, type IngestSummary } from '../pipeline/ingestArticles.js';
import { extract } from '../pipeline/extract.js';
import { defaultGeocoder } from '../geocode/index.js';
import { parseDateOption, parsePositiveInt, parseSize, withStore } from './options.js';
import { ingestProgress } from './progress.js';

interface IngestOptions {
  retry?: boolean;
  published?: string;
  timeout: number;
  retries: number;
  maxSize: number;
  json?: boolean;
  quiet?: boolean;
  extract: boolean;
}

export function ingestCommand(program: Command): void {
  program.command('ingest')
    .summary('read articles from files, folders, feeds and URLs into the store')
    .description('Reads plain text, HTML pages, JSONL dumps and RSS/Atom feeds (files or http(s) URLs; folders\n'
      + 'recursively; - for stdin) and stores every article. Re-ingesting the same article is a no-op.\n'
      + 'Inputs that fail (empty, binary, not English, too large, dead URL...) are stored with their\n'
      + 'error: list them with `sitrep articles --failed`, re-run them with `sitrep ingest --retry`.')
    .argument('[inputs...]', 'files, folders, feed or page URLs, or - for stdin')
    .option('--retry', 're-read every failed input instead of new ones')
    .option('--published <date>', 'publication date for inputs that carry none (YYYY-MM-DD)', parseDateOption)
    .option('--timeout <seconds>', 'give up on a URL after this long', parsePositiveInt, 15)
    .option('--retries <n>', 'tries again after a network error or a 5xx, with backoff', parsePositiveInt, 2)
    .option('--max-size <size>', 'largest file or page accepted', parseSize, 5 * 1024 ** 2)
    .option('--no-extract', 'store the articles without extracting events')
    .option('--json', 'print the summary as JSON')
    .option('-q, --quiet', 'no progress output')
    .addHelpText('after', `
Examples:
  $ sitrep ingest examples/articles            a folder, recursively
  $ sitrep ingest dump.jsonl --published 2024-03-04
  $ sitrep ingest https://news.example.org/feed.xml
  $ sitrep ingest --retry                      re-run what failed before

Exit code: 0 when every input was stored, 1 when any failed (the rest are still stored).`)
    .action(async (inputs: string[], opts: IngestOptions, cmd: Command) => {
      if (!opts.retry && inputs.length === 0) cmd.error('error: name at least one input, or use --retry', { exitCode: 2 });
      const progress = ingestProgress(opts.retry ? 'retry' : 'ingest', opts.quiet || opts.json);
      const geocoder = opts.extract ? defaultGeocoder() : null;
      const read = {
        published: opts.published, timeoutMs: opts.timeout * 1000, retries: opts.retries, maxBytes: opts.maxSize,
        extract: opts.extract ? (a: Parameters<typeof extract>[0]) => extract(a, { geocoder }) : undefined,
      };
      await withStore(cmd, async (store) => {
        let summary: IngestSummary;
        try {
          summary = opts.retry ? await retryFailed(store, read, progress) : await ingestArticles(store, inputs, read, progress);
        } finally {
          progress.finish(); // before the summary line, and on an error too
        }
        console.log(opts.json ? JSON.stringify(summary) : describe(summary));
        if (summary.failed > 0) process.exitCode = 1;
      });
    });
}

function describe(s: IngestSummary): string {
  const parts = [`${s.inserted} new (${s.events} events)`, `${s.duplicate} already stored`, `${s.failed} failed`];
  const tail = s.failed ? ' (see `sitrep articles --failed`; re-run with `sitrep ingest --retry`)' : '';
  return `Ingested ${s.inserted + s.duplicate + s.failed} inputs: ${parts.join(', ')}${tail}.`;
}
