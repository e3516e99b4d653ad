import { describe, expect, it } from 'vitest';
import {
  bestDate,
  checksOf,
  claimsAbout,
  claimsBy,
  contradictions,
  dataset,
  disputed,
  findIncidents,
  getActor,
  getCheck,
  getClaim,
  getIncident,
  getPlace,
  getRecord,
  getSource,
  isActorId,
  relationsOf,
  searchActors,
  series,
  statementsOf,
} from '../../src/entries/main.js';

describe('lookups', () => {
  it('finds records by id and refuses ids of another kind', () => {
    expect(getActor('tajikistan')?.country).toBe('TJ');
    expect(getPlace('dushanbe')?.parent).toBe('tajikistan-territory');
    expect(getRecord('dushanbe')?.kind).toBe('place');
    const unknownId: string = 'no-such-record'; // an id known only at run time, as from user input
    expect(getRecord(unknownId)).toBeUndefined();
    // A place id asked of the actor getter finds nothing rather than the wrong kind.
    expect(getActor('dushanbe' as never)).toBeUndefined();
    expect(isActorId('iskp')).toBe(true);
    expect(isActorId('dushanbe')).toBe(false);
  });

  it('ships the source without its full text but with its address', () => {
    const source = getSource('kabulnow-2023-09-central-asia-terrorism-concerns');
    expect(source?.text).toBeUndefined();
    expect(source?.url).toBe('https://kabulnow.com/2023/09/central-asia-voice-terrorism-concerns-as-us-projects-confidence-in-taliban/');
  });
});

describe('searchActors', () => {
  it('finds ISKP by abbreviation, hyphen spelling and en-dash spelling', () => {
    for (const text of ['ISKP', 'iskp', 'Islamic State-Khorasan Province', 'Islamic State–Khorasan Province', 'ISIS-K', 'isis k']) {
      expect(searchActors(text)[0]?.id, text).toBe('iskp');
    }
  });

  it('finds both spellings of the Tajik president, and ignores accents', () => {
    expect(searchActors('Imam Ali Rahmon')[0]?.id).toBe('emomali-rahmon');
    expect(searchActors('Émomali')[0]?.id).toBe('emomali-rahmon');
  });

  it('ranks an exact name before a partial one, and limits', () => {
    const results = searchActors('tajik');
    expect(results[0]?.id).toBe('tajikistan');
    expect(searchActors('a', { limit: 2 })).toHaveLength(2);
    expect(searchActors('   ')).toEqual([]);
    expect(searchActors('no such actor anywhere')).toEqual([]);
  });
});

describe('findIncidents', () => {
  it('includes incidents at places inside the place asked for', () => {
    const ids = findIncidents({ place: 'tajikistan-territory' }).map((i) => i.id);
    expect(ids).toContain('badakhshan-border-incursion-2023-09');
    expect(ids).toContain('central-asia-consultative-meeting-2023');
  });

  it('includes incidents on a border that spans the place asked for', () => {
    expect(findIncidents({ place: 'tajikistan-territory', type: 'seizure' }).map((i) => i.id)).toEqual(['tajik-border-narcotics-seizures']);
    expect(findIncidents({ place: 'afghanistan-territory', type: 'seizure' }).map((i) => i.id)).toEqual(['tajik-border-narcotics-seizures']);
    expect(findIncidents({ place: 'dushanbe', type: 'seizure' })).toEqual([]);
  });

  it('matches imprecise dates by overlap by default and by containment on request', () => {
    // The incursion is dated "earlier this month": 1–14 September 2023.
    const overlapping = findIncidents({ actor: 'jamaat-ansarullah', from: '2023-09-10', to: '2023-09-30' });
    expect(overlapping.map((i) => i.id)).toEqual(['badakhshan-border-incursion-2023-09']);
    const within = findIncidents({ actor: 'jamaat-ansarullah', from: '2023-09-10', to: '2023-09-30', match: 'within' });
    expect(within).toEqual([]);
  });

  it('filters by type and orders by date', () => {
    const meetings = findIncidents({ type: 'meeting' });
    expect(meetings.every((i) => i.type === 'meeting')).toBe(true);
    const all = findIncidents();
    const starts = all.map((i) => i.date.start);
    expect(starts).toEqual([...starts].sort());
  });

  it('refuses bounds in the wrong order', () => {
    expect(() => findIncidents({ from: '2023-09-30', to: '2023-09-01' })).toThrow(/from 2023-09-30 is after to 2023-09-01/);
  });
});

describe('claims and relations', () => {
  it('finds claims by claimant and by subject', () => {
    expect(claimsBy('taliban').map((c) => c.id)).toContain('taliban-contained-iskp');
    expect(claimsAbout('iskp').map((c) => c.claimant)).toContain('taliban');
  });

  it('returns relations in both directions, filtered by type', () => {
    expect(relationsOf('jamaat-ansarullah', { type: 'bans' }).map((r) => r.from)).toEqual(['tajikistan']);
    expect(relationsOf('jamaat-ansarullah', { type: 'bans', direction: 'out' })).toEqual([]);
  });

  it('lists each contradiction with both sides', () => {
    for (const c of contradictions()) {
      expect(c.affirming.length).toBeGreaterThan(0);
      expect(c.denying.length).toBeGreaterThan(0);
      expect([...c.affirming, ...c.denying].every((claim) => claim.position?.topic === c.topic)).toBe(true);
    }
  });
});

describe('series', () => {
  it('orders observations by period', () => {
    const opium = series('opium-supply');
    expect(opium.map((o) => [o.subject, o.period.start, o.value.value, o.value.unit])).toEqual([['afghanistan', '2022-01-01', 6200, 'tonne']]);
  });
});

describe('immutability of the bundled data', () => {
  it('is deeply frozen', () => {
    const incident = getIncident('badakhshan-border-incursion-2023-09')!;
    expect(Object.isFrozen(incident)).toBe(true);
    expect(Object.isFrozen(incident.actors[0])).toBe(true);
    expect(Object.isFrozen(dataset.actors)).toBe(true);
    expect(() => {
      'use strict';
      (incident.fatalities as { value: number }).value = 30;
    }).toThrow(TypeError);
    expect(getIncident('badakhshan-border-incursion-2023-09')?.fatalities?.value).toBe(3);
  });
});

describe('checks against primary sources', () => {
  it('answers getCheck, checksOf, disputed, statementsOf and bestDate on the bundled data', () => {
    expect(getCheck('check-sco-rats-council-date')?.verdict).toBe('refines');
    expect(
      checksOf('sco-rats-council-2023-09')
        .map((c) => [c.field, c.verdict])
        .slice(0, 2),
    ).toEqual([
      ['date', 'refines'],
      ['place', 'refines'],
    ]);
    expect(checksOf('nowhere')).toEqual([]);
    const dispute = disputed().find((d) => d.about === 'us-authorities-iskp-incapable' && d.field === 'statement')!;
    expect(dispute.reported?.value.text).toBe(getClaim('us-authorities-iskp-incapable')?.statement);
    expect(dispute.contradicting[0]?.sources).toEqual(['cnn-2023-09-08-al-qaeda-unlikely-to-revive', 'daryo-2023-09-10-al-qaeda-resurgence-unlikely']);
    expect(statementsOf('sco-rats-council-2023-09', 'place').map((s) => [s.basis, s.value.record])).toEqual([['refines', 'astana']]);
    expect(bestDate('badakhshan-border-incursion-2023-09')).toMatchObject({
      date: { start: '2023-09-05', end: '2023-09-05' },
      basis: 'refines',
      settled: true,
    });
    expect(bestDate('emomali-rahmon')).toBeUndefined();
  });

  it('keeps the published records as the article gives them', () => {
    expect(getIncident('sco-rats-council-2023-09')?.date.start).toBe('2023-09-04');
    expect(getIncident('sco-rats-council-2023-09')?.place).toBeUndefined();
  });
});
