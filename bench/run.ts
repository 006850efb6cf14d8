// npm run bench: every speed figure the project tracks, in one run.
import { benchExtract } from './extract.js';
import { benchIngest } from './ingest.js';
import { benchServe } from './serve.js';
import { benchMerge } from './merge.js';

await benchIngest();
await benchExtract();
await benchMerge();
await benchServe(); // alone: npm run bench:serve
