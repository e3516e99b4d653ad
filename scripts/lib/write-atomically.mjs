// Build and doc scripts write through here, so that an interrupted run leaves the old file or
// the new one, never half of one.
import { renameSync, writeFileSync } from 'node:fs';

/** Writes `content` to a temporary file beside `path`, then renames it over `path`. */
export function writeAtomically(path, content) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}
