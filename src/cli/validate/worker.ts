/**
 * Validation worker: parses and validates batches of records off the main thread, which only
 * reads and cuts the input. Started by {@link ValidationPool}; built to dist/cli-worker.js.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createRecordValidator } from '../../dataset/compiled-validator/record-validator.js';
import { createBatchChecker } from './check-batch.js';
import { loadSchema } from './load-schema.js';
import type { WorkerSetup, WorkRequest } from './worker-protocol.js';

const { kind, schemas } = workerData as WorkerSetup;
// The main thread loaded the same module first and reported any problem with it.
const check = createBatchChecker(createRecordValidator(await loadSchema(kind, schemas)));

parentPort!.on('message', (request: WorkRequest) => {
  const result = check(request);
  const transfer = [result.lines.buffer as ArrayBuffer, ...(result.buffer ? [result.buffer] : [])];
  parentPort!.postMessage(result, transfer);
});
