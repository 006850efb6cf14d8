/** Deterministic synthetic wire-style articles for benchmarks and large-ingest tests (not for accuracy). */
const PLACES = ['Mosul', 'Kirkuk', 'Gao', 'Mopti', 'Kismayo', 'Maiduguri', 'Idlib', 'Kharkiv', 'Sagaing', 'Marib'];
const ACTORS = ['gunmen', 'militants', 'soldiers', 'police officers', 'fighters', 'protesters'];
const VERBS = ['attacked', 'clashed with', 'shelled', 'surrounded', 'raided', 'ambushed'];
const TARGETS = ['a checkpoint', 'a village', 'a market', 'an army base', 'a convoy', 'a police station'];
const FILLER = [
  'Residents said the fighting lasted for several hours before the attackers withdrew.',
  'Local officials told reporters that the area had been tense for weeks.',
  'Aid groups said they were unable to reach the district because the road was closed.',
  'The government has not commented on the incident, and no group has claimed responsibility.',
  'Witnesses described hearing heavy gunfire and explosions throughout the night.',
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export interface GeneratedArticle { id: string; title: string; published: string; text: string; }

export function generateArticles(count: number, seed = 1): GeneratedArticle[] {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const place = pick(PLACES);
    const day = 1 + (i % 28);
    const lead = `${pick(ACTORS)} ${pick(VERBS)} ${pick(TARGETS)} near ${place} on Tuesday, killing ${1 + (i % 40)} people, officials said.`;
    const body = Array.from({ length: 6 }, () => pick(FILLER)).join(' ');
    return {
      id: `gen-${i}`,
      title: `Violence near ${place} (report ${i})`,
      published: `2024-03-${String(day).padStart(2, '0')}`,
      text: `${lead[0]!.toUpperCase()}${lead.slice(1)}\n\n${body}\n\nReport number ${i} of the generated series.`,
    };
  });
}
