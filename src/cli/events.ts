import { type Command, Option } from 'commander';
import { EVENT_TYPES, type ConflictEvent, type EventType } from '../model/event.js';
import { EXPORT_FORMATS, type ExportFormat, eventWriter } from '../export/formats.js';
import type { EventQuery, EventVersion } from '../store/Store.js';
import { parseDateOption, parsePositiveInt, withStore } from './options.js';
import { table } from './table.js';

interface ListOptions {
  from?: string;
  to?: string;
  type?: EventType;
  country?: string;
  actor?: string;
  article?: string;
  limit: number;
  offset: number;
  format: 'table' | ExportFormat;
}

export function eventsCommand(program: Command): void {
  const events = program.command('events')
    .summary('list, filter, show and export stored events')
    .addHelpText('after', `
Examples:
  $ sitrep events                                   the newest 50 events
  $ sitrep events --type Battles --country Mali --from 2024-01-01
  $ sitrep events --actor "Islamic State" --format csv > isis.csv
  $ sitrep events --format geojson --limit 100000 > events.geojson
  $ sitrep events show ev_69fc325997d747ae`);

  events.command('list', { isDefault: true })
    .description('List stored events, newest first, as a table or in an export format.')
    .option('--from <date>', 'events on or after this day (YYYY-MM-DD)', parseDateOption)
    .option('--to <date>', 'events on or before this day (YYYY-MM-DD)', parseDateOption)
    .addOption(new Option('--type <event type>', 'ACLED event type').choices(Object.keys(EVENT_TYPES)))
    .option('--country <name>', 'country where it happened')
    .option('--actor <text>', 'actor1 or actor2 contains this text')
    .option('--article <id>', 'only the events of one article')
    .option('--limit <n>', 'how many', parsePositiveInt, 50)
    .option('--offset <n>', 'skip this many first', parsePositiveInt, 0)
    .addOption(new Option('-f, --format <format>', 'output').choices(['table', ...EXPORT_FORMATS]).default('table'))
    .action(async (opts: ListOptions, cmd: Command) => {
      await withStore(cmd, async (store) => {
        const query: EventQuery = { from: opts.from, to: opts.to, eventType: opts.type, country: opts.country,
          actor: opts.actor, articleId: opts.article, limit: opts.limit, offset: opts.offset };
        const list = await store.listEvents(query);
        if (opts.format === 'table') {
          console.log(`${await store.countEvents()} events stored; ${list.length} shown.`);
          if (list.length) console.log(eventTable(list));
          return;
        }
        const out = eventWriter(opts.format, (chunk) => process.stdout.write(chunk));
        list.forEach((e) => out.event(e));
        out.end();
      });
    });

  events.command('show')
    .description('Show one event with every field and the words each was read from.')
    .argument('<id>', 'the event id, as listed')
    .option('--json', 'as JSON')
    .option('--history', 'also the earlier versions it replaced (a source merged in, a re-extraction), newest first')
    .action(async (id: string, opts: { json?: boolean; history?: boolean }, cmd: Command) => {
      await withStore(cmd, async (store) => {
        const e = await store.getEvent(id);
        if (!e) return cmd.error(`error: no event with id "${id}" (list them with \`sitrep events\`)`, { exitCode: 2 });
        const history = opts.history ? await store.eventHistory(id) : null;
        if (opts.json) return console.log(JSON.stringify(history ? { event: e, history } : e, null, 2));
        console.log(describeEvent(e));
        if (history) console.log(describeHistory(history));
      });
    });
}

function eventTable(list: ConflictEvent[]): string {
  return table(['event_id', 'date', 'type', 'deaths', 'country', 'location', 'actors'], list.map((e) => [
    e.event_id, e.event_date ?? '?', e.sub_event_type, e.fatalities === null ? '' : String(e.fatalities),
    e.country ?? '', e.location ?? '', [e.actor1, e.actor2].filter(Boolean).join(' vs '),
  ]));
}

function describeHistory(history: EventVersion[]): string {
  if (history.length === 0) return 'history:   no earlier versions';
  return ['history:', ...history.map((h) => {
    const e = h.event;
    const deaths = e.fatalities === null ? 'no count' : `${e.fatalities} killed`;
    return `  version ${h.version}, replaced ${h.replacedAt}: ${e.event_id} ${e.event_date ?? '?'} ${e.sub_event_type}, `
      + `${[e.location, e.country].filter(Boolean).join(', ') || 'no place'}, ${deaths}, ${e.sources.length} source(s)`;
  })].join('\n');
}

function describeEvent(e: ConflictEvent): string {
  const fatalities = e.fatalities === null ? 'no count given'
    : `${e.fatalities} (low ${e.fatalities_low ?? '?'}, high ${e.fatalities_high ?? '?'})`;
  const lines: [string, string | null][] = [
    ['event', `${e.event_type} / ${e.sub_event_type}`],
    ['date', `${e.event_date ?? 'unknown'} (${e.date_precision}${e.date_range ? `, ${e.date_range.join(' to ')}` : ''})`],
    ['actor1', e.actor1], ['actor2', e.actor2],
    ['where', [e.location, e.admin1, e.country].filter(Boolean).join(', ') || null],
    ['fatalities', fatalities], ['claim', `${e.claim}${e.attribution ? `, according to ${e.attribution}` : ''}`],
    ['confidence', String(e.confidence)], ['article', e.article_id], ['notes', e.notes],
    ['sources', e.sources.length > 1 ? e.sources.map((s) => `${s.source ?? s.article_id} (${s.published ?? 'undated'}, ${s.fatalities ?? 'no'} killed)`).join('; ') : null],
    ['conflicts', e.conflicts?.length ? `the reports disagree on ${e.conflicts.join(', ')}` : null],
  ];
  const evidence = e.evidence.map((s) => `  ${s.field.padEnd(12)} "${s.text}" [${s.start}-${s.end}]`);
  return [...lines.filter(([, v]) => v).map(([k, v]) => `${k.padEnd(11)} ${v}`), 'evidence:', ...evidence].join('\n');
}
