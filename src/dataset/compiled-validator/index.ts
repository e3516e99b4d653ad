export { compileValidityCheck } from './compile.js';
export type { CompileOptions, ValidityCheck } from './compile.js';
export { createRecordValidator } from './record-validator.js';
export type { RecordIssue, RecordValidator } from './record-validator.js';
