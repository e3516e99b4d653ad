import { describe, expect, it } from 'vitest';
import { createDataset } from '../../src/dataset/index.js';
import { loadRecords } from '../../scripts/load-records.js';
import { KABULNOW } from '../../data/cite.js';

const dataset = createDataset(loadRecords());
const fromArticle = <T extends { id: string; citations: readonly { source: string }[]; status?: string | undefined }>(records: readonly T[]) =>
  records.filter((r) => r.status !== 'withdrawn' && r.citations.some((c) => c.source === KABULNOW));

describe('corroboration of the article', () => {
  it('has at least one check for every claim, observation and incident taken from the article', () => {
    const unchecked = [...fromArticle(dataset.claims), ...fromArticle(dataset.observations), ...fromArticle(dataset.incidents)]
      .filter((r) => dataset.checksOf(r.id).length === 0)
      .map((r) => r.id);
    expect(unchecked).toEqual([]);
  });

  it('holds the text of the article only, and cites every other source by summary', () => {
    expect(dataset.sources.filter((s) => s.textHeld === true).map((s) => s.id)).toEqual([KABULNOW]);
    const quoted = new Set(
      [...dataset.checks, ...dataset.actors, ...dataset.places, ...dataset.incidents, ...dataset.observations, ...dataset.indicators]
        .flatMap((r) => r.citations)
        .filter((c) => c.quote !== undefined)
        .map((c) => c.source),
    );
    expect([...quoted]).toEqual([KABULNOW]);
  });

  it('gives every source its kind, language and read date, and marks relays and mirrors', () => {
    for (const source of dataset.sources) {
      expect([source.id, source.kind !== undefined, source.language !== undefined, source.accessed]).toEqual([source.id, true, true, '2026-11-30']);
      if (source.copy !== undefined) expect(source.host, source.id).toBeDefined();
    }
  });

  it('returns each contradiction with both sides and their sources', () => {
    const unodc = dataset.disputed().find((d) => d.about === 'unodc-afghanistan-opium-report-2023' && d.field === 'date')!;
    expect(unodc.reported?.sources).toEqual([KABULNOW]);
    expect(unodc.contradicting.map((s) => [s.value.date?.start, s.sources])).toEqual([
      ['2023-06-25', ['kabulnow-2023-06-afghanistan-80-percent-opium', 'bayan-2023-06-26-80-percent-opium']],
    ]);
    const seized = dataset.disputed().find((d) => d.about === 'tajikistan-narcotics-seized')!;
    expect(seized.reported?.value.quantity).toMatchObject({ value: 5, unit: 'tonne', qualifier: 'about' });
    expect(seized.contradicting.map((s) => s.value.quantity?.value)).toEqual([4.165, 4.00016]);
    // The agency's later figure confirms the article; all three primary values are kept.
    expect(dataset.statementsOf('tajikistan-narcotics-seized', 'value').map((s) => [s.basis, s.value.quantity?.value])).toEqual([
      ['reported', 5],
      ['confirms', 4.991],
      ['contradicts', 4.165],
      ['contradicts', 4.00016],
    ]);
  });

  it('narrows dates to what primary sources support, with their sources', () => {
    expect(dataset.bestDate('sco-rats-council-2023-09')).toMatchObject({
      date: { start: '2023-09-08', end: '2023-09-08' },
      basis: 'refines',
      settled: true,
      checks: ['check-sco-rats-council-date'],
    });
    expect(dataset.bestDate('taliban-drug-ban-2022')?.date?.start).toBe('2022-04-03');
    const onThe8th = { from: '2023-09-08', to: '2023-09-08', match: 'within' as const };
    expect(dataset.findIncidents(onThe8th).map((i) => i.id)).toEqual(['us-officials-afghanistan-briefing-2023-09-08']);
    expect(dataset.findIncidents({ ...onThe8th, dates: 'best' }).map((i) => i.id)).toEqual([
      'us-authorities-iskp-assessment-2023-09',
      'sco-rats-council-2023-09',
      'us-officials-afghanistan-briefing-2023-09-08',
    ]);
  });

  it('links the records that only primary sources give from the checks that rest on them', () => {
    const added = new Set(dataset.checks.flatMap((c) => c.adds ?? []));
    for (const id of [
      'kevron',
      'darvoz-district',
      'astana',
      'ruslan-seissembayev',
      'tajikistan-border-incursion-2023-04',
      'ifas-heads-of-state-meeting-2023-09',
      'sco-terrorist-attacks-2022',
      'sco-terrorist-attacks-2023',
    ]) {
      expect(added.has(id), id).toBe(true);
    }
  });
});
