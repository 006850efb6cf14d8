import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../pipeline/extract.js';
import { loadActorRegistry } from './ActorRegistry.js';
import { mediaOwner, shownInMedia } from './MediaOwner.js';

const registry = loadActorRegistry();
const owner = (text: string) => mediaOwner(text, 0, () => registry.findMentions(text, 0))?.name ?? null;

test('whose own media a sentence names', () => {
  const rows: [string, string | null][] = [
    ['Al Shabaab has released a new propaganda video from the south.', 'Al Shabaab'],
    ['Boko Haram posted images on its channel.', 'Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad'],
    ['A statement from the Taliban denied it.', 'Taliban'],
    ['The clip was released by an Al Shabaab account on Friday.', 'Al Shabaab'],
    ['Villagers posted images of the burned market.', null], // civilians claim no attack
    ['Al Shabaab fighters attacked the base.', null], // no media at all
    ['Photos seen by reporters show the Taliban checkpoint.', null], // a viewer owns nothing
  ];
  for (const [text, expected] of rows) assert.equal(owner(text), expected, text);
});

test('a deed is shown in media when a media word and a showing verb stand before it', () => {
  const at = (text: string, cue: string) => shownInMedia(text, 0, { start: text.indexOf(cue), end: text.indexOf(cue) + cue.length });
  assert.ok(at('The video includes the beheading of two guards.', 'beheading'));
  assert.ok(at('Another image is then posted showing him shot dead.', 'shot dead'));
  assert.equal(at('Gunmen shot dead two guards, a video later showed.', 'shot dead'), null);
});

test('a deed shown in a group\'s own video is the group\'s, claimed on its word', () => {
  const text = 'Al Shabaab has released a propaganda video about its fighters. '
    + 'The video shows the execution of three captured soldiers near Jilib on Tuesday.';
  const [event] = extract({ id: 'm', text, published: '2021-05-08', source: null, url: null });
  assert.equal(event?.actor1, 'Al Shabaab');
  assert.equal(event?.claim, 'claimed');
  const plain = extract({ id: 'n', text: 'The video shows the execution of three captured soldiers near Jilib on Tuesday.', published: '2021-05-08', source: null, url: null });
  assert.notEqual(plain[0]?.actor1, 'Al Shabaab');
});

test('the army\'s footage of militants attacking shows its enemies, not itself', () => {
  const text = 'The Nigerian army has released a video of its operations. '
    + 'The video shows militants attacking a checkpoint near Maiduguri on Tuesday.';
  const [event] = extract({ id: 'a', text, published: '2021-05-08', source: null, url: null });
  assert.equal(event?.actor1, 'Unidentified Armed Group (Nigeria)');
});
