import { idOf } from '../../dataset/record-id.js';
import type { RecordValidator } from '../../dataset/index.js';
import type { WorkRequest, WorkResult } from './worker-protocol.js';

/**
 * Makes the function that checks one batch: decodes and parses each record's text (JSON array,
 * NDJSON) or takes the records built from CSV, validates each, and collects ids, schema issues
 * and syntax errors by position. Runs in the validation workers and, for small inputs, on the
 * main thread, so that both give the same report.
 *
 * @example
 * ```ts
 * const check = createBatchChecker(createRecordValidator(ActorSchema));
 * check({ seq: 0, type: 'records', records: [getActor('iskp')], lines: Uint32Array.of(1) }).problems; // => []
 * ```
 */
export function createBatchChecker(validate: RecordValidator): (request: WorkRequest) => WorkResult {
  // ignoreBOM: a byte order mark is the file's alone (the splitters skip it); before an element or a line it is
  // text JSON refuses, and the decoder must not drop it.
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  return (request) => {
    const ids: (string | null)[] = [];
    const result: WorkResult = { seq: request.seq, lines: request.lines, ids: '', problems: [], syntax: [] };
    if (request.type === 'text') result.buffer = request.bytes.buffer as ArrayBuffer;
    // Records the CSV reader already refused (a cell nested too deeply) arrive with their reason.
    const refused = request.type === 'records' ? (request.refused ?? []) : [];
    let r = 0;
    const count = request.lines.length;
    for (let index = 0; index < count; index++) {
      let value: unknown;
      if (request.type === 'records') {
        if (refused[r]?.index === index) {
          ids.push(refused[r]!.id);
          result.syntax.push({ index, message: refused[r++]!.message });
          continue;
        }
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
  };
}
