import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Writes an ES module of the caller's schemas for `validate --schemas`, runs `use` with its path
 * and the folder it is in, and removes it. The module lives inside the package so that it
 * resolves zod and central-asia-security/schema as a user's would.
 */
export function withSchemasModule(name: string, source: string[], use: (module: string, folder: string) => void): void {
  const root = fileURLToPath(new URL('../../.tmp/', import.meta.url));
  mkdirSync(root, { recursive: true });
  const folder = mkdtempSync(join(root, `${name}-`));
  try {
    const module = join(folder, `${name}.mjs`);
    writeFileSync(module, source.join('\n'));
    use(module, folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
