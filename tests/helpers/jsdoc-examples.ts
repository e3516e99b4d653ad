/**
 * The JSDoc `@example` blocks of src/ that the doctests read: one list, so the test that runs
 * them (tests/package/doctest.test.ts) and the one that compiles them (doctest-types.test.ts)
 * see the same examples.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface JsdocExample {
  /** Absolute path of the file that holds it. */
  file: string;
  /** 1-based line of the example's first code line in its file. */
  line: number;
  source: string;
}

/**
 * The .ts files under `dir` whose examples the doctests read. src/cli is left out: its examples
 * need files, a terminal and worker threads, and tests/cli runs the commands.
 */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' || entry.name === 'cli' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The ```ts blocks after `@example` tags in a file's JSDoc comments. */
export function jsdocExamples(file: string): JsdocExample[] {
  const text = readFileSync(file, 'utf8');
  const examples: JsdocExample[] = [];
  for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const body = comment[0];
    const at = body.indexOf('@example');
    if (at < 0) continue;
    const lines = body
      .slice(at)
      .split('\n')
      .map((l) => l.replace(/^\s*\*( |$)/, ''));
    const open = lines.findIndex((l) => /^```(ts|js|typescript)?\s*$/.test(l));
    if (open < 0) continue;
    const close = lines.findIndex((l, i) => i > open && /^```\s*$/.test(l));
    const startLine = text.slice(0, comment.index + at).split('\n').length + open + 1;
    examples.push({ file, line: startLine, source: lines.slice(open + 1, close < 0 ? undefined : close).join('\n') });
  }
  return examples;
}
