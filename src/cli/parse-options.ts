import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage-error.js';

/** The long name of an option spelled `--name` or `-n`, when it takes a value. */
function valueOption(arg: string, options: NonNullable<ParseArgsConfig['options']>): string | undefined {
  const name = arg.startsWith('--')
    ? arg.slice(2)
    : arg.length === 2 && arg.startsWith('-')
      ? Object.keys(options).find((key) => options[key]!.short === arg[1])
      : undefined;
  return name !== undefined && Object.hasOwn(options, name) && options[name]!.type === 'string' ? name : undefined;
}

/**
 * The arguments with `--limit -1` written `--limit=-1`: node's parser takes a value starting
 * with a dash for a forgotten value, while no option of ours is spelled like a negative number,
 * so the command's own check can say what is wrong with the number.
 */
function joinNegativeValues(args: readonly string[], options: NonNullable<ParseArgsConfig['options']>): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      out.push(...args.slice(i));
      break;
    }
    const name = valueOption(arg, options);
    const next = args[i + 1];
    if (name !== undefined && next !== undefined && /^-[\d.]/.test(next)) {
      out.push(`--${name}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

/**
 * `parseArgs` for a command: a value that reads as a negative number is taken as the option's
 * value, an option that takes a value may be given once (a second `--kind` would silently win
 * over the first), and every failure is a one-line {@link UsageError} (node's messages span
 * several lines).
 *
 * @example
 * ```ts
 * parseOptions({ args: ['--limit', '-1'], options: { limit: { type: 'string' } } }).values.limit; // => '-1'
 * parseOptions({ args: ['--kind', 'a', '--kind', 'b'], options: { kind: { type: 'string' } } });
 * // throws UsageError: --kind is given twice ("a", then "b"); give it once
 * ```
 */
export function parseOptions<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  const options = config.options ?? {};
  const args = joinNegativeValues(config.args ?? [], options);
  let parsed: { tokens: { kind: string; name?: string; value?: string | undefined }[] };
  try {
    parsed = parseArgs({ ...config, args, tokens: true }) as unknown as typeof parsed;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) throw new UsageError((error as Error).message.split('\n').join(' '));
    throw error;
  }
  const given = new Map<string, string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option' || token.name === undefined || token.value === undefined || options[token.name]?.multiple === true) continue;
    const earlier = given.get(token.name);
    if (earlier !== undefined)
      throw new UsageError(`--${token.name} is given twice (${JSON.stringify(earlier)}, then ${JSON.stringify(token.value)}); give it once`);
    given.set(token.name, token.value);
  }
  const { tokens: _tokens, ...result } = parsed;
  return result as unknown as ReturnType<typeof parseArgs<T>>;
}
