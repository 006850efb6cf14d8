// npm run bench: every speed figure the project tracks, in one run.
import { benchExtract } from './extract.js';
import { benchIngest } from './ingest.js';

await benchIngest();
benchExtract();
