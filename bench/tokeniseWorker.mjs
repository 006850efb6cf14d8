// Bare wink-nlp tokenisation in its own isolate (bench/extract.ts): its heap stays as clean as in a
// process that only tokenises, while its rounds interleave with the pipeline's on the same machine.
import { parentPort, workerData } from 'node:worker_threads';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const nlp = winkNLP(model);
const texts = workerData.texts;
parentPort.on('message', () => {
  const t0 = performance.now();
  for (const t of texts) nlp.readDoc(t).tokens().out();
  parentPort.postMessage(texts.length / ((performance.now() - t0) / 1000));
});
