/**
 * The `central-asia-security` command line: validate files of records, query the bundled
 * data, export its tables. The cli/ layer is the only one that touches Node's I/O.
 */
import { version } from '../../package.json';
import type { CliIo } from './io.js';
import { displayText } from '../dataset/validation-error.js';
import { EXIT } from './exit-codes.js';
import { UsageError } from './usage-error.js';

const HELP = `Usage: central-asia-security <command> [options]

Commands:
  validate <file|-> --kind <kind>   validate a JSON array, NDJSON or CSV file of records, streaming
  query <what> [options]            query the bundled dataset (actors, incidents, claims, series, …)
  export <dir> [options]            write the bundled data's tables and files to a directory

Options:
  -h, --help      help; "central-asia-security <command> --help" for a command's options
  -v, --version   the package version

Exit codes: 0 success, 1 invalid records (validate), 2 bad arguments or unusable input.
`;

type Command = (args: string[], io: CliIo) => Promise<number>;

// A Map: the command name is typed by the user, and "constructor" must be an unknown command.
// Each command is imported when it runs: `validate` in a pre-commit hook must not pay for
// compiling the bundled records that only `query` and `export` read (docs/performance.md).
const COMMANDS = new Map<string, () => Promise<Command>>([
  ['validate', async () => (await import('./validate/run-validate.js')).runValidate],
  ['query', async () => (await import('./query/run-query.js')).runQuery],
  ['export', async () => (await import('./export/run-export.js')).runExport],
]);

/**
 * Runs the command line and returns its exit code; errors in arguments or input are printed
 * on stderr with code 2, never thrown.
 *
 * @example
 * ```ts
 * await main(['--version'], io); // prints the version => 0
 * await main(['frobnicate'], io); // prints 'unknown command "frobnicate"' => 2
 * ```
 */
export async function main(args: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    io.stdout.write(HELP);
    return command === undefined ? EXIT.unusable : EXIT.ok;
  }
  if (command === '-v' || command === '--version') {
    io.stdout.write(`${version}\n`);
    return EXIT.ok;
  }
  const found = COMMANDS.get(command);
  try {
    if (found === undefined) throw new UsageError(`unknown command "${command}"; expected one of ${[...COMMANDS.keys()].join(', ')}`);
    return await (
      await found()
    )(rest, io);
  } catch (error) {
    const parseError = typeof (error as { code?: unknown }).code === 'string' && (error as { code: string }).code.startsWith('ERR_PARSE_ARGS');
    if (error instanceof UsageError || parseError) {
      io.stderr.write(`central-asia-security${found ? ` ${command}` : ''}: ${displayText((error as Error).message, 2000)}\n`);
      if (found) io.stderr.write(`Run "central-asia-security ${command} --help" for usage.\n`);
      return EXIT.unusable;
    }
    throw error;
  }
}
