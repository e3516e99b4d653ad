import { describe, expect, expectTypeOf, it } from 'vitest';
import { getActor, type ActorId, type IncidentId } from '../../src/entries/main.js';

describe('literal id types', () => {
  it('accept bundled ids and reject misspelt ones at compile time', () => {
    expectTypeOf<'tajikistan'>().toExtend<ActorId>();
    expectTypeOf<'tajikstan'>().not.toExtend<ActorId>();
    expectTypeOf<'central-asia-consultative-meeting-2023'>().toExtend<IncidentId>();
    // tsc (run by `npm test`) fails if this line stops being an error.
    // @ts-expect-error 'tajikstan' is not an ActorId
    expect(getActor('tajikstan')).toBeUndefined();
  });
});
