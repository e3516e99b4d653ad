import type { JsonSchemaDocument } from '../../schema/index.js';

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
    this.#columns = header.map((name) => {
      const path = name.trim().split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      return { path, leaf: leafOf(nodeAt(schema, path)) };
    });
  }

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
    case 'json':
      try {
        return JSON.parse(cell) as unknown;
      } catch {
        return cell;
      }
    case 'string':
      return cell;
  }
}
