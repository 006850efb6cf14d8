import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type EventDateReading, findDateMentions, hasDateWords, resolveEventDate } from './EventDate.js';

type Precision = EventDateReading['date_precision'];
/** [event_date, date_precision, date_range, the date words]; time_precision follows the precision. */
type Expected = [string | null, Precision, [string, string] | null, string | null];
type Row = [sentence: string, published: string | null, expected: Expected];

const WED = '2024-03-06'; // a Wednesday
const SUN = '2024-03-10'; // a Sunday
const day = (d: string, words: string): Expected => [d, 'day', [d, d], words];
const unknown = (words: string): Expected => [null, 'unknown', null, words];
const NONE: Expected = [null, 'unknown', null, null];

const ROWS: Row[] = [
  // day precision: a weekday or a year-less date is the latest one on or before publication
  ['Gunmen attacked the village of Kafr Hamra on Sunday.', WED, day('2024-03-03', 'on Sunday')],
  ['Drones struck a fuel depot on Sunday, officials said.', SUN, day('2024-03-10', 'on Sunday')],
  ['The convoy was ambushed last Sunday near the border.', SUN, day('2024-03-03', 'last Sunday')],
  ['Shelling resumed on Friday night in the eastern districts.', WED, day('2024-03-01', 'on Friday night')],
  ["Friday's attack on the market killed 11 people.", WED, day('2024-03-01', 'Friday')],
  ['Militias clashed on Monday last week in the north.', WED, day('2024-02-26', 'on Monday last week')],
  ['The raid took place on Sunday at 5 pm local time.', WED, day('2024-03-03', 'on Sunday at 5 pm')],
  ['Rebels seized the checkpoint on March 4, a spokesman said.', WED, day('2024-03-04', 'March 4')],
  ['Fighting erupted in the town on 4 March 2024.', null, day('2024-03-04', 'on 4 March 2024')],
  ['The attack on May 28 left the market in ruins.', '2018-04-20', day('2017-05-28', 'May 28')],
  ['The market was shelled on 19 April.', '2018-04-20', day('2018-04-19', 'on 19 April')],
  ['Artillery hit the hospital on February 29.', WED, day('2024-02-29', 'February 29')],
  ['The heavy bombardment on the night of 3 March destroyed homes.', WED, day('2024-03-03', '3 March')],
  ['On 3 May 11 people were killed in the village.', WED, day('2023-05-03', 'On 3 May')],
  ['Two soldiers were killed yesterday in an ambush.', WED, day('2024-03-05', 'yesterday')],
  ['Two soldiers were killed yesterday in an ambush.', '2024-03-06T23:30:00-11:00', day('2024-03-05', 'yesterday')],
  ['Protesters gathered in the main square today.', WED, day('2024-03-06', 'today')],
  ['Airstrikes hit the outskirts of the city overnight.', WED, day('2024-03-05', 'overnight')],
  ['Residents heard explosions last night near the airport.', WED, day('2024-03-05', 'last night')],
  ['A roadside bomb exploded this morning on the highway.', WED, day('2024-03-06', 'this morning')],
  ['Troops entered the town three days ago.', WED, day('2024-03-03', 'three days ago')],
  ['A checkpoint was attacked on 13/02/2024, police said.', null, day('2024-02-13', '13/02/2024')],
  // 04/03: 3 April would be after publication, so 4 March
  ['A checkpoint was attacked on 04/03/2024, police said.', WED, day('2024-03-04', '04/03/2024')],
  // without a publication date an ambiguous numeric date reads day first
  ['A checkpoint was attacked on 04/03/2024, police said.', null, day('2024-03-04', '04/03/2024')],
  ['Police dispersed the crowd on 2024-03-01.', null, day('2024-03-01', '2024-03-01')],
  ['The vote is due next Friday.', WED, day('2024-03-08', 'next Friday')],
  ["Protests called for tomorrow follow yesterday's clashes.", WED, day('2024-03-05', 'yesterday')],

  // week precision: event_date is the range's last day
  ['Government forces retook the hill last week.', WED, ['2024-03-03', 'week', ['2024-02-26', '2024-03-03'], 'last week']],
  ['Several villages were shelled earlier this week.', WED, ['2024-03-06', 'week', ['2024-03-04', '2024-03-06'], 'earlier this week']],
  ['Strikes intensified this week across the province.', SUN, ['2024-03-10', 'week', ['2024-03-04', '2024-03-10'], 'this week']],
  ['Militants raided two farms last weekend.', WED, ['2024-03-03', 'week', ['2024-03-02', '2024-03-03'], 'last weekend']],
  ['Militants raided two farms last weekend.', SUN, ['2024-03-03', 'week', ['2024-03-02', '2024-03-03'], 'last weekend']],
  ['Looting was reported over the weekend.', SUN, ['2024-03-10', 'week', ['2024-03-09', '2024-03-10'], 'the weekend']],
  ['Raids have increased recently, residents said.', WED, ['2024-03-06', 'week', ['2024-02-28', '2024-03-06'], 'recently']],
  ['Dozens were detained in recent days.', WED, ['2024-03-06', 'week', ['2024-03-03', '2024-03-06'], 'in recent days']],
  ['At least 40 people died in the past 24 hours.', WED, ['2024-03-06', 'week', ['2024-03-05', '2024-03-06'], 'the past 24 hours']],
  ['The base was shelled two weeks ago.', WED, ['2024-02-25', 'week', ['2024-02-19', '2024-02-25'], 'two weeks ago']],
  ['A few days ago the group burned the market.', WED, ['2024-03-05', 'week', ['2024-03-03', '2024-03-05'], 'A few days ago']],
  ['Fighting raged from March 3 to March 5 around the dam.', WED, ['2024-03-05', 'week', ['2024-03-03', '2024-03-05'], 'March 3 to March 5']],

  // month precision
  ['The town fell last August after a long siege.', WED, ['2023-08', 'month', ['2023-08-01', '2023-08-31'], 'last August']],
  ['Ceasefire talks collapsed last May.', '2024-05-20', ['2023-05', 'month', ['2023-05-01', '2023-05-31'], 'last May']],
  ['Ceasefire talks collapsed last May.', '2024-06-02', ['2024-05', 'month', ['2024-05-01', '2024-05-31'], 'last May']],
  ['The offensive began in August.', WED, ['2023-08', 'month', ['2023-08-01', '2023-08-31'], 'August']],
  ['Clashes were frequent in March.', WED, ['2024-03', 'month', ['2024-03-01', '2024-03-06'], 'March']],
  ['The massacre happened in November 2016.', null, ['2016-11', 'month', ['2016-11-01', '2016-11-30'], 'November 2016']],
  ['August 2016 saw the heaviest bombing.', WED, ['2016-08', 'month', ['2016-08-01', '2016-08-31'], 'August 2016']],
  ['Arrests have multiplied earlier this month.', WED, ['2024-03', 'month', ['2024-03-01', '2024-03-06'], 'earlier this month']],
  ['The militia withdrew last month.', '2024-01-15', ['2023-12', 'month', ['2023-12-01', '2023-12-31'], 'last month']],
  ['Clashes were reported in recent weeks.', WED, ['2024-02', 'month', ['2024-02-14', '2024-03-06'], 'in recent weeks']],
  ['The bridge was destroyed in August last year.', WED, ['2023-08', 'month', ['2023-08-01', '2023-08-31'], 'August last year']],
  ['In August 2 soldiers deserted.', WED, ['2023-08', 'month', ['2023-08-01', '2023-08-31'], 'August']],
  ['Between January and March 2016 the group lost ground.', WED, ['2016-01', 'month', ['2016-01-01', '2016-01-31'], 'January']],
  ['The camp was attacked three months ago.', WED, ['2023-12', 'month', ['2023-12-01', '2023-12-31'], 'three months ago']],

  // year precision
  // "since 2014": the years up to publication, a span that marks a trend rather than one incident.
  ['Attacks killed thousands over the past decade.', WED, ['2014', 'year', ['2014-03-06', '2024-03-06'], 'the past decade']],
  ['The group has controlled the district since 2014.', WED, ['2014', 'year', ['2014-01-01', '2024-03-06'], '2014']],
  ['The town was captured in 2014.', null, ['2014', 'year', ['2014-01-01', '2014-12-31'], '2014']],
  ['Survivors recalled the 2014 fall of Mosul.', WED, ['2014', 'year', ['2014-01-01', '2014-12-31'], '2014']],
  ["The militants reversed 2014's gains.", WED, ['2014', 'year', ['2014-01-01', '2014-12-31'], '2014']],
  ['The bridge was destroyed two years ago.', WED, ['2022', 'year', ['2022-01-01', '2022-12-31'], 'two years ago']],
  ['Militants were ousted last year.', WED, ['2023', 'year', ['2023-01-01', '2023-12-31'], 'last year']],
  ['Attacks have doubled this year.', WED, ['2024', 'year', ['2024-01-01', '2024-03-06'], 'this year']],
  ['The insurgency began in the 1990s.', WED, ['1990', 'year', ['1990-01-01', '1999-12-31'], 'the 1990s']],
  ['The region was contested between 2014 and 2016.', WED, ['2014', 'year', ['2014-01-01', '2016-12-31'], 'between 2014 and 2016']],
  ['Fighting flared again in early 2015.', WED, ['2015', 'year', ['2015-01-01', '2015-12-31'], 'early 2015']],

  // no publication date: relative words stay unresolved but keep their span
  ['Gunmen attacked the village on Sunday.', null, unknown('on Sunday')],
  ['Government forces retook the hill last week.', null, unknown('last week')],
  ['Two soldiers were killed yesterday.', null, unknown('yesterday')],
  ['The attack on May 28 left the market in ruins.', null, unknown('May 28')],
  ['The town fell last August.', null, unknown('last August')],

  // several mentions: the most precise wins
  ['The group, founded in 2006, attacked a checkpoint on Monday morning.', WED, day('2024-03-04', 'on Monday morning')],
  ['Militants who had held the town since 2014 were expelled last week.', WED, ['2024-03-03', 'week', ['2024-02-26', '2024-03-03'], 'last week']],

  // not dates
  ['Gunmen killed 11 people in the village.', WED, NONE],
  ['The council adopted Resolution 2254 unanimously.', WED, NONE],
  ['The convoy was stopped 20 km north of the city.', WED, NONE],
  ['Fighters carried AK-47 rifles and grenades.', WED, NONE],
  ['The group released a 30-minute video.', WED, NONE],
  ['A 15-year-old boy was among the wounded.', WED, NONE],
  ['Shots were heard at 5 pm near the mosque.', WED, NONE],
  ['Thousands may march on the capital.', WED, NONE],
  ['Police patrol the area 24/7, residents said.', WED, NONE],
  ['The army deployed 2000 troops to the border.', WED, NONE],
  ['Fighting continued in Mon State.', WED, NONE],
  ['The sun rose over the destroyed bridge.', WED, NONE],
  ['Two days later the rebels withdrew.', WED, NONE],
  // A window is read only by the chrono parsers its characters allow: a digit, a month or a weekday each still reads.
  ['Troops moved in on 2024/03/01.', WED, day('2024-03-01', '2024/03/01')],
  ['It began on Sat., March 2.', WED, day('2024-03-02', 'on Sat., March 2')],
  ['They struck last weekend.', WED, ['2024-03-03', 'week', ['2024-03-02', '2024-03-03'], 'last weekend']],
];

const TIME_PRECISION = { day: 1, week: 2, month: 3, year: 3, unknown: null } as const;
const OFFSET = 1000;

function check([sentence, published, [date, precision, range, words]]: Row): void {
  const r = resolveEventDate(sentence, published, OFFSET);
  const got = [r.event_date, r.date_precision, r.time_precision, r.date_range,
    r.span && sentence.slice(r.span.start - OFFSET, r.span.end - OFFSET)];
  assert.deepEqual(got, [date, precision, TIME_PRECISION[precision], range, words], `${sentence} (${published})`);
}

describe('resolveEventDate', () => {
  for (const row of ROWS) it(`${row[0]} [${row[1]}]`, () => check(row));

  it('has at least 50 rows', () => assert.ok(ROWS.length >= 50));

  it('gives the empty reading when there are no date words', () => {
    assert.deepEqual(resolveEventDate('Gunmen burned the market.', WED),
      { event_date: null, date_precision: 'unknown', time_precision: null, date_range: null, span: null });
  });

  it('does not depend on the machine time zone', () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
        process.env.TZ = tz;
        for (const row of ROWS) check(row);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('findDateMentions', () => {
  it('returns every date expression in order with article offsets', () => {
    const s = 'Rebels, active since 2014, struck on Sunday and again yesterday.';
    const got = findDateMentions(s, WED, 50).map((m) => [m.text, m.event_date, m.date_precision, m.span.start]);
    assert.deepEqual(got, [
      ['2014', '2014', 'year', 50 + s.indexOf('2014')],
      ['on Sunday', '2024-03-03', 'day', 50 + s.indexOf('on Sunday')],
      ['yesterday', '2024-03-05', 'day', 50 + s.indexOf('yesterday')],
    ]);
  });

  it('keeps the longest of overlapping expressions', () => {
    assert.deepEqual(findDateMentions('The town fell last August.', WED).map((m) => m.text), ['last August']);
  });
});

describe('hasDateWords', () => {
  it('passes sentences with date words', () => {
    for (const s of ['on Sunday', 'in March', 'yesterday', 'last week', 'in 2014', 'recently', 'on 13/02/2024']) {
      assert.ok(hasDateWords(s), s);
    }
  });
  it('rejects sentences without them', () => {
    for (const s of ['Gunmen killed 11 people.', 'They may march on the capital.', 'Fighting in Mon State.']) {
      assert.ok(!hasDateWords(s), s);
    }
  });
});

it('each sentence is read against its own publication date, whatever date came before', () => {
  const day = (p: string | null) => resolveEventDate('Gunmen struck on Tuesday.', p).event_date;
  assert.deepEqual(['2024-03-06', '2024-03-06', '2024-03-10', null, '2024-03-06', 'bad'].map(day),
    ['2024-03-05', '2024-03-05', '2024-03-05', null, '2024-03-05', null]);
  assert.equal(day('2024-03-14'), '2024-03-12');
});
