import { rename, rm, writeFile } from 'node:fs/promises';

/**
 * Writes a file by writing a temporary sibling and renaming it over the target, so that a
 * reader (or a crash) sees the old file or the new one, never half of one.
 *
 * @example
 * ```ts
 * await writeAtomically('out/actors.json', '[]\n');
 * ```
 */
export async function writeAtomically(path: string, content: string): Promise<void> {
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
