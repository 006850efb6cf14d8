/**
 * A refiner over a sentence's toponyms: "Daqouq, southern Kirkuk", "Gao, Mali", "Bimbilla in the
 * Northern Region" — the second name says where the first lies (and "Borno's Gwoza LGA", the first
 * where the second does). The first keeps only its candidates
 * inside the second (none, when no such place is there: then it stays unresolved and the unit places
 * the event); the second is marked as a qualifier, not a place of its own.
 */
import type { Gazetteer } from './Gazetteer.js';
import { distanceKm } from './Disambiguator.js';
import type { Place, ToponymMention } from './Geocoder.js';

const PLACE_NOUN = '(?:locality|district|area|village|town|city|county|payam|woreda|commune|municipality|lga|local government area|region|province|state|governorate|camp|neighbou?rhood|market|sub-?county|chiefdom|territory|department|cercle|zone|settlement|(?:(?:regional|provincial|district|state) )?capital|chief town)';
const QUALIFIER_GAP = new RegExp(`^\\s*(?:${PLACE_NOUN}\\s*)?(?:,|\\(|\\[|-|–|—|in|of|,?\\s*in the|,?\\s*in)\\s*(?:the\\s+)?(?:${PLACE_NOUN}\\s+of\\s+)?$`, 'i');
/** "neighbourhood of", "suburb of": the first name is a part of the town the second names. */
const PART_OF_GAP = /^\s*(?:neighbou?rhood|quarter|suburb|district|section|township)\s+of\s+(?:the\s+)?(?:town\s+of\s+|city\s+of\s+)?$/i;
/** How far a part of a town may lie from the town's point. */
const PART_KM = 20;
/** ", Cercle of", ", Soum Province": the second name is a unit even where the gazetteer knows only its town. */
const UNIT_OF_GAP = new RegExp(`${PLACE_NOUN}\\s+of\\s+$`, 'i');

/** Marks qualifiers and narrows the names they qualify, in place. Spans are `offset` + sentence index. */
export function markQualifiers(sentence: string, offset: number, mentions: ToponymMention[], gazetteer: Gazetteer): void {
  for (let k = 1; k < mentions.length; k++) {
    const a = mentions[k - 1]!;
    const b = mentions[k]!;
    const gap = sentence.slice(a.span.end - offset, b.span.start - offset)
      .replace(/\b(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?|central|upper|lower)\s*$/i, '');
    if (POSSESSIVE_GAP.test(gap)) { ownedBy(a, b, gazetteer); continue; }
    if (!QUALIFIER_GAP.test(gap)) continue;
    let units = b.candidates.filter((c) => c.kind === 'admin1' || c.kind === 'admin2' || c.kind === 'country');
    // A unit known only by its town ("Cercle of Niafunké"): the places around that town.
    if (!units.length && (b.region || UNIT_OF_GAP.test(gap))) units = b.candidates.map((c) => ({ ...c, kind: 'admin2' as const }));
    // "the Safa neighbourhood of Rafah": a part of a town lies in it; a namesake elsewhere is not meant.
    if (!units.length && !b.region && b.candidates.length && PART_OF_GAP.test(gap)) {
      a.candidates = a.candidates.filter((c) => b.candidates.some((town) => distanceKm(c, town) < PART_KM));
      b.qualifier = true;
      continue;
    }
    if (!b.region && !units.length) continue;
    if (!a.candidates.length) { b.qualifier = true; continue; }
    // Only a smaller place can lie in a unit: "Borno, Yobe and Adamawa" is a list, not Borno in Yobe.
    const lower = a.candidates.filter((c) => c.kind === 'populated place' || c.kind === 'site'
      || (c.kind === 'admin1' && units.some((u) => u.kind === 'country'))
      || (c.kind === 'admin2' && units.some((u) => u.kind !== 'admin2')));
    if (!lower.length) continue;
    let inside = lower.filter((c) => units.some((u) => contains(u, c, gazetteer)));
    // GeoNames' admin1 of a town may differ from the text's; the right country is the next best.
    if (!inside.length) inside = lower.filter((c) => units.some((u) => u.country === c.country));
    // "Fallujah in South Darfur": no such place there; the name stays unresolved and the unit places it.
    a.candidates = inside;
    b.qualifier = true;
    const holding = units.filter((u) => inside.some((c) => contains(u, c, gazetteer)));
    if (holding.length && (b.region || units.length === b.candidates.length)) b.candidates = holding;
  }
}

/** "Plateau State's Bassa LGA", "Niger's western Tillaberi region", "Kenya's capital Nairobi": the first name says where the second lies. */
const POSSESSIVE_GAP = /^['’]s\s+(?:(?:capital|(?:second |largest |main )?city|(?:border )?town|port|village|province|region|state|district)\s+(?:of\s+)?)?$/i;

function ownedBy(owner: ToponymMention, m: ToponymMention, gazetteer: Gazetteer): void {
  const units = owner.candidates.filter((c) => c.kind === 'admin1' || c.kind === 'country');
  const inside = m.candidates.filter((c) => units.some((u) => contains(u, c, gazetteer)));
  if (!inside.length) return;
  m.candidates = inside;
  owner.qualifier = true;
}

function contains(unit: Place, p: Place, gazetteer: Gazetteer): boolean {
  if (unit === p) return false;
  if (unit.kind === 'country') return p.country === unit.country;
  // A district's towns are near its town or seat (the unit's point); GeoNames seldom gives their admin2.
  if (unit.kind === 'admin2') return p.country === unit.country && p.admin1 === unit.admin1 && distanceKm(p, unit) < 80;
  return p.country === unit.country && (p.admin1 === unit.name || gazetteer.admin1Of(p) === unit);
}
