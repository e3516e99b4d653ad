import { Console } from 'node:console';
import { writeSync } from 'node:fs';
import { Writable } from 'node:stream';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as z from 'zod';
import { isZodSchema } from '../../dataset/is-zod-schema.js';
import { defaultSchema } from './default-schema.js';
import { RECORD_KINDS, type RecordKind } from '../../schema/record-map.js';
import { didYouMean } from '../../schema/closest-name.js';
import { UsageError } from '../usage-error.js';

/**
 * File descriptor 2, written at once. In a validation thread, `process.stderr` reaches the
 * terminal through the main thread, and a line still on its way when the run ends was lost
 * (a loaded CI run caught a refinement's log missing).
 */
const stderrNow = new Writable({
  write(chunk: Buffer, _encoding, done): void {
    try {
      writeAll(chunk);
      done();
    } catch (error) {
      done(error as Error);
    }
  },
});

/** What {@link writeAll} sleeps on, a millisecond at a time, while the pipe is full. */
let pause: Int32Array | undefined;

/** Writes all of `bytes` to fd 2, which Node may have made non-blocking: a full pipe is waited out. */
function writeAll(bytes: Buffer): void {
  for (let written = 0; written < bytes.length;) {
    try {
      written += writeSync(2, bytes, written);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      pause ??= new Int32Array(new SharedArrayBuffer(4));
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}

/**
 * Sends what a --schemas module logs (at load or in a refinement) to stderr: stdout carries the
 * report, and a logged line inside `--format json` would make it unreadable.
 */
function consoleToStderr(): void {
  globalThis.console = new Console({ stdout: stderrNow, stderr: stderrNow });
}

/**
 * The schema to validate `kind` with: ours, or the one a module of yours exports under
 * `schemas[kind]` (the `schemas` of `defineSchemas`, or any object of zod schemas by kind).
 * A module that cannot be loaded, whose `schemas` is not an object or throws when read, or
 * that names a key which is not a record kind (`incidnet`), is a {@link UsageError}; a kind it
 * leaves out is validated with ours.
 *
 * @example
 * ```ts
 * // my-schemas.mjs: export const { schemas } = defineSchemas({ incidentTypes: ['protest'] });
 * await loadSchema('incident', 'my-schemas.mjs'); // your incident schema
 * await loadSchema('actor'); // => ActorSchema
 * ```
 */
export async function loadSchema(kind: RecordKind, module?: string): Promise<z.ZodType> {
  if (module === undefined) return defaultSchema(kind);
  const url = module.startsWith('file:') ? module : pathToFileURL(resolve(module)).href;
  let loaded: { schemas?: unknown; default?: { schemas?: unknown } };
  consoleToStderr();
  try {
    loaded = (await import(url)) as typeof loaded;
  } catch (error) {
    throw new UsageError(`cannot load --schemas "${module}": ${messageOf(error)}`);
  }
  // The module's code runs again when its exports are read: a getter or a Proxy may throw.
  let schemas: unknown;
  let keys: string[];
  let schema: unknown;
  try {
    schemas = loaded.schemas ?? loaded.default?.schemas;
    if (typeof schemas !== 'object' || schemas === null) {
      throw new UsageError(`--schemas "${module}" must export "schemas", an object of zod schemas by record kind (as defineSchemas returns)`);
    }
    keys = Object.keys(schemas);
    schema = (schemas as Record<string, unknown>)[kind];
    if (schema !== undefined && !isZodSchema(schema)) throw new UsageError(`--schemas "${module}": schemas.${kind} is not a zod schema`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot load --schemas "${module}": its schemas threw when read: ${messageOf(error)}`);
  }
  // A misspelt kind would leave ours in force without a word: every key must be a kind.
  const unknown = keys.find((key) => !(RECORD_KINDS as readonly string[]).includes(key));
  if (unknown !== undefined) {
    throw new UsageError(
      `--schemas "${module}": unknown kind "${unknown}" in schemas, expected one of ${RECORD_KINDS.join(', ')}${didYouMean(unknown, RECORD_KINDS)}`,
    );
  }
  return schema === undefined ? defaultSchema(kind) : schema;
}

/** An error's message for one line, whatever was thrown. */
function messageOf(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'an unprintable value';
  }
}
