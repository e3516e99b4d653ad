/** Writes `content` to a temporary file beside `path`, then renames it over `path`. */
export function writeAtomically(path: string, content: string): void;
