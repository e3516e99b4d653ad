/**
 * createDataset and mergeDatasets read their input once: getters and Proxies that answer
 * differently on a second read cannot slip a dangling reference, a made-up quote or a duplicate
 * id into a validated dataset; input that throws while being read, and arrays too long to walk,
 * end in a DatasetValidationError, never another exception.
 */
import { describe, expect, it } from 'vitest';
import { createDataset, DatasetValidationError, mergeDatasets } from '../../src/dataset/index.js';
import { MAX_ARRAY_LENGTH } from '../../src/dataset/snapshot.js';
import { dataset } from '../../src/entries/main.js';
import { smallDataset } from '../fixtures/small-dataset.js';

/** The issues a call throws; fails the test unless it throws a DatasetValidationError. */
function issuesThrownBy(call: () => unknown): DatasetValidationError['issues'] {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetValidationError);
    return (error as DatasetValidationError).issues;
  }
  throw new Error('expected a DatasetValidationError');
}

/** An object whose `key` answers `first` on the first read and `later` afterwards. */
function twoFaced<T extends object>(base: T, key: string, first: unknown, later: unknown): T {
  let reads = 0;
  return Object.defineProperty({ ...base }, key, { enumerable: true, get: () => (reads++ === 0 ? first : later) });
}

describe('createDataset reads its input once', () => {
  it('cannot be given a made-up quote by a getter that shows a real one to the quote check', () => {
    const input = smallDataset() as { actors: { citations: unknown[] }[] };
    const actor = input.actors[0]!;
    input.actors[0] = twoFaced(actor, 'citations', [{ source: 'field-report', quote: 'made up' }], actor.citations);
    const issues = issuesThrownBy(() => createDataset(input));
    expect(issues.map((i) => i.code)).toContain('quote-not-found');
  });

  it('cannot be given a duplicate id by a Proxy that answers differently per read', () => {
    const input = smallDataset() as { actors: { id: string }[] };
    const second = { ...input.actors[0]!, id: 'unique-the-first-time' };
    let reads = 0;
    input.actors.push(new Proxy(second, { get: (target, key): unknown => (key === 'id' && reads++ > 0 ? input.actors[0]!.id : Reflect.get(target, key)) }));
    const ds = createDataset(input);
    expect(ds.actors.map((a) => a.id)).toContain('unique-the-first-time');
    expect(new Set(ds.actors.map((a) => a.id)).size).toBe(ds.actors.length);
  });

  it.each([
    [
      'a throwing getter',
      () =>
        Object.defineProperty({}, 'actors', {
          enumerable: true,
          get: () => {
            throw new Error('boom');
          },
        }),
      ['actors'],
    ],
    [
      'a revoked Proxy',
      () => {
        const { proxy, revoke } = Proxy.revocable({}, {});
        revoke();
        return proxy;
      },
      [],
    ],
    [
      'a throwing ownKeys trap',
      () =>
        new Proxy(
          {},
          {
            ownKeys: () => {
              throw new Error('no keys');
            },
          },
        ),
      [],
    ],
    [
      'a revoked Proxy as a collection',
      () => {
        const { proxy, revoke } = Proxy.revocable([], {});
        revoke();
        return { actors: proxy };
      },
      ['actors'],
    ],
    [
      'a throwing element',
      () => ({
        actors: Object.defineProperty([], 0, {
          enumerable: true,
          get: () => {
            throw new TypeError('x');
          },
        }),
      }),
      ['actors', 0],
    ],
  ])('reports %s as a DatasetValidationError at its path', (_name, make, path) => {
    const issues = issuesThrownBy(() => createDataset(make()));
    expect(issues[0]).toMatchObject({ code: 'input', kind: 'dataset', path });
    expect(issues[0]!.message).toMatch(/cannot be read/);
  });

  it('ignores an overridden forEach: every element is validated', () => {
    const input = smallDataset() as { actors: unknown[] };
    input.actors.push({ id: 'not-an-actor' });
    Object.defineProperty(input.actors, 'forEach', { value: () => undefined, enumerable: false });
    expect(issuesThrownBy(() => createDataset(input)).some((issue) => issue.id === 'not-an-actor')).toBe(true);
  });

  it.each([
    ['a collection', () => ({ actors: Object.assign([], { length: 2 ** 32 - 1 }) }), ['actors']],
    [
      'an array field',
      () => {
        const input = smallDataset() as { actors: { aliases: unknown[] }[] };
        input.actors[0]!.aliases = Object.assign([], { length: 2 ** 32 - 1 });
        return input;
      },
      ['actors', 0, 'aliases'],
    ],
  ])('refuses a sparse %s of length 2^32 − 1 at once, naming the bound', (_name, make, path) => {
    const issues = issuesThrownBy(() => createDataset(make()));
    expect(issues[0]).toMatchObject({ code: 'input', path });
    expect(issues[0]!.message).toContain(String(MAX_ARRAY_LENGTH));
  });

  it('reads holes in a collection as missing records, not as nothing', () => {
    const input = smallDataset() as { actors: unknown[] };
    input.actors.length += 1;
    expect(issuesThrownBy(() => createDataset(input)).some((issue) => issue.kind === 'actor' && issue.index === input.actors.length - 1)).toBe(true);
  });
});

describe("mergeDatasets follows createDataset's input rules", () => {
  it.each([
    ['a string', 'x'],
    ['null', null],
    ['an array', []],
  ])('refuses %s as a side with a DatasetValidationError', (_name, side) => {
    const issues = issuesThrownBy(() => mergeDatasets(side as never, {}));
    expect(issues[0]).toMatchObject({ code: 'input', kind: 'dataset' });
    expect(issues[0]!.message).toMatch(/^the first dataset: expected an object of record arrays/);
  });

  it('reports a misspelt collection instead of dropping it', () => {
    const issues = issuesThrownBy(() => mergeDatasets(dataset, { actor: [{ id: 'x' }] }));
    expect(issues).toEqual([
      expect.objectContaining({ code: 'input', path: ['actor'], message: expect.stringMatching(/^the second dataset: unknown collection "actor"/) }),
    ]);
  });

  it('reads a side once: a getter cannot show the reference check another place than it keeps', () => {
    const input = smallDataset() as { incidents: { place: string }[] };
    const incident = input.incidents[0]!;
    input.incidents[0] = twoFaced(incident, 'place', 'nowhere-at-all', incident.place);
    const issues = issuesThrownBy(() => mergeDatasets(dataset, input));
    expect(issues.map((i) => i.code)).toContain('dangling-reference');
  });
});
