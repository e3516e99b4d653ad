import { describe, expect, it } from 'vitest';
import { FuzzyDateSchema, IsoDateSchema } from '../../src/entries/schema.js';

/** The issue codes FuzzyDateSchema gives for a range from `start` to 2000-01-01. */
function codes(start: string): unknown[] {
  const parsed = FuzzyDateSchema.safeParse({ start, end: '2000-01-01', precision: 'range' });
  return parsed.success ? [] : parsed.error.issues.map((issue) => (issue.code === 'custom' ? (issue.params?.['code'] as unknown) : issue.code));
}

describe('FuzzyDateSchema', () => {
  it('compares start and end only when both are dates IsoDateSchema accepts', () => {
    const candidates = [
      '2023-09-01',
      '2024-02-29',
      '2023-02-29',
      '2100-02-29',
      '2000-02-29',
      '2023-13-01',
      '2023-9-01',
      '2023-09-01T00:00',
      ' 2023-09-01',
      '2023-09-01\n',
      '+2023-09-01',
      '99999-01-01',
      'x',
    ];
    for (const start of candidates) {
      const isDate = IsoDateSchema.safeParse(start).success;
      // A later real date is out of order; a malformed one only gets its format issue.
      expect([start, codes(start)]).toEqual([start, isDate ? ['date-order'] : ['invalid_format']]);
    }
  });
});
