import { describe, expect, it } from 'vitest';
import { once } from '../../src/schema/once.js';

describe('once', () => {
  it('builds on the first call only and returns that result ever after', () => {
    let calls = 0;
    const get = once(() => ({ n: ++calls }));
    const first = get();
    expect(get()).toBe(first);
    expect(calls).toBe(1);
  });

  it('keeps the first stored result when a build re-enters, so every caller holds one object', () => {
    // A caller's hook (attack 5: a defineProperty hook that requires the schema entry while the
    // main entry builds) can call the getter again mid-build: the inner call finishes first.
    let depth = 0;
    const results: object[] = [];
    const get: () => object = once(() => {
      const made = { depth: depth++ };
      if (made.depth === 0) results.push(get());
      return made;
    });
    const outer = get();
    expect(outer).toBe(results[0]);
    expect(get()).toBe(outer);
    expect(outer).toEqual({ depth: 1 });
  });

  it('does not keep a failed build: the next call builds again', () => {
    let calls = 0;
    const get = once(() => {
      calls++;
      if (calls === 1) throw new Error('first build fails');
      return 'built';
    });
    expect(() => get()).toThrow('first build fails');
    expect(get()).toBe('built');
    expect(get()).toBe('built');
    expect(calls).toBe(2);
  });
});
