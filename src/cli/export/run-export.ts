import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { dataset } from '../../bundled/dataset.js';
import { COLLECTION_OF, RECORD_KINDS } from '../../schema/index.js';
import type { CliIo } from '../io.js';
import { EXIT, UsageError } from '../usage-error.js';
import { writeAtomically } from './write-atomically.js';

const FORMATS = ['json', 'ndjson'] as const;
type ExportFormat = (typeof FORMATS)[number];

/** `export --help`. */
export const EXPORT_HELP = `Usage: central-asia-security export <dir> [--format <fmt>]...

Writes the bundled dataset to a directory, one file per record kind and format
(actors.json, actors.ndjson, …). Each file is written to a temporary name and renamed,
so an interrupted export leaves the old file or none, never half of one.

Options:
      --format <fmt>   ${FORMATS.join(', ')}; repeat for several (default: all)
  -h, --help           this help

Exit codes: 0 written, 2 bad arguments or a directory that cannot be written.
`;

/**
 * `central-asia-security export`: writes the bundled data's files to a directory.
 *
 * @example
 * ```ts
 * await runExport(['out', '--format', 'ndjson'], io); // writes out/actors.ndjson, … => 0
 * ```
 */
export async function runExport(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout.write(EXPORT_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError(`export takes one directory, got ${positionals.length}`);
  const dir = positionals[0]!;
  const formats = (values.format ?? [...FORMATS]) as ExportFormat[];
  for (const format of formats) {
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown --format "${format}"; expected ${FORMATS.join(', ')}`);
  }
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new UsageError(`cannot create "${dir}": ${(error as Error).message}`);
  }
  if (!(await stat(dir)).isDirectory()) throw new UsageError(`"${dir}" is not a directory`);
  const written: string[] = [];
  for (const kind of RECORD_KINDS) {
    const name = COLLECTION_OF[kind];
    const records = dataset[name] as readonly unknown[];
    for (const format of formats) {
      const file = join(dir, `${name}.${format}`);
      const content = format === 'json' ? `${JSON.stringify(records, null, 2)}\n` : records.map((r) => `${JSON.stringify(r)}\n`).join('');
      await writeAtomically(file, content);
      written.push(file);
    }
  }
  io.stdout.write(`wrote ${written.length} files to ${dir}\n`);
  return EXIT.ok;
}
