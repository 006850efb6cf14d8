import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { UserError } from '../errors.js';
import { articlesCommand } from './articles.js';
import { evalCommand } from './eval.js';
import { eventsCommand } from './events.js';
import { extractCommand } from './extract.js';
import { ingestCommand } from './ingest.js';
import { watchCommand } from './watch.js';
import { serveCommand } from './serve.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

const program = new Command('sitrep')
  .description('Turn news reports of armed conflict into a structured, geocoded event database,\n'
    + 'every field linked to the sentence it came from.')
  .version(version)
  .option('--db <path>', 'the store: a SQLite file, or a postgres:// URL for a server database (default: $SITREP_DB or ./sitrep.db)')
  .showHelpAfterError('(add --help for usage)')
  .exitOverride()
  .addHelpText('after', `
Quick start:
  $ sitrep ingest examples/articles      store the demo articles in ./sitrep.db, with their events
  $ sitrep events                        the events extracted, newest first
  $ sitrep events show ID                one event and the words each field came from
  $ sitrep articles --failed             what could not be read, and why
  $ echo "Gunmen killed six villagers near Gao on Sunday." | sitrep extract --published 2024-03-05

Each command has its own help: sitrep ingest --help`);

ingestCommand(program);
articlesCommand(program);
extractCommand(program);
eventsCommand(program);
evalCommand(program);
watchCommand(program);
serveCommand(program);

try {
  await program.parseAsync();
} catch (err) {
  // Commander's own errors are all usage errors; exit code 1 is kept for "some inputs failed".
  if (err instanceof CommanderError) process.exitCode = err.exitCode === 0 ? 0 : 2;
  else if (err instanceof UserError) {
    console.error(`error: ${err.message}`);
    process.exitCode = 2;
  } else throw err;
}
