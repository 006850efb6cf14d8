// The event contract: docs/event.schema.json, docs/event-format.md, event.ts and acledColumns.ts agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { EVENT_TYPES } from './event.js';
import type { Claim, ConflictEvent, DatePrecision, EventSource, Span } from './event.js';
import { ACLED_CSV_COLUMNS, eventToAcledRow, toCsvLine } from './acledColumns.js';

const docsDir = new URL('../../docs/', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('event.schema.json', docsDir), 'utf8')) as Record<string, any>;
const doc = readFileSync(new URL('event-format.md', docsDir), 'utf8');

/** Fenced blocks of the doc: info string (e.g. "text art_1") and body. */
const fences = [...doc.matchAll(/^```([^\n]*)\n([\s\S]*?)^```$/gm)].map((m) => ({ info: m[1]!.trim(), body: m[2]! }));
const fence = (info: string) => fences.filter((f) => f.info === info || f.info.startsWith(`${info} `));
const example = JSON.parse(fence('json')[0]!.body) as ConflictEvent;
const articleText = (id: string) => {
  const block = fence('text').find((f) => f.info === `text ${id}`);
  assert.ok(block, `docs/event-format.md has a \`\`\`text ${id} block`);
  return block.body.replace(/\n$/, '');
};

const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile(schema);
const clone = (): Record<string, any> => structuredClone(example) as unknown as Record<string, any>;

// Compile-time: these lists name every key of the types, no more, no fewer.
const EVENT_KEYS = Object.keys({
  event_id: 1, article_id: 1, source: 1, url: 1, event_date: 1, date_precision: 1, time_precision: 1,
  date_range: 1, event_type: 1, sub_event_type: 1, actor1: 1, assoc_actor_1: 1, inter1: 1, actor2: 1,
  assoc_actor_2: 1, inter2: 1, interaction: 1, country: 1, iso: 1, admin1: 1, admin2: 1, location: 1,
  latitude: 1, longitude: 1, geo_precision: 1, fatalities: 1, fatalities_low: 1, fatalities_high: 1,
  injuries: 1, claim: 1, attribution: 1, confidence: 1, evidence: 1, notes: 1, sources: 1, conflicts: 1,
} satisfies Record<keyof ConflictEvent, 1>);
/** Keys present only when they say something (a merged event's conflicts). */
const OPTIONAL_KEYS = ['conflicts'];
const REQUIRED_KEYS = EVENT_KEYS.filter((k) => !OPTIONAL_KEYS.includes(k));
const SOURCE_KEYS = Object.keys({
  article_id: 1, source: 1, url: 1, published: 1, fatalities: 1, evidence: 1,
} satisfies Record<keyof EventSource, 1>);
const SPAN_KEYS = Object.keys({ field: 1, start: 1, end: 1, text: 1 } satisfies Record<keyof Span, 1>);
const CLAIMS = ['reported', 'claimed', 'alleged', 'denied'] as const satisfies readonly Claim[];
const DATE_PRECISIONS = ['day', 'week', 'month', 'year', 'unknown'] as const satisfies readonly DatePrecision[];
const coversClaim: [Exclude<Claim, (typeof CLAIMS)[number]>] extends [never] ? true : false = true;
const coversPrecision: [Exclude<DatePrecision, (typeof DATE_PRECISIONS)[number]>] extends [never] ? true : false = true;

test('the schema compiles in strict mode', () => {
  assert.equal(typeof validate, 'function');
  assert.ok(coversClaim && coversPrecision);
});

test("the doc's example event validates", () => {
  assert.equal(fence('json').length, 1, 'exactly one ```json block (the example) in the doc');
  assert.ok(validate(example), ajv.errorsText(validate.errors));
});

test('the schema has exactly the keys of ConflictEvent, EventSource and Span, all required', () => {
  assert.deepEqual(schema.required, REQUIRED_KEYS);
  assert.deepEqual(Object.keys(schema.properties), EVENT_KEYS);
  assert.deepEqual(Object.keys(example), EVENT_KEYS);
  assert.equal(schema.additionalProperties, false);
  for (const [def, keys] of [['source', SOURCE_KEYS], ['span', SPAN_KEYS]] as const) {
    assert.deepEqual(schema.$defs[def].required, keys);
    assert.deepEqual(Object.keys(schema.$defs[def].properties), keys);
    assert.equal(schema.$defs[def].additionalProperties, false);
  }
  for (const s of example.sources) assert.deepEqual(Object.keys(s), SOURCE_KEYS);
});

test("the schema's enums equal the code's", () => {
  assert.deepEqual(schema.properties.event_type.enum, Object.keys(EVENT_TYPES));
  assert.deepEqual(schema.properties.sub_event_type.enum, Object.values(EVENT_TYPES).flat());
  const tied = Object.fromEntries(
    (schema.allOf as any[])
      .filter((rule) => rule.if?.properties?.event_type)
      .map((rule) => [rule.if.properties.event_type.const, rule.then.properties.sub_event_type.enum]),
  );
  assert.deepEqual(tied, EVENT_TYPES);
  assert.deepEqual(schema.properties.claim.enum, CLAIMS);
  assert.deepEqual(schema.properties.date_precision.enum, DATE_PRECISIONS);
});

test("the example's evidence, id and derived fields follow the doc's rules", () => {
  for (const [evidence, id] of [
    [example.evidence, example.article_id],
    ...example.sources.map((s) => [s.evidence, s.article_id] as const),
  ] as const) {
    const text = articleText(id);
    for (const span of evidence) assert.equal(text.slice(span.start, span.end), span.text, `${id} ${span.field}`);
    const sorted = [...evidence].sort((a, b) => a.start - b.start || a.end - b.end || a.field.localeCompare(b.field));
    assert.deepEqual(evidence, sorted);
  }
  const trigger = example.evidence.find((s) => s.field === 'event_type')!;
  const key = `${example.article_id}:${trigger.start}:${trigger.end}`;
  assert.equal(example.event_id, `ev_${createHash('sha256').update(key).digest('hex').slice(0, 16)}`);

  const [primary] = example.sources;
  assert.deepEqual(
    [primary!.article_id, primary!.source, primary!.url, primary!.evidence],
    [example.article_id, example.source, example.url, example.evidence],
  );
  const { inter1, inter2 } = example;
  assert.equal(example.interaction, Math.min(inter1!, inter2!) * 10 + Math.max(inter1!, inter2!));
  assert.ok(example.fatalities_low! <= example.fatalities!);
  assert.equal(example.fatalities, Math.min(...example.sources.map((s) => s.fatalities!)));
});

test('invalid events fail', () => {
  const cases: [string, (e: Record<string, any>) => void][] = [
    ['a sub-event of another type', (e) => { e.sub_event_type = 'Armed clash'; }],
    ['an unknown sub-event type', (e) => { e.sub_event_type = 'Airstrike'; }],
    ['an unknown event type', (e) => { e.event_type = 'Battle'; }],
    ['month 13', (e) => { e.event_date = '2024-13-01'; }],
    ['a non-ISO date', (e) => { e.event_date = '14/03/2024'; }],
    ['a month with day precision', (e) => { e.event_date = '2024-03'; }],
    ['a day with month precision', (e) => { e.date_precision = 'month'; e.time_precision = 3; }],
    ['time_precision that does not match', (e) => { e.time_precision = 2; }],
    ['unknown precision with a date', (e) => { e.date_precision = 'unknown'; e.time_precision = null; }],
    ['a bad date_range item', (e) => { e.date_range = ['2024-03-14', '2024-3-15']; }],
    ['a date_range of three', (e) => { e.date_range = ['2024-03-14', '2024-03-14', '2024-03-14']; }],
    ['a missing field', (e) => { delete e.notes; }],
    ['a missing nullable field', (e) => { delete e.assoc_actor_1; }],
    ['an extra field', (e) => { e.region = 'Southeast Asia'; }],
    ['latitude as a string', (e) => { e.latitude = '23.2'; }],
    ['latitude out of range', (e) => { e.latitude = 123.2; }],
    ['a fractional fatality count', (e) => { e.fatalities = 6.5; }],
    ['bounds without a count', (e) => { e.fatalities = null; }],
    ['confidence above 1', (e) => { e.confidence = 1.5; }],
    ['an unknown claim', (e) => { e.claim = 'confirmed'; }],
    ['inter code 9', (e) => { e.inter1 = 9; }],
    ['inter2 0 with an actor2', (e) => { e.inter2 = 0; }],
    ['no actor2 but an inter2', (e) => { e.actor2 = null; }],
    ['an impossible interaction', (e) => { e.interaction = 71; }],
    ['geo_precision 4', (e) => { e.geo_precision = 4; }],
    ['an empty string for unknown', (e) => { e.admin2 = ''; }],
    ['a bad event_id', (e) => { e.event_id = 'SYR1234'; }],
    ['evidence without a trigger', (e) => { e.evidence = e.evidence.filter((s: Span) => s.field !== 'event_type'); }],
    ['evidence with two triggers', (e) => { e.evidence.push({ field: 'event_type', start: 0, end: 2, text: 'At' }); }],
    ['evidence for a derived field', (e) => { e.evidence[0].field = 'interaction'; }],
    ['evidence with an extra key', (e) => { e.evidence[0].score = 1; }],
    ['no sources', (e) => { e.sources = []; }],
    ['a source with an extra key', (e) => { e.sources[1].title = 'x'; }],
    ['a source without a trigger', (e) => { e.sources[1].evidence = []; }],
  ];
  for (const [name, mutate] of cases) {
    const e = clone();
    mutate(e);
    assert.equal(validate(e), false, `should fail: ${name}`);
  }
});

test('valid variants pass: no actor2, unknown date, no count', () => {
  const e = clone();
  Object.assign(e, {
    actor2: null, inter2: 0, interaction: 10, assoc_actor_2: null,
    event_date: null, date_precision: 'unknown', time_precision: null, date_range: null,
    fatalities: null, fatalities_low: null, fatalities_high: null, injuries: null,
  });
  assert.ok(validate(e), ajv.errorsText(validate.errors));
  Object.assign(e, { event_date: '2024-03', date_precision: 'month', time_precision: 3, date_range: ['2024-03-01', '2024-03-31'] });
  assert.ok(validate(e), ajv.errorsText(validate.errors));
});

/** A minimal RFC 4180 reader, to check that what toCsvLine writes reads back the same. */
function parseCsv(input: string): string[][] {
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { rows.at(-1)!.push(cell); cell = ''; }
    else if (c === '\r' && input[i + 1] === '\n') { rows.at(-1)!.push(cell); cell = ''; rows.push([]); i++; }
    else cell += c;
  }
  rows.at(-1)!.push(cell);
  return rows;
}

test('toCsvLine quotes per RFC 4180', () => {
  assert.equal(toCsvLine(['a', 'b c', '']), 'a,b c,');
  assert.equal(toCsvLine(['Kanbalu, Sagaing']), '"Kanbalu, Sagaing"');
  assert.equal(toCsvLine(['the "junta"']), '"the ""junta"""');
  assert.equal(toCsvLine(['line one\nline two', 'cr\rhere']), '"line one\nline two","cr\rhere"');
  const tricky = ['plain', 'a, b', 'say "no"', 'two\nlines', '"', '', ',', 'crlf\r\nend'];
  assert.deepEqual(parseCsv(`${toCsvLine(tricky)}\r\n${toCsvLine(['x', 'y'])}`), [tricky, ['x', 'y']]);
});

test('eventToAcledRow flattens an event in ACLED_CSV_COLUMNS order', () => {
  assert.equal(new Set(ACLED_CSV_COLUMNS).size, ACLED_CSV_COLUMNS.length);
  for (const c of ACLED_CSV_COLUMNS) if (c !== 'year') assert.ok(EVENT_KEYS.includes(c), c);
  const row = eventToAcledRow(example);
  assert.deepEqual(Object.keys(row).sort(), [...ACLED_CSV_COLUMNS].sort());
  assert.equal(row.year, '2024');
  assert.equal(row.date_range, '2024-03-14/2024-03-14');
  assert.equal(row.latitude, '23.2');
  assert.equal(row.fatalities_high, '');
  assert.equal(row.source, 'Example Wire; Example Daily');

  const e = clone() as unknown as ConflictEvent;
  Object.assign(e, {
    event_date: null, date_precision: 'unknown', time_precision: null, date_range: null, fatalities: null,
    notes: 'On an unknown date, "unidentified gunmen" attacked Kanbalu, Sagaing;\nno casualties reported.',
    sources: [{ ...e.sources[0]!, source: null }], source: null,
  });
  const r = eventToAcledRow(e);
  assert.deepEqual([r.year, r.event_date, r.time_precision, r.date_range, r.fatalities, r.source], ['', '', '', '', '', '']);
  const line = toCsvLine(ACLED_CSV_COLUMNS.map((c) => r[c]));
  assert.deepEqual(parseCsv(line), [ACLED_CSV_COLUMNS.map((c) => r[c])]);
});

test("the doc's CSV row is what the exporter writes for the example", () => {
  const [csv] = fence('csv');
  assert.ok(csv, 'a ```csv block in the doc');
  const row = eventToAcledRow(example);
  const expected = [toCsvLine([...ACLED_CSV_COLUMNS]), toCsvLine(ACLED_CSV_COLUMNS.map((c) => row[c]))].join('\n');
  assert.equal(csv.body.trimEnd(), expected);
});
