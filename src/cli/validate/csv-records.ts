import type { JsonSchemaDocument } from '../../schema/index.js';
import { displayText } from '../../dataset/validation-error.js';
import { InputSyntaxError } from './batch.js';
import { repeatedColumns } from './repeated-columns.js';

/**
 * The largest array index a column path may name (`actors.999.role`): a record is built from
 * its row, and `actors.4294967294.role` would ask for an array of four billion slots (and the
 * validator for an issue on each empty one). Longer arrays fit in one cell as JSON.
 */
export const MAX_COLUMN_INDEX = 999;

/** The most steps a column path may have (`a.b.c` has 3): deeper ones make the header unusable. */
export const MAX_COLUMN_STEPS = 64;

/**
 * The deepest nesting a JSON cell may hold. Records built from CSV travel to the validation
 * threads by structured clone, which recurses; a deeper cell makes its row an issue (exit 1),
 * as a too-deep NDJSON line is.
 */
export const MAX_CELL_DEPTH = 1_000;

/** A row refused before validation, with the reason; the run goes on. */
export class CsvRowError extends Error {
  override readonly name = 'CsvRowError';
}

type Leaf = 'string' | 'number' | 'boolean' | 'json';

interface Column {
  path: (string | number)[];
  leaf: Leaf;
}

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** The JSON Schema node at a field path, or `undefined` when the schema has no such field. */
function nodeAt(schema: JsonSchemaDocument, path: (string | number)[]): JsonSchemaDocument | undefined {
  let node: JsonSchemaDocument | undefined = schema;
  for (const segment of path) {
    if (node === undefined) return undefined;
    if (typeof segment === 'number') node = node.items as JsonSchemaDocument | undefined;
    else node = (node.properties as Record<string, JsonSchemaDocument> | undefined)?.[segment];
  }
  return node;
}

function leafOf(node: JsonSchemaDocument | undefined): Leaf {
  const type = node?.type;
  if (type === 'number' || type === 'integer') return 'number';
  if (type === 'boolean') return 'boolean';
  if (type === 'array' || type === 'object') return 'json';
  return 'string';
}

/**
 * Turns CSV rows into records, one record a row. A column's name is the field's path, dotted
 * for nested fields (`date.start`, `fatalities.value`, `actors.0.role`); an array or object
 * may also sit whole in one cell as JSON (`actors` = `[{"actor":"iskp","role":"perpetrator"}]`).
 * The record kind's JSON Schema decides each cell's type: numbers and booleans are converted
 * when they read as such (otherwise left as text, for the validator to name), and an empty cell
 * means the field is absent.
 *
 * @example
 * ```ts
 * const build = new CsvRecordBuilder(['id', 'date.start', 'fatalities.value'], jsonSchemas().incident);
 * build.record(['a', '2023-09-01', '3']); // => { id: 'a', date: { start: '2023-09-01' }, fatalities: { value: 3 } }
 * ```
 */
export class CsvRecordBuilder {
  readonly #columns: Column[];

  constructor(header: readonly string[], schema: JsonSchemaDocument) {
    this.#columns = header.map((name, index) => {
      const path = columnPath(name, index);
      return { path, leaf: leafOf(nodeAt(schema, path)) };
    });
    // Two columns that build the same field would keep only the last one's cell, silently.
    const repeated = repeatedColumns(header, (_, index) => JSON.stringify(this.#columns[index]!.path));
    if (repeated !== undefined) throw new InputSyntaxError(1, `line 1: ${repeated}; each field may have one column`);
  }

  /** How many cells each row must have: one per header column. */
  get columns(): number {
    return this.#columns.length;
  }

  /** The row's id, from an `id` column, when it has one: for rows refused before validation. */
  idOf(cells: readonly string[]): string | null {
    const index = this.#columns.findIndex((column) => column.path.length === 1 && column.path[0] === 'id');
    const cell = index < 0 ? undefined : cells[index];
    return cell === undefined || cell === '' ? null : cell;
  }

  /** The record a row spells; a cell nested too deeply is a {@link CsvRowError}. */
  record(cells: readonly string[]): Record<string, unknown> {
    const record: Record<string, unknown> = {};
    this.#columns.forEach((column, i) => {
      const cell = cells[i];
      if (cell === undefined || cell === '') return;
      let target: Record<string | number, unknown> = record;
      column.path.forEach((segment, depth) => {
        if (depth === column.path.length - 1) {
          setOwn(target, segment, convert(cell, column.leaf));
          return;
        }
        const next = column.path[depth + 1];
        // Own keys only: a column named __proto__ must not reach Object.prototype.
        const existing = Object.hasOwn(target, segment) ? target[segment] : undefined;
        if (typeof existing !== 'object' || existing === null) setOwn(target, segment, typeof next === 'number' ? [] : {});
        target = target[segment] as Record<string | number, unknown>;
      });
    });
    return record;
  }
}

/**
 * A column's field path; a path too deep or an index too large is an {@link InputSyntaxError}
 * on line 1 naming the column.
 */
function columnPath(name: string, index: number): (string | number)[] {
  const steps = name.trim().split('.');
  const column = `column ${index + 1} "${displayText(name, 100)}"`;
  if (steps.length > MAX_COLUMN_STEPS) {
    throw new InputSyntaxError(1, `line 1: ${column} is a path of ${steps.length.toLocaleString('en')} steps; at most ${MAX_COLUMN_STEPS} are allowed`);
  }
  return steps.map((step) => {
    if (!/^\d+$/.test(step)) return step;
    const n = Number(step);
    if (n > MAX_COLUMN_INDEX) {
      throw new InputSyntaxError(
        1,
        `line 1: ${column} names array index ${displayText(step, 40)}; at most ${MAX_COLUMN_INDEX.toLocaleString('en')} is allowed`,
      );
    }
    return n;
  });
}

/** Whether `value` nests arrays and objects deeper than `max`, found without recursion. */
function deeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [next, depth] = stack.pop()!;
    if (typeof next !== 'object' || next === null) continue;
    if (depth > max) return true;
    for (const child of Object.values(next)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}

/** Sets an own property, even one named `__proto__`, without touching any prototype. */
function setOwn(target: Record<string | number, unknown>, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function convert(cell: string, leaf: Leaf): unknown {
  switch (leaf) {
    case 'number':
      return NUMBER.test(cell.trim()) ? Number(cell) : cell;
    case 'boolean':
      return cell === 'true' ? true : cell === 'false' ? false : cell;
    case 'json': {
      let value: unknown;
      try {
        value = JSON.parse(cell);
      } catch {
        return cell;
      }
      if (deeperThan(value, MAX_CELL_DEPTH)) throw new CsvRowError(`a cell nests arrays or objects more than ${MAX_CELL_DEPTH.toLocaleString('en')} deep`);
      return value;
    }
    case 'string':
      return cell;
  }
}
