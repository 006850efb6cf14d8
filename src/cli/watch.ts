import { type Command, InvalidArgumentError } from 'commander';
import { defaultGeocoder } from '../geocode/index.js';
import { extract } from '../pipeline/extract.js';
import { watchFeeds } from '../pipeline/watch.js';
import { parsePositiveInt, withStore } from './options.js';

interface WatchCliOptions { interval: number; once?: boolean; timeout: number; extract: boolean }

/** "300s", "5m", "1h", "500ms", or a bare number of seconds. */
export function parseInterval(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(value.trim());
  const ms = m ? Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 's') as 's'] : NaN;
  if (!(ms >= 100)) throw new InvalidArgumentError(`"${value}" is not an interval of at least 100ms; use e.g. 300s, 5m or 1h.`);
  return ms;
}

export function watchCommand(program: Command): void {
  program.command('watch')
    .summary('poll feeds, take in new items, extract and merge their events')
    .description('Reads each RSS/Atom feed (URL or file) every interval and ingests the entries it has not taken in\n'
      + 'before, extracting their events and merging them with the stored ones. Entries taken in and each\n'
      + 'feed\'s failures are kept in the store, so a restart picks up where it stopped. A failing feed is\n'
      + 'retried after the interval, then twice as long each time (at most an hour). One line a cycle.')
    .argument('<feeds...>', 'feed URLs or files')
    .option('--interval <time>', 'time between cycles: 300s, 5m, 1h', parseInterval, 300_000)
    .option('--once', 'one cycle, then exit')
    .option('--timeout <seconds>', 'give up on a feed or page after this long', parsePositiveInt, 15)
    .option('--no-extract', 'store the articles without extracting events')
    .addHelpText('after', `
Examples:
  $ sitrep watch https://news.example.org/feed.xml https://wire.example.com/rss --interval 10m
  $ sitrep watch feeds/sahel.xml --once

Each cycle logs a line such as:
  2026-11-22T10:00:00Z cycle 3: 2 feeds, 5 new articles, 7 events (3 merged), 1 feed failing (https://x: timed out after 15 s, retry in 4m)
Ctrl-C (SIGINT) or SIGTERM stops it after the article being stored.`)
    .action(async (feeds: string[], opts: WatchCliOptions, cmd: Command) => {
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      const geocoder = opts.extract ? defaultGeocoder() : null;
      try {
        await withStore(cmd, (store) => watchFeeds(store, {
          feeds, intervalMs: opts.interval, once: opts.once, signal: stop.signal, log: (line) => console.log(line),
          read: { timeoutMs: opts.timeout * 1000 },
          extract: opts.extract ? (a) => extract(a, { geocoder }) : undefined,
        }));
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    });
}
