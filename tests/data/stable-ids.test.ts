/**
 * Released ids are forever. tests/data/released-ids.json lists every id a release has shipped; each
 * must stay in data/ with its kind, live or as a tombstone (`status: 'withdrawn'` with
 * `withdrawal: { reason, successor? }`).
 *
 * Releasing new ids: run `npm run released-ids` (it adds every id now in data/ and never removes
 * one) and commit tests/data/released-ids.json with the release.
 */
import { describe, expect, it } from 'vitest';
import { records } from '../../data/index.js';
import { idsOf, readReleasedIds, releasedIdProblems, withCurrentIds, type RecordsByCollection } from '../../scripts/released-ids.js';
import { createDataset } from '../../src/dataset/index.js';
import { ID_PATTERN, RECORD_KINDS } from '../../src/schema/index.js';
import { smallDataset } from '../fixtures/small-dataset.js';

const released = readReleasedIds();

describe('released ids', () => {
  it('are all still in data/, each with its kind (live or as a tombstone)', () => {
    expect(releasedIdProblems(released, records)).toEqual([]);
    // The ids the brief promises are among them.
    expect(released.actor).toEqual(expect.arrayContaining(['tajikistan', 'iskp', 'taliban']));
    expect(released.incident).toContain('badakhshan-border-incursion-2023-09');
  });

  it('is a sorted list of unique, well-formed ids', () => {
    for (const kind of RECORD_KINDS) {
      expect(released[kind], kind).toEqual([...new Set(released[kind])].sort());
      expect(
        released[kind].filter((id) => !ID_PATTERN.test(id)),
        kind,
      ).toEqual([]);
    }
  });
});

describe('the released-id check', () => {
  const data = smallDataset();
  const list = idsOf(data);

  it('fails when a released id disappears, and says how to keep it as a tombstone', () => {
    const without = { ...data, actors: data.actors.filter((a) => a.id !== 'acme-front') };
    expect(releasedIdProblems(list, without)).toEqual([
      `actor "acme-front" was released but is gone from data/actors. Ids are never removed: put the record back as a tombstone, { id: 'acme-front', …, status: 'withdrawn', withdrawal: { reason: 'why', successor: 'new-id' } } (successor only if one replaces it).`,
    ]);
  });

  it('accepts a tombstone in its place, which createDataset validates as such', () => {
    const tombstoned = {
      ...data,
      actors: data.actors.map((a) =>
        a.id === 'acme-front'
          ? { ...a, status: 'withdrawn' as const, withdrawal: { reason: 'merged into the ministry', successor: 'ministry-of-defence' } }
          : a,
      ),
    };
    expect(releasedIdProblems(list, tombstoned)).toEqual([]);
    expect(createDataset(tombstoned).getActor('acme-front')?.withdrawal?.successor).toBe('ministry-of-defence');
    // A withdrawn record without its reason is no tombstone: the schema refuses it.
    const bare = { ...tombstoned, actors: tombstoned.actors.map((a) => ({ ...a, withdrawal: undefined })) };
    expect(() => createDataset(JSON.parse(JSON.stringify(bare)))).toThrow(/a withdrawn record needs a withdrawal reason/);
  });

  it('fails when a released id changes kind', () => {
    const moved: RecordsByCollection = { ...data, places: [...data.places, { id: 'detentions' }], indicators: [] };
    expect(releasedIdProblems(list, moved)).toEqual([
      'indicator "detentions" was released but data/ now has it as a place. Ids never change kind: restore the indicator (as a tombstone if withdrawn) and give the place a new id.',
    ]);
  });

  it('adds new ids when updated and never drops an old one', () => {
    const grown = { ...data, actors: [...data.actors, { ...data.actors[0]!, id: 'new-front' }] };
    const shrunk = { ...data, actors: [] };
    const next = withCurrentIds(withCurrentIds(list, grown), shrunk);
    expect(next.actor).toEqual(['acme-front', 'ministry-of-defence', 'new-front']);
    expect(next.place).toEqual(list.place);
  });
});
