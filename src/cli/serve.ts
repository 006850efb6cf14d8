import { type Command, InvalidArgumentError } from 'commander';
import { isIP } from 'node:net';
import { UserError } from '../errors.js';
import { buildServer } from '../serve/app.js';
import { withStore } from './options.js';

interface ServeOptions { port: number; host: string; token?: string; log?: boolean }

function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new InvalidArgumentError(`"${value}" is not a port (0-65535; 0 picks a free one).`);
  return n;
}

const LOOPBACK = /^(127\.|::1$|localhost$)/;

export function serveCommand(program: Command): void {
  program.command('serve')
    .summary('serve the events API and the map page over HTTP')
    .description('Serves the stored events: the map page at /, the JSON API under /api (events, one event with its\n'
      + 'evidence, articles, stats) and its description at /openapi.json. Read-only unless a token is given;\n'
      + 'then POST /api/articles with "Authorization: Bearer TOKEN" stores an article and extracts its events.')
    .option('--port <n>', 'TCP port (0 picks a free one)', parsePort, 8080)
    .option('--host <address>', 'address to listen on; only this machine can connect to the default', '127.0.0.1')
    .option('--token <token>', 'allow writes with this bearer token (default: $SITREP_TOKEN)')
    .option('--log', 'log every request (JSON lines on stdout)')
    .addHelpText('after', `
Examples:
  $ sitrep serve                                    http://127.0.0.1:8080/
  $ sitrep --db conflict.db serve --port 3000
  $ SITREP_TOKEN=s3cret sitrep serve                 and then:
  $ curl -H "Authorization: Bearer s3cret" -H "Content-Type: application/json" \\
      -d '{"text": "Gunmen killed six villagers near Gao on Sunday.", "published": "2024-03-05"}' \\
      http://127.0.0.1:8080/api/articles
  $ curl "http://127.0.0.1:8080/api/events?event_type=Battles&event_date=2024-01-01|2024-06-30&format=csv"

Ctrl-C (SIGINT) or SIGTERM stops it after the requests in flight.`)
    .action(async (opts: ServeOptions, cmd: Command) => {
      const token = opts.token || process.env.SITREP_TOKEN || undefined;
      await withStore(cmd, async (store) => {
        const app = await buildServer({ store, token, logger: opts.log });
        try {
          await app.listen({ port: opts.port, host: opts.host });
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          if (code === 'EADDRINUSE') throw new UserError(`port ${opts.port} on ${opts.host} is already in use; pick another with --port`);
          if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new UserError(`cannot listen on ${opts.host}: no such address here`);
          if (code === 'EACCES') throw new UserError(`not allowed to listen on port ${opts.port}; use one above 1023`);
          throw err;
        }
        const { port } = app.server.address() as { port: number };
        const host = isIP(opts.host) === 6 ? `[${opts.host}]` : opts.host;
        console.log(`Serving http://${host}:${port}/ (${token ? 'writes need the token' : 'read-only'}); Ctrl-C stops it.`);
        if (!LOOPBACK.test(opts.host)) console.error(`warning: listening on ${opts.host}: other machines can reach this server`);
        // Ctrl-C under `npm start` arrives twice (from the terminal and forwarded): the later ones are ignored.
        const stop = new Promise((resolve) => { process.on('SIGINT', resolve); process.on('SIGTERM', resolve); });
        await stop;
        await app.close();
      });
    });
}
