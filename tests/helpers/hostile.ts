import { expect } from 'vitest';
import { createDataset, DatasetValidationError, type ValidationIssue } from '../../src/dataset/index.js';

/** Arrays nested `depth` deep around `leaf`, built without recursion. */
export function nestedArrays(depth: number, leaf: unknown = 1): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** Objects nested `depth` deep (`{ a: { a: … } }`), built without recursion. */
export function nestedObjects(depth: number, leaf: unknown = 1): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** The same nesting as JSON text: what a hostile file holds. */
export function nestedJson(depth: number): string {
  return `${'['.repeat(depth)}1${']'.repeat(depth)}`;
}

/** Every own property name of the built-in prototypes, to prove that nothing polluted them. */
export function prototypeSnapshot(): Record<string, string[]> {
  const names = (o: object) => Reflect.ownKeys(o).map(String).sort();
  return {
    object: names(Object.prototype),
    array: names(Array.prototype),
    function: names(Function.prototype),
    string: names(String.prototype),
  };
}

/** The issues createDataset reports for `input`; fails the test if it does not throw them. */
export function issuesOf(input: unknown, options?: Parameters<typeof createDataset>[1]): ValidationIssue[] {
  try {
    createDataset(input, options);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetValidationError);
    return [...(error as DatasetValidationError).issues];
  }
  throw new Error('expected createDataset to throw a DatasetValidationError');
}

/** The message createDataset throws for `input`. */
export function messageOf(input: unknown, options?: Parameters<typeof createDataset>[1]): string {
  try {
    createDataset(input, options);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetValidationError);
    return (error as Error).message;
  }
  throw new Error('expected createDataset to throw a DatasetValidationError');
}

type Path = (string | number)[];

/** Paths of every leaf (string, number, boolean) in a value, depth first. */
export function leafPaths(value: unknown, path: Path = []): Path[] {
  if (!isContainer(value)) return [path];
  return entriesOf(value).flatMap(([key, child]) => leafPaths(child, [...path, key]));
}

/** Arrays and plain objects: what records are made of. A boxed string, a Map or a Date is a leaf. */
function isContainer(value: unknown): value is object {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

// Built without the value's own methods: a mutated array may carry a `constructor` key.
function entriesOf(value: object): [string | number, unknown][] {
  const entries: [string | number, unknown][] = [];
  const array = Array.isArray(value);
  for (const key of Object.keys(value)) entries.push([array && /^\d+$/.test(key) ? Number(key) : key, (value as Record<string, unknown>)[key]]);
  return entries;
}

/** Paths of every object in a value (including the value itself), depth first. */
export function objectPaths(value: unknown, path: Path = []): Path[] {
  if (!isContainer(value)) return [];
  return [path, ...entriesOf(value).flatMap(([key, child]) => objectPaths(child, [...path, key]))];
}

/** Reads the value at `path`. */
export function getAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], root);
}

/** Writes `value` at `path` (which must exist but for its last step). */
export function setAt(root: unknown, path: Path, value: unknown): void {
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = value;
}

/** What no message of a library function may say: the engine's words for a bug inside. */
export const RAW_ENGINE_ERROR =
  /Cannot read properties|Cannot convert undefined or null|is not iterable|is not a function|Cannot use 'in' operator|Cannot destructure/;

/** The error `call` throws, checked to be a `type` (any Error by default) free of the engine's words; fails the test if it does not throw. */
export function thrownError(call: () => unknown, type: ErrorConstructor = Error): Error {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(type);
    expect((error as Error).message).not.toMatch(RAW_ENGINE_ERROR);
    return error as Error;
  }
  throw new Error('expected a throw');
}
