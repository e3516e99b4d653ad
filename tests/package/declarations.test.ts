/**
 * The shipped declarations are one whole-program tsc emit (`npm run build:types`), bundled by
 * tsup. When tsup's rollup-plugin-dts emitted them itself, module by module in whatever order
 * rollup loaded the modules, TypeScript printed the members of each `z.enum` in the order it
 * had first met their strings: two builds of the same commit gave different dist/*.d.ts, and CI
 * failed the API report on a build whose order differed from the committed one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/manifest.js';

/**
 * The bundler names another module's types through its own imports (tsc's
 * `import("zod/v4/core").$strict` becomes `zod_v4_core.$strict`, `import("zod").ZodString`
 * becomes `z.ZodString`), so both sides drop the qualifier and keep the type.
 */
function withoutModuleQualifiers(text: string): string {
  return text.replace(/import\("[^"]+"\)\./g, '').replace(/\b[A-Za-z_$][\w$]*\.(?=[A-Z$])/g, '');
}

/** Each top-level `declare const Name: …;` of a declaration file, by name, without `export`. */
function constDeclarations(path: string): Map<string, string> {
  const found = new Map<string, string>();
  let name: string | undefined;
  let lines: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const start = /^(?:export )?declare const (\w+): /.exec(line);
    if (name === undefined && start?.[1] !== undefined) {
      name = start[1];
      lines = [];
    }
    if (name === undefined) continue;
    lines.push(line.replace(/^export /, ''));
    // Continuation lines are indented; the declaration ends on a line of its own level.
    if (!line.startsWith(' ') && line.endsWith(';')) {
      found.set(name, withoutModuleQualifiers(lines.join('\n')));
      name = undefined;
    }
  }
  return found;
}

describe('the shipped declarations', () => {
  it('are the types tsc wrote for the whole program, for every schema object', () => {
    const written = constDeclarations(join(ROOT, '.tmp/types/entries/schema-objects.d.ts'));
    const shipped = constDeclarations(join(ROOT, 'dist/schema.d.ts'));
    // RECORD_SCHEMAS, DatasetSchema and the 47 record and part schemas.
    expect(written.size).toBe(49);
    for (const [name, declaration] of written) {
      expect(shipped.get(name), name).toBe(declaration);
    }
  });
});
