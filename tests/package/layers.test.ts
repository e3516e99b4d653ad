/**
 * The layering of src/ written in docs/architecture.md, enforced: dependency-cruiser checks every
 * import against the rules in .dependency-cruiser.cjs (schema imports nothing of ours, each
 * layer only the layers before it, Node built-ins only in src/cli, entries never reach the CLI,
 * no cycles).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/manifest.js';

const require = createRequire(import.meta.url);

async function cruiseSrc(): Promise<ICruiseResult> {
  const config = require(join(ROOT, '.dependency-cruiser.cjs')) as { forbidden: unknown[]; options: Record<string, unknown> };
  const tsConfig = JSON.parse(readFileSync(join(ROOT, 'tsconfig.json'), 'utf8')) as unknown;
  const previous = process.cwd();
  process.chdir(ROOT); // dependency-cruiser reports paths relative to the working directory
  try {
    const result = await cruise(['src'], { ...config.options, ruleSet: { forbidden: config.forbidden } } as never, undefined, { tsConfig });
    return result.output as ICruiseResult;
  } finally {
    process.chdir(previous);
  }
}

describe('the layers of src/', () => {
  it('break none of the rules in .dependency-cruiser.cjs', async () => {
    const result = await cruiseSrc();
    expect(result.summary.totalCruised).toBeGreaterThan(100);
    const violations = result.summary.violations.map(
      (v) => `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (cycle ${v.cycle.map((c) => c.name).join(' → ')})` : ''}`,
    );
    expect(violations).toEqual([]);
  });

  it('name every rule the architecture note promises', () => {
    const config = require(join(ROOT, '.dependency-cruiser.cjs')) as { forbidden: { name: string }[] };
    const note = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');
    for (const rule of config.forbidden) expect(note, rule.name).toContain(`\`${rule.name}\``);
  });
});
