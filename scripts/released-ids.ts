/**
 * The list of released ids (tests/data/released-ids.json): every id a published version of the
 * package has shipped, by kind. An id, once released, must stay in data/ for good, as a live
 * record or as a tombstone (`status: 'withdrawn'` with `withdrawal: { reason, successor? }`);
 * tests/data/stable-ids.test.ts fails otherwise.
 *
 *   npm run released-ids          adds every id now in data/ to the list (never removes one);
 *                                 run it when you release, and commit the file with the release.
 *   npm run released-ids -- --check   only reports problems, exit 1 if any.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { COLLECTION_OF, RECORD_KINDS, type RecordKind } from '../src/schema/index.js';
import { writeAtomicallySync as writeAtomically } from '../src/cli/export/write-atomically.js';

export const RELEASED_IDS_FILE = fileURLToPath(new URL('../tests/data/released-ids.json', import.meta.url));

/** Released ids by kind, each list sorted. */
export type ReleasedIds = Record<RecordKind, string[]>;

/** The records of a dataset input, by collection name (`actors`, `places`, …). */
export type RecordsByCollection = Partial<Record<string, readonly { id: string }[]>>;

/** Reads the released-id list. */
export function readReleasedIds(file = RELEASED_IDS_FILE): ReleasedIds {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { ids: Partial<ReleasedIds> };
  return Object.fromEntries(RECORD_KINDS.map((kind) => [kind, parsed.ids[kind] ?? []])) as ReleasedIds;
}

/** The ids the records hold, by kind, sorted. */
export function idsOf(records: RecordsByCollection): ReleasedIds {
  return Object.fromEntries(RECORD_KINDS.map((kind) => [kind, (records[COLLECTION_OF[kind]] ?? []).map((r) => r.id).sort()])) as ReleasedIds;
}

/**
 * Every released id that data/ no longer holds as a record of the same kind, explained. A
 * tombstone is a record, so a withdrawn id with its tombstone in place is no problem.
 */
export function releasedIdProblems(released: ReleasedIds, records: RecordsByCollection): string[] {
  const kindOf = new Map<string, RecordKind>();
  for (const kind of RECORD_KINDS) for (const record of records[COLLECTION_OF[kind]] ?? []) kindOf.set(record.id, kind);
  const problems: string[] = [];
  for (const kind of RECORD_KINDS) {
    for (const id of released[kind]) {
      const now = kindOf.get(id);
      if (now === kind) continue;
      problems.push(
        now === undefined
          ? `${kind} "${id}" was released but is gone from data/${COLLECTION_OF[kind]}. Ids are never removed: put the record back as a tombstone, { id: '${id}', …, status: 'withdrawn', withdrawal: { reason: 'why', successor: 'new-id' } } (successor only if one replaces it).`
          : `${kind} "${id}" was released but data/ now has it as ${now === 'actor' || now === 'incident' || now === 'indicator' || now === 'observation' ? 'an' : 'a'} ${now}. Ids never change kind: restore the ${kind} (as a tombstone if withdrawn) and give the ${now} a new id.`,
      );
    }
  }
  return problems;
}

/** The released list with every id the records hold added; nothing is ever removed. */
export function withCurrentIds(released: ReleasedIds, records: RecordsByCollection): ReleasedIds {
  const current = idsOf(records);
  return Object.fromEntries(RECORD_KINDS.map((kind) => [kind, [...new Set([...released[kind], ...current[kind]])].sort()])) as ReleasedIds;
}

const ABOUT =
  'Every id a release has shipped, by kind. Ids are never removed from data/: a withdrawn record stays as a tombstone. Add ids at release time with `npm run released-ids`; see scripts/released-ids.ts.';

/** Writes the list (temp file, then rename). */
export function writeReleasedIds(ids: ReleasedIds, file = RELEASED_IDS_FILE): void {
  writeAtomically(file, `${JSON.stringify({ about: ABOUT, ids }, null, 2)}\n`);
}

async function main(): Promise<void> {
  const { records } = await import('../data/index.js');
  let released: ReleasedIds;
  try {
    released = readReleasedIds();
  } catch {
    released = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, []])) as unknown as ReleasedIds;
  }
  const problems = releasedIdProblems(released, records);
  for (const problem of problems) console.error(`released-ids: ${problem}`);
  if (process.argv.includes('--check')) {
    console.log(`released-ids: ${RECORD_KINDS.reduce((n, kind) => n + released[kind].length, 0)} released ids, ${problems.length} problems`);
    process.exit(problems.length > 0 ? 1 : 0);
  }
  if (problems.length > 0) process.exit(1);
  const next = withCurrentIds(released, records);
  const added = RECORD_KINDS.reduce((n, kind) => n + next[kind].length - released[kind].length, 0);
  writeReleasedIds(next);
  console.log(`released-ids: ${added} ids added, ${RECORD_KINDS.reduce((n, kind) => n + next[kind].length, 0)} released in all`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
