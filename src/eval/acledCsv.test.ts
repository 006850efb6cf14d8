import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { readAcledCsv } from './acledCsv.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-acled-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
function csv(lines: string[]): string {
  const file = join(dir, `export${++n}.csv`);
  writeFileSync(file, lines.join('\r\n') + '\r\n');
  return file;
}

// Hand-made rows in an old-style export: columns in their own order, a quoted note over two lines.
const quote = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
const toCsv = (cells: string[]) => cells.map(quote).join(',');
const HEAD = 'event_id_cnty,data_id,event_date,time_precision,event_type,actor1,actor2,country,admin1,location,latitude,longitude,source,notes,fatalities';
const ROW1 = ['PER1', '11', '2019-02-03', '1', 'Battle-No change of territory', 'Military Forces of Peru (2001-)', 'Coastal Defence League', 'Peru', 'Lima', 'Lomas', '-12.5', '-75.1', 'Wire', 'On 3 February, troops and league fighters clashed near Lomas, two died.', '2'];
const OLD = [
  HEAD,
  toCsv(ROW1),
  toCsv(['PER2', '12', '3 February 2019', '2', 'Riots/Protests', 'Protesters (Peru)', '', 'Peru', 'Lima', 'Lomas', '-12.5', '-75.1', '', 'Traders marched in Lomas.\nNo one was hurt.', '0']),
  '',
  toCsv(['PER2', '13', '2019-02-10', '3', 'Remote violence', 'Unidentified Armed Group (Peru)', '', 'Peru', '', '', '', '', '', 'A bomb went off.', '']),
];

test('each row becomes an article (notes, published on event_date) and one must gold event', async () => {
  const set = await readAcledCsv(csv(OLD));
  assert.equal(set.format, 'acled-csv');
  assert.deepEqual(set.articles.map((a) => [a.id, a.published, a.source]), [['PER1', '2019-02-03', 'Wire'], ['PER2', '2019-02-03', null], ['PER2#6', '2019-02-10', null]]);
  assert.equal(set.articles[1]!.text, 'Traders marched in Lomas.\nNo one was hurt.');
  const [battle, crowd, bomb] = set.gold;
  assert.deepEqual(
    [battle!.must, battle!.evidence, battle!.window, battle!.event_types, battle!.sub_event_types, battle!.actor1, battle!.actor2],
    [true, null, null, ['Battles'], ['Armed clash'], 'Military Forces of Peru (2001-)', 'Coastal Defence League'],
  );
  assert.deepEqual([battle!.latitude, battle!.longitude, battle!.tolerance_km, battle!.date?.from, battle!.date?.to], [-12.5, -75.1, 25, '2019-02-03', '2019-02-03']);
  assert.deepEqual(battle!.fatalities, { low: 2, best: 2, high: 2 });
  assert.equal(battle!.fatality_rule, 'acled');
  assert.deepEqual([crowd!.event_types, crowd!.actor2, crowd!.fatalities], [['Protests', 'Riots'], null, { low: 0, best: 0, high: 0 }]);
  assert.deepEqual([crowd!.date?.from, crowd!.date?.to], ['2019-01-28', '2019-02-09']);
  assert.deepEqual([bomb!.latitude, bomb!.admin1, bomb!.date?.label, bomb!.fatalities?.best], [null, null, '2019-02 (month)', 0]);
  // An export without geo_precision has none to give.
  assert.equal(battle!.geo_precision, null);
});

test('geo_precision is read when the export has it, and must be a whole number', async () => {
  const head = `${HEAD},geo_precision`;
  const set = await readAcledCsv(csv([head, toCsv([...ROW1, '1'])]));
  assert.equal(set.gold[0]!.geo_precision, 1);
  await assert.rejects(readAcledCsv(csv([head, toCsv([...ROW1, 'near'])])), /geo_precision "near" is not a whole number/);
});

test('current-taxonomy exports with sub_event_type are taken as they are; data_id stands in for a missing event_id_cnty', async () => {
  const set = await readAcledCsv(csv([
    'data_id,event_date,event_type,sub_event_type,actor1,country,notes,fatalities',
    '77,2023-08-01,Protests,Peaceful protest,Protesters (Chile),Chile,Students marched.,0',
  ]));
  assert.deepEqual([set.articles[0]!.id, set.gold[0]!.event_types, set.gold[0]!.sub_event_types, set.gold[0]!.date?.to], ['77', ['Protests'], ['Peaceful protest'], '2023-08-01']);
});

test('a bad row is a one-line error naming the file and the line', async () => {
  const row = (over: Record<number, string>) => toCsv(ROW1.map((c, i) => over[i] ?? c));
  const cases: Array<[string, RegExp]> = [
    [row({ 4: 'Skirmish' }), /:5: unknown event_type\/sub_event_type "Skirmish"/],
    [row({ 2: 'Feb 3rd' }), /:5: event_date "Feb 3rd" is not a date/],
    [row({ 3: '5' }), /:5: time_precision 5/],
    [row({ 14: 'two' }), /:5: fatalities "two" is not a whole number/],
    ['PER9,1,2019-02-03', /Invalid Record Length.*line 5/],
  ];
  for (const [bad, want] of cases) {
    // Line 5: the row after a two-line note and a blank line, which the count must not lose.
    const file = csv([HEAD, OLD[2]!, '', bad]);
    await assert.rejects(readAcledCsv(file), (e: Error) => {
      assert.ok(e instanceof UserError, e.message);
      assert.match(e.message, want);
      assert.ok(e.message.startsWith(file) && !e.message.includes('\n'), e.message);
      return true;
    }, bad);
  }
  await assert.rejects(readAcledCsv(csv(['event_date,notes', '2019-01-01,x'])), /not an ACLED export, missing column\(s\) event_type, event_id_cnty or data_id/);
  await assert.rejects(readAcledCsv(join(dir, 'absent.csv')), /absent\.csv: .*no such file/);
});
