export { sameIncident, MERGE_SCORE, type Verdict } from './sameIncident.js';
export { combine, conflictsOf, byPrimary } from './combine.js';
export { windowOf, type Window } from './place.js';
