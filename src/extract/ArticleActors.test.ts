import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../pipeline/extract.js';
import { loadActorRegistry } from './ActorRegistry.js';
import { articleGroups, findArticleActors } from './ArticleActors.js';

const registry = loadActorRegistry();

const ROWS: [string, string[]][] = [
  ['A militia calling itself the Tal Afar Avengers has claimed the killings.', ['Tal Afar Avengers']],
  ['Fighters from the Kani Brigade attacked the town.', ['Kani Brigade']],
  ['A new armed group, known as the Free Sahel Front, appeared last year.', ['Free Sahel Front']],
  ['Islamic State fighters attacked the village.', []],
  ['The Syrian Democratic Forces said the attack failed.', []],
  ['Residents called the attack a massacre.', []],
  ['An armed group called Kanisquad posts its raids online.', ['Kanisquad']],
  ['A man called Yusuf was shot.', []],
  ['Raiders shot a commander named Omar Saleh.', []],
];

test('groups an article introduces by name, and none the registry already knows', () => {
  for (const [text, expected] of ROWS) assert.deepEqual(articleGroups(text, registry).names, expected, text);
});

test('their mentions carry article offsets', () => {
  const sentence = 'Later the Kani Brigade withdrew.';
  const [m] = findArticleActors(sentence, 100, ['Kani Brigade']);
  assert.equal((' '.repeat(100) + sentence).slice(m!.span.start, m!.span.end), 'Kani Brigade');
});

test('"their victims" are those of the earlier sentence\'s subject, not of a group it names later', () => {
  const text = 'A militia calling itself the Tal Afar Avengers is hunting down suspected Islamic State members. '
    + 'Nine of their victims were found shot dead near Tal Afar on Monday.';
  const [event] = extract({ id: 't', text, published: '2019-05-08', source: null, url: null });
  assert.equal(event?.actor1, 'Tal Afar Avengers');
});

test('"their victims" in a later sentence are the named group\'s, with no evidence span of their own', () => {
  const text = 'A vigilante group calling itself the Tal Afar Avengers is hunting suspected militants. '
    + 'Nine of their victims were found shot dead near Tal Afar on Monday.';
  const [event] = extract({ id: 't', text, published: '2019-05-08', source: null, url: null });
  assert.ok(event);
  assert.equal(event.actor1, 'Tal Afar Avengers');
  assert.ok(!event.evidence.some((e) => e.field === 'actor1'), 'the actor was read back, not read here');
});

test('"the vigilantes" are the group introduced as a vigilante group, not vigilantes at large', () => {
  const text = 'A vigilante network calling itself the Sinjar Wolves has posted its threats online. '
    + 'On Monday the vigilantes shot dead two men near Sinjar.';
  const [event] = extract({ id: 't', text, published: '2019-05-08', source: null, url: null });
  assert.equal(event?.actor1, 'Sinjar Wolves');
  const plain = extract({ id: 'u', text: 'On Monday vigilantes shot dead two men near Sinjar.', published: '2019-05-08', source: null, url: null });
  assert.notEqual(plain[0]?.actor1, 'Sinjar Wolves');
});

test('"they" after a told incident is that incident\'s doer, even a state force', () => {
  const text = 'Nigerian troops killed 20 Boko Haram fighters near Damboa on Monday. On Wednesday they shot dead two smugglers near Dikwa.';
  const events = extract({ id: 't', text, published: '2019-05-08', source: null, url: null });
  assert.deepEqual(events.map((e) => e.actor1), ['Military Forces of Nigeria', 'Military Forces of Nigeria']);
});

test('the words that introduce a group describe it; its place and articles do not', () => {
  const { kinds } = articleGroups('A vigilante network in Iraq calling itself the Sinjar Wolves posted threats.', registry);
  assert.deepEqual([...kinds], [['vigilante', 'Sinjar Wolves'], ['network', 'Sinjar Wolves']]);
});
