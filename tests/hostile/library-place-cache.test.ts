/**
 * findIncidents({ place }) caches the set of places inside a place for known place ids only:
 * a cache keyed by every string a caller passes would grow without bound (2 million unknown
 * places kept 978 MiB).
 */
import { describe, expect, it, vi } from 'vitest';

const computed = vi.hoisted(() => [] as string[]);
vi.mock('../../src/dataset/find-incidents.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/dataset/find-incidents.js')>();
  return {
    ...original,
    placeAndDescendants: (places: Parameters<typeof original.placeAndDescendants>[0], root: string) => {
      computed.push(root);
      return original.placeAndDescendants(places, root);
    },
  };
});

const { createDataset } = await import('../../src/dataset/index.js');
const { smallDataset } = await import('../fixtures/small-dataset.js');

describe('the place cache of findIncidents', () => {
  it('keeps a known place and forgets unknown ones', () => {
    const ds = createDataset(smallDataset());
    for (let i = 0; i < 3; i++) {
      ds.findIncidents({ place: 'river-crossing' });
      ds.findIncidents({ place: 'nowhere' });
    }
    expect(computed.filter((p) => p === 'river-crossing')).toHaveLength(1);
    expect(computed.filter((p) => p === 'nowhere')).toHaveLength(3);
  });
});
