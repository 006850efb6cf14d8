// The ingest layer's public face: plan the inputs, then read each source into articles or failures.
export type { IngestItem, ReadOptions } from './types.js';
export { planInputs } from './plan.js';
export { readSource } from './source.js';
export { readOrigin } from './origin.js';
