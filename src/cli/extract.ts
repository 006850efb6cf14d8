import { type Command, Option } from 'commander';
import { planInputs, readSource } from '../ingest/index.js';
import { EXPORT_FORMATS, type ExportFormat, eventWriter } from '../export/formats.js';
import { extract } from '../pipeline/extract.js';
import { defaultGeocoder } from '../geocode/index.js';
import { articleId, contentHash } from '../store/contentHash.js';
import { parseDateOption } from './options.js';

interface ExtractOptions {
  format: ExportFormat;
  published?: string;
  debug?: boolean;
}

export function extractCommand(program: Command): void {
  program.command('extract')
    .summary('read articles and print the events they report (no database needed)')
    .description('Reads the same inputs as `ingest` (standard input when none) and prints coded events:\n'
      + 'JSONL in the event format of docs/event-format.md, CSV with ACLED\'s columns, or GeoJSON.')
    .argument('[inputs...]', 'files, folders, feed or page URLs; - or nothing for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(EXPORT_FORMATS).default('jsonl'))
    .option('--published <date>', 'publication date for inputs that carry none (YYYY-MM-DD)', parseDateOption)
    .option('--debug', 'explain on stderr why each sentence became an event or not')
    .addHelpText('after', `
Examples:
  $ sitrep extract examples/articles/05-mali-gao-ambush.txt
  $ echo "Gunmen killed six villagers near Gao on Sunday." | sitrep extract --published 2024-03-05
  $ sitrep extract examples/articles --format csv > events.csv
  $ sitrep extract report.html --format geojson > events.geojson`)
    .action(async (inputs: string[], opts: ExtractOptions) => {
      const plan = await planInputs(inputs.length ? inputs : ['-']);
      const out = eventWriter(opts.format, (chunk) => process.stdout.write(chunk));
      let failed = plan.failures.length;
      for (const f of plan.failures) console.error(`failed: ${f.origin}: ${f.error}`);
      const debug = opts.debug ? (line: string) => console.error(`debug: ${line}`) : undefined;
      const geocoder = defaultGeocoder();
      for (const source of plan.sources) {
        for await (const item of readSource(source, { published: opts.published })) {
          if (item.kind === 'failure') {
            failed += 1;
            console.error(`failed: ${item.failure.origin}: ${item.failure.error}`);
            continue;
          }
          const a = item.article;
          for (const w of item.warnings) console.error(`warning: ${a.origin}: ${w}`);
          debug?.(`article ${a.origin}`);
          for (const e of extract({ ...a, id: articleId(contentHash(a.text)) }, { debug, geocoder })) out.event(e);
        }
      }
      out.end();
      if (failed) process.exitCode = 1;
    });
}
