import type { RecordIssue } from '../../dataset/index.js';
import type { RecordKind } from '../../schema/index.js';
import type { TextBatch } from './batch.js';

/** What a validation worker is started with. */
export interface WorkerSetup {
  kind: RecordKind;
  /** File URL of a module exporting `schemas`, when the caller validates with their own. */
  schemas?: string;
}

/** A batch to validate: records' JSON text (JSON array, NDJSON) or records already built (CSV). */
export type WorkRequest =
  | ({ seq: number; type: 'text' } & TextBatch)
  | {
      seq: number;
      type: 'records';
      records: unknown[];
      lines: Uint32Array;
      /** Records refused before validation (a CSV cell nested too deeply), in index order. */
      refused?: { index: number; id: string | null; message: string }[];
    };

/** A worker's answer for one batch, in the batch's record order. */
export interface WorkResult {
  seq: number;
  lines: Uint32Array;
  /** The batch's working buffer, given back for reuse. */
  buffer?: ArrayBuffer;
  /**
   * Each record's id when it has a string one, else `null`, as one JSON array: a single string
   * crosses threads far faster than a thousand small ones.
   */
  ids: string;
  /** Records with schema issues, by position in the batch. */
  problems: { index: number; issues: readonly RecordIssue[] }[];
  /** Records that are not JSON (or not UTF-8), by position in the batch. */
  syntax: { index: number; message: string }[];
}
