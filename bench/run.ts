// npm run bench: every speed figure the project tracks, in one run.
import { benchExtract } from './extract.js';
import { benchIngest } from './ingest.js';
import { benchServe } from './serve.js';
import { benchMerge } from './merge.js';

// Extraction first: its ratio compares the pipeline with tokenisation in a fresh worker, so the
// pipeline too runs on a heap no other bench has filled (ingesting first left it about 10% slower).
await benchExtract();
await benchIngest();
await benchMerge();
await benchServe(); // alone: npm run bench:serve
