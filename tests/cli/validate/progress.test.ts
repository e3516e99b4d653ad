import { describe, expect, it } from 'vitest';
import { Progress } from '../../../src/cli/validate/progress.js';

/** A stream that keeps what is written, and a clock the test moves by hand. */
function setup(total?: number) {
  const written: string[] = [];
  let time = 1_000_000;
  const progress = new Progress({ write: (text: string) => written.push(text) > 0 }, total, () => time);
  return { written, progress, advance: (ms: number) => (time += ms) };
}

describe('Progress', () => {
  it('stays silent for the first second, then shows records, MiB and the share of the file', () => {
    const { written, progress, advance } = setup(100 * 1048576);
    progress.update(10, 1048576);
    advance(999);
    progress.update(20, 2 * 1048576);
    expect(written).toEqual([]);
    advance(1);
    progress.update(50_000, 25 * 1048576);
    expect(written).toEqual(['\r\x1b[Kvalidate: 50,000 records, 25.0 MiB (25%)']);
  });

  it('updates at most every quarter second, and erases itself at the end', () => {
    const { written, progress, advance } = setup();
    advance(1000);
    progress.update(1, 1048576);
    advance(249);
    progress.update(2, 2 * 1048576);
    advance(1);
    progress.update(3, 3 * 1048576);
    progress.done();
    expect(written).toEqual(['\r\x1b[Kvalidate: 1 records, 1.0 MiB', '\r\x1b[Kvalidate: 3 records, 3.0 MiB', '\r\x1b[K']);
  });

  it('writes nothing at all for a run shorter than a second', () => {
    const { written, progress, advance } = setup(10);
    progress.update(1, 5);
    advance(500);
    progress.done();
    expect(written).toEqual([]);
  });
});
