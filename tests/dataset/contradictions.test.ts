import { describe, expect, it } from 'vitest';
import { findContradictions, scopeDifferences } from '../../src/dataset/index.js';
import type { Claim, PositionScope } from '../../src/schema/index.js';

function claim(id: string, stance: 'affirms' | 'denies', scope?: PositionScope): Claim {
  return {
    id,
    claimant: 'someone',
    about: ['iskp'],
    statement: id,
    date: { start: '2023-09-14', end: '2023-09-14', precision: 'day' },
    position: { topic: 'iskp-threat-rising', question: 'Is the ISKP threat rising?', stance, ...(scope ? { scope } : {}) },
    citations: [{ source: 's', quote: id }],
  };
}

const year = (y: number) => ({ start: `${y}-01-01`, end: `${y}-12-31`, precision: 'year' as const });

describe('scopeDifferences', () => {
  it('names each part of two scopes that cannot meet, and lets unstated parts meet anything', () => {
    expect(scopeDifferences({ aspect: 'trend' }, { aspect: 'capability' })).toEqual(['aspect']);
    expect(scopeDifferences({ aspect: 'trend', place: 'a' }, { aspect: 'trend', place: 'b' })).toEqual(['place']);
    expect(scopeDifferences({ aspect: 'trend', period: year(2021) }, { aspect: 'trend', period: year(2022) })).toEqual(['period']);
    expect(scopeDifferences({ aspect: 'trend', place: 'a', period: year(2021) }, { aspect: 'trend' })).toEqual([]);
    expect(scopeDifferences(undefined, { aspect: 'capability' })).toEqual([]);
  });
});

describe('findContradictions', () => {
  const rising = claim('rising', 'affirms', { aspect: 'trend' });
  const incapable = claim('incapable', 'denies', { aspect: 'capability' });
  const falling = claim('falling', 'denies', { aspect: 'trend', place: 'x' });

  it('does not pair claims whose scopes do not meet (a trend against a capability)', () => {
    expect(findContradictions([rising, incapable])).toEqual([]);
    const [disjoint] = findContradictions([rising, incapable], { disjoint: true });
    expect(disjoint?.affirming).toEqual([]);
    expect(disjoint?.pairs.map((p) => [p.affirming.id, p.denying.id, p.differs])).toEqual([['rising', 'incapable', ['aspect']]]);
  });

  it('returns a topic where some pair meets, with only that pair’s claims on each side', () => {
    const [found] = findContradictions([rising, incapable, falling]);
    expect(found?.affirming.map((c) => c.id)).toEqual(['rising']);
    expect(found?.denying.map((c) => c.id)).toEqual(['falling']);
    expect(found?.pairs.map((p) => p.differs)).toEqual([['aspect'], []]);
  });

  it('treats claims without a scope as meeting any other', () => {
    expect(findContradictions([claim('a', 'affirms'), incapable]).map((c) => c.topic)).toEqual(['iskp-threat-rising']);
  });
});
