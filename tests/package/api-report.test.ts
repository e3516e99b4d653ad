/**
 * The public surface is pinned in etc/*.api.md (api-extractor's reports of the built .d.ts):
 * any change to an exported name or signature shows as a reviewed diff of those files, and this
 * test fails until the reports are updated with `npm run api:update`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportEntries, ROOT } from './helpers/manifest.js';

describe('the API reports', () => {
  it('has one api-extractor config and one committed report per JavaScript entry', () => {
    const configs = readdirSync(ROOT).filter((f) => /^api-extractor(\.[\w-]+)?\.json$/.test(f));
    const reports = readdirSync(join(ROOT, 'etc')).filter((f) => f.endsWith('.api.md'));
    const jsEntries = exportEntries(ROOT).filter((entry) => entry.kind === 'js');
    expect(configs.length).toBe(jsEntries.length);
    expect(reports.length).toBe(jsEntries.length);
  });

  it('match the built declarations (npm run api:update rewrites them)', () => {
    const run = spawnSync(process.execPath, ['scripts/api-report.mjs'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  });

  it('name the record types in query signatures instead of expanding them', () => {
    const report = readFileSync(join(ROOT, 'etc/main.api.md'), 'utf8');
    expect(report).toContain('export function findIncidents(query?: IncidentQuery<BundledRecordMap, BundledIds>): BundledIncident[];');
    expect(report).toContain('export function getActor(id: ActorId): BundledActor | undefined;');
    // Record types are interfaces, so editors and typedoc show (and link) their names.
    for (const name of ['Source', 'Actor', 'Place', 'Incident', 'Indicator', 'Observation', 'Claim', 'Relation', 'Check']) {
      expect(report).toMatch(new RegExp(`export interface ${name} extends z\\.infer<`));
    }
  });
});
