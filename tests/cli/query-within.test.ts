import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

function run(args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('central-asia-security query incidents --within', () => {
  it('keeps incidents whose place lies in the box; --match within drops the ones only partly inside', () => {
    const ids = (args: string[]) => (JSON.parse(run(['query', 'incidents', ...args, '--format', 'json']).stdout) as { id: string }[]).map((i) => i.id);
    const possible = ids(['--within', '68,38,72,39.5']);
    expect(possible).toContain('badakhshan-border-incursion-2023-09');
    expect(possible).not.toContain('qush-tepa-canal-construction');
    // The summit of 14 September and the Aral Sea fund's meeting of 15 September, both in Dushanbe.
    expect(ids(['--within', '68,38,72,39.5', '--match', 'within'])).toEqual(['central-asia-consultative-meeting-2023', 'ifas-heads-of-state-meeting-2023-09']);
  });

  it('exits 2 with a line naming the option for a malformed box', () => {
    for (const bad of ['68,38,72', '68,39.5,72,38', '68,38,200,39.5', 'a,b,c,d', '68,,72,39.5']) {
      const { code, stdout, stderr } = run(['query', 'incidents', '--within', bad]);
      expect(code, bad).toBe(2);
      expect(stdout).toBe('');
      // One line for the problem, then the usual pointer to --help.
      expect(stderr.split('\n')[0], bad).toContain('--within takes W,S,E,N');
      expect(stderr.trim().split('\n'), bad).toHaveLength(2);
    }
  });
});
