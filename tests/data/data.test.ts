import { describe, expect, it } from 'vitest';
import { createDataset, foldWhitespace } from '../../src/dataset/index.js';
import { COLLECTION_OF, RECORD_KINDS, type FuzzyDate } from '../../src/schema/index.js';
import { intersectFuzzyDates, resolveRelativeDate } from '../../src/time/index.js';
import { loadRecords, paragraphsOf, readSourceText } from '../../scripts/load-records.js';
import { KABULNOW } from '../../data/cite.js';

const records = loadRecords();
const dataset = createDataset(records);
const text = foldWhitespace(readSourceText(KABULNOW));
const PUBLISHED = dataset.getSource(KABULNOW)!.published;

function span(date: FuzzyDate | undefined): [string, string, string, string | undefined] | undefined {
  return date && [date.start, date.end, date.precision, date.text];
}

describe('provenance', () => {
  it('validates with every quote checked against the full source text', () => {
    expect(dataset.getSource(KABULNOW)?.text).toBeDefined();
    expect(dataset.actors.length).toBeGreaterThan(0);
  });

  it('cites every paragraph of the article in at least one record', () => {
    const cited = new Set<number>();
    for (const kind of RECORD_KINDS) {
      if (kind === 'source') continue;
      for (const record of dataset[COLLECTION_OF[kind]] as readonly { citations: { paragraph?: number }[] }[]) {
        for (const citation of record.citations) if (citation.paragraph !== undefined) cited.add(citation.paragraph);
      }
    }
    const paragraphs = paragraphsOf(readSourceText(KABULNOW));
    expect(paragraphs).toHaveLength(15);
    expect([...cited].sort((a, b) => a - b)).toEqual(paragraphs.map((_, i) => i + 1));
  });

  it('marks an alias as from the source exactly when the source spells it so', () => {
    // Actors known only from primary sources spell their aliases as those sources do; their text is not held here.
    for (const actor of dataset.actors.filter((a) => a.citations.some((c) => c.source === KABULNOW))) {
      for (const alias of actor.aliases) {
        const inText = new RegExp(`(^|[^\\p{L}])${alias.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text);
        expect(inText, `${actor.id}: ${alias.name} (${alias.origin})`).toBe(alias.origin === 'source');
      }
    }
  });

  it('claims day precision only where the text names the day', () => {
    const dates: [string, FuzzyDate][] = [];
    for (const incident of dataset.incidents) dates.push([incident.id, incident.date]);
    for (const claim of dataset.claims) dates.push([claim.id, claim.date]);
    for (const observation of dataset.observations) dates.push([observation.id, observation.period]);
    for (const [id, date] of dates.filter(([, d]) => d.precision === 'day')) {
      expect(date.text, id).toMatch(/\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2})\b/i);
    }
  });

  it('explains every value it did not read in the text', () => {
    const derived = dataset.observations.filter((o) => o.derived);
    expect(derived.map((o) => o.id)).toEqual(['tajikistan-narcotics-seized-baseline-2021']);
    for (const kind of RECORD_KINDS) {
      for (const record of dataset[COLLECTION_OF[kind]] as readonly { inferred?: { field: string; reasoning: string }[] }[]) {
        for (const inference of record.inferred ?? []) expect(inference.reasoning.length).toBeGreaterThan(40);
      }
    }
  });
});

describe('key facts, pinned by value', () => {
  it('the Badakhshan incident: three militants reportedly killed, in Tajikistan’s Badakhshan, 1–14 September 2023', () => {
    const incident = dataset.getIncident('badakhshan-border-incursion-2023-09')!;
    // The record is the killing the text dates; the earlier crossing is undated.
    expect(incident.type).toBe('clash');
    expect(incident.title).toContain('reportedly');
    expect(incident.fatalities).toEqual({ value: 3, unit: 'person', qualifier: 'exact', text: 'killed three militants' });
    expect(incident.place).toBe('badakhshan-tajikistan');
    expect(dataset.getPlace('badakhshan-tajikistan')?.parent).toBe('tajikistan-territory');
    expect(incident.actors).toEqual([
      { actor: 'jamaat-ansarullah', role: 'perpetrator' },
      { actor: 'tajik-security-forces', role: 'responder' },
    ]);
    // "Earlier this month" against 14–17 September is 1–17 September; Rahmon referred to it on the 14th.
    expect(span(incident.date)).toEqual(['2023-09-01', '2023-09-14', 'range', 'earlier this month']);
  });

  it('the opium figure: 6,200 tonnes supplied by Afghanistan in 2022, per UNODC', () => {
    const opium = dataset.getObservation('afghanistan-opium-supply-2022')!;
    expect(opium.value).toEqual({ value: 6200, unit: 'tonne', qualifier: 'exact', text: '6,200 tons' });
    expect(span(opium.period)).toEqual(['2022-01-01', '2022-12-31', 'year', '2022']);
    expect(dataset.getClaim(opium.claim!)?.claimant).toBe('unodc');
    expect(opium.inferred?.map((i) => i.field)).toEqual(['value.unit']);
    const share = dataset.getObservation('afghanistan-share-of-global-opiate-production-2022')!;
    expect(share.value).toMatchObject({ value: 80, unit: 'percent', qualifier: 'estimate' });
  });

  it('the seizures: about five tonnes, 22% up on 2021, with the implied 2021 figure derived', () => {
    const seized = dataset.getObservation('tajikistan-narcotics-seized')!;
    expect(seized.value).toMatchObject({ value: 5, unit: 'tonne', qualifier: 'about' });
    expect(seized.comparison?.change).toMatchObject({ value: 22, unit: 'percent', qualifier: 'exact' });
    expect(span(seized.comparison?.baseline)).toEqual(['2021-01-01', '2021-12-31', 'year', '2021']);
    const baseline = dataset.getObservation('tajikistan-narcotics-seized-baseline-2021')!;
    expect(baseline.derived?.inputs).toEqual(['tajikistan-narcotics-seized']);
    expect(baseline.value.qualifier).toBe('about');
    expect(baseline.value.value).toBe(Number((5 / 1.22).toPrecision(2)));
    // It holds only on the reading that the five tonnes are calendar 2022's, as long as the 2021 baseline.
    expect(span(baseline.derived?.reading?.period)).toEqual(['2022-01-01', '2022-12-31', 'year', '2022']);
  });

  it('the summit: Thursday 14 September 2023 in Dushanbe, hosted by Tajikistan', () => {
    const summit = dataset.getIncident('central-asia-consultative-meeting-2023')!;
    expect(span(summit.date)).toEqual(['2023-09-14', '2023-09-14', 'day', 'Thursday, September 14']);
    expect(summit.place).toBe('dushanbe');
    expect(summit.actors).toContainEqual({ actor: 'tajikistan', role: 'host' });
    expect(summit.actors).toContainEqual({ actor: 'emomali-rahmon', role: 'speaker' });
  });

  it('the SCO attacks: at least 80 over the three years to the council', () => {
    const attacks = dataset.getObservation('sco-high-profile-terror-attacks-3y')!;
    expect(attacks.value).toMatchObject({ value: 80, unit: 'attack', qualifier: 'at-least' });
    expect(dataset.getClaim(attacks.claim!)?.claimant).toBe('kazakhstan-knb-deputy-chairman');
  });

  it('both spellings of the Tajik president resolve to one actor', () => {
    const rahmon = dataset.getActor('emomali-rahmon')!;
    expect(rahmon.aliases.filter((a) => a.origin === 'source').map((a) => a.name)).toEqual(['Imam Ali Rahmon', 'Mr. Rahmon']);
    expect(dataset.searchActors('Imam Ali Rahmon')[0]?.id).toBe('emomali-rahmon');
    expect(dataset.searchActors('Emomali Rahmon')[0]?.id).toBe('emomali-rahmon');
  });
});

describe('dates resolved from the article’s phrases', () => {
  it('the publication interval is 14–17 September 2023', () => {
    // Thursday 14 (the summit, past tense) to Sunday 17, the end of the summit's ISO week.
    expect(span(PUBLISHED)?.slice(0, 3)).toEqual(['2023-09-14', '2023-09-17', 'range']);
  });

  it.each([
    ['washington-post-us-taliban-intelligence-report', 'on Thursday', '2023-09-14', '2023-09-14', 'day'],
    // The ISO week before 11–17 September, whichever day of the window the article is from.
    ['sco-rats-council-2023-09', 'last week’s', '2023-09-04', '2023-09-10', 'week'],
    ['unodc-afghanistan-opium-report-2023', 'earlier this month', '2023-09-01', '2023-09-17', 'range'],
    ['taliban-drug-ban-2022', 'April 2022', '2022-04-01', '2022-04-30', 'month'],
  ])('incident %s: "%s" is %s to %s (%s)', (id, phrase, start, end, precision) => {
    const incident = dataset.getIncident(id)!;
    expect(span(incident.date)).toEqual([start, end, precision, phrase]);
    expect(incident.date).toEqual(resolveRelativeDate(phrase, PUBLISHED));
  });

  it('"earlier this week" is bounded by the summit the statement came before', () => {
    const summit = dataset.getIncident('central-asia-consultative-meeting-2023')!.date;
    const statement = dataset.getIncident('us-authorities-iskp-assessment-2023-09')!.date;
    // Monday 11 to Sunday 17 against the window, cut at the summit of Thursday 14.
    expect(span(statement)).toEqual(['2023-09-11', '2023-09-14', 'range', 'earlier this week']);
    expect(statement).toEqual(
      intersectFuzzyDates(resolveRelativeDate('earlier this week', PUBLISHED), { start: '0001-01-01', end: summit.end, precision: 'range' }),
    );
    expect(dataset.getClaim('us-authorities-iskp-incapable')!.date).toEqual(statement);
  });

  it('"last week" is the ISO week before the summit’s, and so with Sunday weeks', () => {
    const council = dataset.getIncident('sco-rats-council-2023-09')!.date;
    const summit = dataset.getIncident('central-asia-consultative-meeting-2023')!.date;
    expect(council).toEqual(resolveRelativeDate('last week’s', summit.start));
    // With Sunday weeks the window shrinks to 14–16 September (the summit's week) and the council is 3–9 September.
    const sundayWeek = resolveRelativeDate('this week', summit.start, { weekStartsOn: 0 });
    expect(span(resolveRelativeDate('last week', { ...PUBLISHED, end: sundayWeek.end }, { weekStartsOn: 0 }))?.slice(0, 3)).toEqual([
      '2023-09-03',
      '2023-09-09',
      'week',
    ]);
  });

  it('phrases relative to an event resolve against that event', () => {
    const council = dataset.getIncident('sco-rats-council-2023-09')!.date;
    const attacks = dataset.getObservation('sco-high-profile-terror-attacks-3y')!;
    // Three years before 4–10 September 2023.
    expect(span(attacks.period)).toEqual(['2020-09-04', '2023-09-10', 'range', 'in the last three years']);
    expect(attacks.period).toEqual(resolveRelativeDate('in the last three years', council));
    const attempts = dataset.getObservation('tajikistan-border-breach-attempts-prevented')!;
    expect(span(attempts.period)).toEqual(['2023-06-14', '2023-09-14', 'range', 'not long ago']);
  });

  it('remarks the text neither dates nor places are a range ending at publication, not the summit day', () => {
    for (const id of [
      'uzbekistan-afghan-trade-potential',
      'mirziyoyev-transport-routes-railway',
      'mirziyoyev-dialogue-with-afghanistan',
      'mirziyoyev-qush-tepa-water-balance',
    ]) {
      const claim = dataset.getClaim(id)!;
      expect(span(claim.date)?.slice(0, 3), id).toEqual(['2021-08-15', PUBLISHED.end, 'range']);
      expect(claim.incident, id).toBeUndefined();
      expect(
        claim.inferred?.map((i) => i.field),
        id,
      ).toEqual(['date']);
    }
    // A relation is dated by the period it holds, which the text does not give.
    expect(dataset.getRelation('united-states-shares-intelligence-with-taliban')?.date).toBeUndefined();
  });
});

describe('contradictions', () => {
  it('does not pit the rising ISKP threat against claims about capability or control', () => {
    expect(dataset.contradictions().map((c) => c.topic)).toEqual(['terror-groups-free-in-afghanistan']);
    const rising = dataset.contradictions({ disjoint: true }).find((c) => c.topic === 'iskp-threat-rising')!;
    expect(rising.affirming).toEqual([]);
    expect(rising.pairs.map((p) => [p.affirming.claimant, p.denying.claimant, p.differs])).toEqual([
      ['kazakhstan-knb-deputy-chairman', 'us-authorities', ['aspect']],
      ['kazakhstan-knb-deputy-chairman', 'taliban', ['aspect']],
    ]);
  });

  it('pits the Taliban’s assurances against the UN monitoring report', () => {
    const haven = dataset.contradictions().find((c) => c.topic === 'terror-groups-free-in-afghanistan')!;
    expect(haven.affirming.map((c) => c.id)).toEqual(['un-monitoring-report-taliban-terror-ties']);
    expect(haven.denying.map((c) => c.id)).toEqual(['taliban-territory-not-used-against-others']);
  });
});

describe('relations', () => {
  it('ties each asserted relation to the claim it rests on', () => {
    expect(dataset.getRelation('united-states-shares-intelligence-with-taliban')?.claim).toBe('washington-post-us-shares-intelligence');
    const ties = dataset.relationsOf('taliban', { type: 'ties-with' });
    expect(ties.map((r) => r.to).sort()).toEqual(['east-turkestan-islamic-movement', 'islamic-movement-of-uzbekistan', 'jamaat-ansarullah']);
    expect(new Set(ties.map((r) => r.claim))).toEqual(new Set(['un-monitoring-report-taliban-terror-ties']));
  });
});
