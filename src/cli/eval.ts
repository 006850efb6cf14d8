import type { Command } from 'commander';
import { runEval } from '../eval/index.js';
import { extract } from '../pipeline/extract.js';
import { defaultGeocoder } from '../geocode/index.js';
import { UserError } from '../errors.js';
import { mergeReport, runMergeEval } from '../eval/mergeEval.js';

interface EvalCliOptions {
  gold: string;
  input?: string;
  errors?: boolean;
  json?: boolean;
  merge?: boolean;
}

export function evalCommand(program: Command): void {
  program.command('eval')
    .summary('score extraction against human-coded events')
    .description('Runs the extractor over a gold set and prints, per field, accuracy with counts, event-level\n'
      + 'recall and precision, and a confusion table of event types. The gold is either a JSONL file in\n'
      + 'the gold format (with --input naming the folder of its articles) or an ACLED CSV export, whose\n'
      + '`notes` are read as articles published on their `event_date`.')
    .requiredOption('--gold <file>', 'gold events: a .jsonl gold file or an ACLED .csv export')
    .option('--input <dir>', 'the folder holding the articles a .jsonl gold file names')
    .option('--errors', 'list every miss, wrong field and false positive with its text')
    .option('--json', 'print the numbers as JSON')
    .option('--merge', 'score merging instead: the gold is a JSON file of article → incident (examples/merge/gold.json)')
    .addHelpText('after', `
Examples:
  $ sitrep eval --gold examples/gold.events.jsonl --input examples/articles
  $ sitrep eval --gold ../shared/gold/seeds.events.jsonl --input ../shared/corpus/seeds --errors
  $ sitrep eval --gold ../shared/dev/acled_africa_2018.csv
  $ sitrep eval --merge --gold examples/merge/gold.json --input examples/merge`)
    .action(async (opts: EvalCliOptions) => {
      const geocoder = defaultGeocoder();
      if (opts.merge) {
        if (!opts.input) throw new UserError('--merge needs --input, the folder of the gold\'s articles');
        const score = await runMergeEval({ gold: opts.gold, input: opts.input, extract: (a) => extract(a, { geocoder }) });
        return console.log(opts.json ? JSON.stringify(score, null, 2) : mergeReport(score));
      }
      const result = await runEval({
        gold: opts.gold, input: opts.input, errors: opts.errors,
        extract: (a) => extract(a, { geocoder }),
      });
      console.log(opts.json ? JSON.stringify(result.json, null, 2) : result.report);
    });
}
