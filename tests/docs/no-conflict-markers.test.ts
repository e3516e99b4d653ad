/**
 * A merge that leaves conflict markers in a tracked file ships them: the README once went to the
 * packed tarball with half a documentation list on each side of the markers.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const MARKER = /^(<{7}|>{7}) |^={7}$/m;

describe('tracked text files', () => {
  it('hold no merge-conflict markers', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
      .split('\0')
      .filter((f) => /\.(md|ts|mts|mjs|cjs|js|json|yml|yaml)$/.test(f) || f === '.ci/run');
    expect(files.length).toBeGreaterThan(50);
    const marked = files.filter((f) => MARKER.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(marked).toEqual([]);
  });
});
