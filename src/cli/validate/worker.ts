/**
 * Validation worker: parses and validates batches of records off the main thread, which only
 * reads and cuts the input. Started by {@link ValidationPool}; built to dist/cli-worker.js.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createRecordValidator, idOf } from '../../dataset/index.js';
import { loadSchema } from './load-schema.js';
import type { WorkerSetup, WorkRequest, WorkResult } from './worker-protocol.js';

const { kind, schemas } = workerData as WorkerSetup;
// The main thread loaded the same module first and reported any problem with it.
const validate = createRecordValidator(await loadSchema(kind, schemas));
const decoder = new TextDecoder('utf-8', { fatal: true });

function check(request: WorkRequest): WorkResult {
  const ids: (string | null)[] = [];
  const result: WorkResult = { seq: request.seq, lines: request.lines, ids: '', problems: [], syntax: [] };
  if (request.type === 'text') result.buffer = request.bytes.buffer as ArrayBuffer;
  const count = request.lines.length;
  for (let index = 0; index < count; index++) {
    let value: unknown;
    if (request.type === 'records') {
      value = request.records[index];
    } else {
      let text: string;
      try {
        text = decoder.decode(request.bytes.subarray(request.starts[index], request.ends[index]));
      } catch {
        ids.push(null);
        result.syntax.push({ index, message: 'not valid UTF-8' });
        continue;
      }
      try {
        value = JSON.parse(text);
      } catch (error) {
        ids.push(null);
        result.syntax.push({ index, message: `not valid JSON: ${(error as Error).message}` });
        continue;
      }
    }
    ids.push(idOf(value) ?? null);
    const issues = validate(value);
    if (issues.length > 0) result.problems.push({ index, issues });
  }
  result.ids = JSON.stringify(ids);
  return result;
}

parentPort!.on('message', (request: WorkRequest) => {
  const result = check(request);
  const transfer = [result.lines.buffer as ArrayBuffer, ...(result.buffer ? [result.buffer] : [])];
  parentPort!.postMessage(result, transfer);
});
