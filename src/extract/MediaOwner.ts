// Whose own media an article shows. ACLED codes the deeds in a group's own video, post or page as
// the group's: "Islamic State has released a propaganda video ... The video includes the beheading of
// captured soldiers" names no doer in the second sentence, but the video does.
import { readFileSync } from 'node:fs';
import type { ActorMention } from './ActorRegistry.js';
import { alt } from './Modality.js';
import type { TextSpan } from './types.js';

const L = (JSON.parse(readFileSync(new URL('../../data/lexicon/claims.json', import.meta.url), 'utf8')) as {
  ownMedia: Record<'nouns' | 'released' | 'releasedBy' | 'shown', string[]> }).ownMedia;
const MEDIA = `(?:${alt(L.nouns)})`;
const MEDIA_WORD = new RegExp(`\\b${MEDIA}\\b`, 'i');
// "X has released a new propaganda video", "X posted images"
const RELEASED_AFTER = new RegExp(`^\\s*(?:has\\s+|have\\s+|had\\s+)?(?:${alt(L.released)})\\s+(?:(?:a|an|its|their|the|new|fresh|another|\\d+-\\w+|[\\w-]+)\\s+){0,3}${MEDIA}\\b`, 'i');
// "a message from X", "released by an X account", "X's Facebook page", "the X channel"
const FROM_BEFORE = new RegExp(`\\b${MEDIA}\\s+(?:from|of|by|(?:${alt(L.releasedBy)})\\s+by)\\s+(?:(?:a|an|the)\\s+)?$`, 'i');
const POSSESSOR_AFTER = new RegExp(`^(?:['’]s?|\\s+(?:own|official))?\\s+(?:(?:own|official|new|[A-Z][\\w-]*)\\s+){0,2}${MEDIA}\\b`);

/** The actor whose own media a sentence names, or null. `mentions` are the sentence's actors. */
export function mediaOwner(text: string, offset: number, mentions: () => ActorMention[]): ActorMention | null {
  if (!MEDIA_WORD.test(text)) return null; // most sentences: no mention scan at all
  for (const m of mentions()) {
    if (m.inter === 7) continue; // civilians do not claim attacks
    const [a, b] = [m.span.start - offset, m.span.end - offset];
    if (RELEASED_AFTER.test(text.slice(b)) || FROM_BEFORE.test(text.slice(Math.max(0, a - 40), a))
      || POSSESSOR_AFTER.test(text.slice(b, b + 40))) return m;
  }
  return null;
}

// "the video includes", "images showing", "another image is uploaded showing him dead"
const SHOWN = new RegExp(`\\b${MEDIA}\\b[^.;]{0,60}?\\b(?:${alt(L.shown)})\\b`, 'i');

/** The media words that tell a deed as shown in media ("the video includes"), before `trigger`. */
export function shownInMedia(text: string, offset: number, trigger: TextSpan): TextSpan | null {
  const m = SHOWN.exec(text.slice(0, trigger.start - offset));
  return m ? { start: offset + m.index, end: offset + m.index + m[0].length } : null;
}
