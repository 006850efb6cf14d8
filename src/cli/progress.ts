import cliProgress from 'cli-progress';
import type { IngestProgress, ItemOutcome } from '../pipeline/ingestArticles.js';

const PLAIN_EVERY_MS = 2000;

/**
 * Reports ingestion as it goes, on stderr so stdout stays clean for --json: a bar on a terminal,
 * a plain line every two seconds otherwise; every failure and warning gets its own line either way.
 */
export function ingestProgress(label: string, quiet = false): IngestProgress & { finish(): void } {
  const counts = { items: 0, inserted: 0, duplicate: 0, failed: 0 };
  const tty = Boolean(process.stderr.isTTY) && !quiet;
  const bars = tty ? new cliProgress.MultiBar({
    stream: process.stderr, clearOnComplete: true, hideCursor: true,
    format: `${label} [{bar}] {value}/{total} inputs | {inserted} new, {duplicate} already stored, {failed} failed`,
  }, cliProgress.Presets.shades_classic) : null;
  let bar: cliProgress.SingleBar | null = null;
  let lastLine = Date.now();

  const say = (line: string) => (bars ? bars.log(line + '\n') : process.stderr.write(line + '\n'));
  const plainLine = () => `${label}: ${counts.items} read (${counts.inserted} new, ${counts.duplicate} already stored, ${counts.failed} failed)`;

  return {
    onPlan(sources) { bar = bars?.create(sources, 0, counts) ?? null; },
    onSourceDone() { bar?.increment(1, counts); },
    onItem(item: ItemOutcome) {
      counts.items += 1;
      counts[item.outcome] += 1;
      if (item.outcome === 'failed') say(`failed: ${item.origin}: ${item.error}`);
      else for (const w of item.warnings) say(`warning: ${item.origin}: ${w}`);
      bar?.update(counts);
      if (!tty && !quiet && Date.now() - lastLine > PLAIN_EVERY_MS) {
        lastLine = Date.now();
        process.stderr.write(plainLine() + '\n');
      }
    },
    finish() { bars?.stop(); },
  };
}
