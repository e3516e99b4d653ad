import { UsageError } from '../usage-error.js';

/** The formats `validate` reads. */
export const INPUT_FORMATS = ['json', 'ndjson', 'csv'] as const;

/** One of {@link INPUT_FORMATS}. */
export type InputFormat = (typeof INPUT_FORMATS)[number];

const BY_EXTENSION: Record<string, InputFormat> = {
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.csv': 'csv',
};

/**
 * The format named by `--input-format`, or else by the file's extension; `undefined` when
 * neither tells (stdin, an unknown extension), so the first bytes decide.
 *
 * @example
 * ```ts
 * formatFromName('events.jsonl'); // => 'ndjson'
 * formatFromName('-'); // => undefined
 * ```
 */
export function formatFromName(file: string, explicit?: string): InputFormat | undefined {
  if (explicit !== undefined) {
    if (!(INPUT_FORMATS as readonly string[]).includes(explicit)) {
      throw new UsageError(`unknown --input-format "${explicit}"; expected one of ${INPUT_FORMATS.join(', ')}`);
    }
    return explicit as InputFormat;
  }
  const dot = file.lastIndexOf('.');
  return dot < 0 ? undefined : BY_EXTENSION[file.slice(dot).toLowerCase()];
}

/**
 * Guesses the format from the first bytes: `[` opens a JSON array, `{` an NDJSON line, and
 * anything else is taken as a CSV header.
 *
 * @example
 * ```ts
 * sniffFormat(Buffer.from('  [{"id":"a"}]')); // => 'json'
 * sniffFormat(Buffer.from('id,type\n')); // => 'csv'
 * ```
 */
export function sniffFormat(head: Uint8Array): InputFormat {
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++;
  if (head[i] === 0x5b) return 'json';
  if (head[i] === 0x7b) return 'ndjson';
  return 'csv';
}
