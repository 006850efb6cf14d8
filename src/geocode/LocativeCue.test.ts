import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readCue } from './LocativeCue.js';

describe('readCue: the words before a place name', () => {
  // [text up to the name, cue text or null, precision]
  const rows: Array<[string, string | null, 1 | 2 | null]> = [
    ['Gunmen killed four people in ', 'in', 1],
    ['A bomb went off at ', 'at', 1],
    ['Militants stormed the village of ', 'the village of', 1],
    ['Fighting erupted in the town of ', 'in the town of', 1],
    ['A drone struck a car near ', 'near', 2],
    ['An American soldier was killed outside ', 'outside', 2],
    ['Bodies were found on the side of a road 20 miles from ', '20 miles from', 2],
    ['The convoy was ambushed 20 km north of ', '20 km north of', 2],
    ['Clashes on the outskirts of ', 'on the outskirts of', 2],
    ['Jihadists attacked a post about 15 kilometres south-west of ', '15 kilometres south-west of', 2],
    ['Troops advanced north of ', 'north of', 2],
    ['Rockets hit ', 'hit', 1],
    ['The governor of ', 'of', 1],
    ['Residents said ', null, null],
    // The last word decides whether the patterns run at all: spellings from optional letters, any case, any space.
    ['Shells fell on the neighbouring ', 'neighbouring', 2],
    ['Troops moved towards ', 'towards', 2],
    // Where the victims were going is not where they were hit: near it at best.
    ['Gunmen ambushed a bus travelling to ', 'travelling to', 2],
    ['The convoy, on its way back to ', 'on its way back to', 2],
    ['A truck heading for ', 'heading for', 2],
    ['FIGHTING IN ', 'in', 1],
    ['Gunmen killed four people in\u00a0', 'in', 1],
    ['A reporter in', null, null],
    // Runs of whitespace read as one space: a line break, a tab, two spaces inside the cue.
    ['The convoy was ambushed 20\nkm  north of ', '20 km north of', 2],
    ['Fighting erupted in\tthe town of ', 'in the town of', 1],
  ];
  for (const [before, text, precision] of rows) {
    it(`"${before}…"`, () => {
      const cue = readCue(before);
      assert.equal(cue?.text ?? null, text);
      assert.equal(cue?.precision ?? null, precision);
    });
  }

  it('"of" and "from" alone are weak cues', () => {
    assert.equal(readCue('The governor of ')?.strong, false);
    assert.equal(readCue('Fighting in ')?.strong, true);
  });
});
