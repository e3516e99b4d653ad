import { describe, expect, it } from 'vitest';
import { createDataset, DatasetValidationError, type ValidationIssue } from '../../src/dataset/index.js';
import { CheckSchema, CitationSchema, SourceSchema } from '../../src/entries/schema.js';
import { checkedDataset, MINISTRY_STATEMENT } from '../fixtures/checked-dataset.js';

function issuesOf(input: unknown): ValidationIssue[] {
  try {
    createDataset(input);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetValidationError);
    return [...(error as DatasetValidationError).issues];
  }
  throw new Error('expected createDataset to throw');
}

const summary = (i: ValidationIssue) => [i.code, i.kind, i.id, i.path.join('.')];

describe('sources and citations', () => {
  it('refuses a quote on a source whose text we may not hold, naming the citation', () => {
    const input = checkedDataset();
    input.places[1]!.citations = [{ source: 'ministry-statement', quote: 'the old bridge' }];
    expect(issuesOf(input).map(summary)).toEqual([['quote-without-text', 'place', 'old-bridge', 'citations.0.quote']]);
  });

  it('takes a citation with a quote or with a summary, never both or neither', () => {
    expect(CitationSchema.safeParse({ source: 's', summary: 'What it says.', locator: 'p. 2' }).success).toBe(true);
    expect(CitationSchema.safeParse({ source: 's', quote: 'x', summary: 'y' }).success).toBe(false);
    expect(CitationSchema.safeParse({ source: 's', locator: 'p. 2' }).success).toBe(false);
  });

  it('refuses text on a source marked textHeld: false', () => {
    expect(SourceSchema.safeParse({ ...MINISTRY_STATEMENT, textHeld: false, text: 'Full text.' }).success).toBe(false);
    expect(SourceSchema.safeParse({ ...MINISTRY_STATEMENT, host: 'elsewhere.example' }).success).toBe(false);
  });
});

describe('check records', () => {
  it('validates a dataset with checks of every verdict', () => {
    expect(createDataset(checkedDataset()).checks.map((c) => c.verdict)).toEqual(['refines', 'contradicts', 'refines', 'unverified']);
  });

  it('ties the value to the verdict and the aspect', () => {
    const [refines, contradicts, place, unverified] = checkedDataset().checks;
    expect(CheckSchema.safeParse({ ...contradicts, value: undefined }).success).toBe(false);
    expect(CheckSchema.safeParse({ ...refines, value: undefined }).success).toBe(false);
    expect(CheckSchema.safeParse({ ...unverified, value: { text: 'x' } }).success).toBe(false);
    expect(CheckSchema.safeParse({ ...unverified, sought: undefined }).success).toBe(false);
    expect(CheckSchema.safeParse({ ...place, value: { quantity: { value: 1, unit: 'person', qualifier: 'exact' } } }).success).toBe(false);
    expect(CheckSchema.safeParse({ ...place, value: { record: 'old-bridge', text: 'Old bridge' } }).success).toBe(false);
  });

  it('refuses a refined date outside the reported one and a contradicting date inside it', () => {
    const input = checkedDataset();
    input.checks[0]!.value = { date: { start: '2024-05-05', end: '2024-05-05', precision: 'day' } };
    input.checks.push({
      ...input.checks[0]!,
      id: 'check-inside',
      verdict: 'contradicts',
      value: { date: { start: '2024-05-04', end: '2024-05-04', precision: 'day' } },
    });
    const issues = issuesOf(input);
    expect(issues.map(summary)).toEqual([
      ['check-inconsistent', 'check', 'check-detentions-period', 'value'],
      ['check-inconsistent', 'check', 'check-inside', 'value'],
    ]);
    expect(issues[0]!.message).toBe(
      'detentions-2024-05.period: refines the date to 2024-05-05…2024-05-05, which is not inside the reported 2024-05-03…2024-05-04; a date outside it contradicts',
    );
  });

  it('refuses a refined figure outside stated bounds, across units', () => {
    const input = checkedDataset();
    Object.assign(input.observations[0]!.value, { qualifier: 'at-least' });
    input.checks[1] = { ...input.checks[1]!, verdict: 'refines', value: { quantity: { value: 25, unit: 'person', qualifier: 'exact' } } };
    expect(issuesOf(input).map(summary)).toEqual([['check-inconsistent', 'check', 'check-detentions-figure', 'value']]);
  });

  it('resolves the checked record, the value record and the added records', () => {
    const input = checkedDataset();
    input.checks[0]!.about = 'detentions-2099';
    input.checks[2]!.value = { record: 'acme-front' };
    input.checks[2]!.adds = ['nowhere'];
    expect(issuesOf(input).map(summary)).toEqual([
      ['dangling-reference', 'check', 'check-detentions-period', 'about'],
      ['dangling-reference', 'check', 'check-crossing-place', 'value.record'],
      ['dangling-reference', 'check', 'check-crossing-place', 'adds.0'],
    ]);
  });

  it('refuses a verdict resting only on secondary sources or the record’s own', () => {
    const input = checkedDataset();
    input.checks[0]!.citations = [{ source: 'blog-post', summary: 'Repeats the report.', locator: 'para. 2' }];
    input.checks[1]!.citations = [{ source: 'field-report', quote: 'about 40 people were detained' }];
    expect(issuesOf(input).map(summary)).toEqual([
      ['check-without-primary-source', 'check', 'check-detentions-period', 'citations'],
      ['check-without-primary-source', 'check', 'check-detentions-figure', 'citations'],
    ]);
  });
});

describe('check queries', () => {
  const ds = createDataset(checkedDataset());

  it('lists the checks of a record', () => {
    expect(ds.checksOf('detentions-2024-05').map((c) => c.id)).toEqual(['check-detentions-period', 'check-detentions-figure']);
    expect(ds.checksOf('acme-front')).toEqual([]);
  });

  it('returns each contradicted field with both sides', () => {
    const [dispute, ...more] = ds.disputed();
    expect(more).toEqual([]);
    expect(dispute!.about).toBe('detentions-2024-05');
    expect(dispute!.field).toBe('value');
    expect(dispute!.reported).toEqual({
      about: 'detentions-2024-05',
      field: 'value',
      basis: 'reported',
      sources: ['field-report'],
      value: { quantity: { value: 40, unit: 'person', qualifier: 'about' } },
    });
    expect(dispute!.contradicting.map((s) => [s.value.quantity?.value, s.sources, s.check])).toEqual([[25, ['ministry-statement'], 'check-detentions-figure']]);
  });

  it('says which sources support which value of a field', () => {
    expect(ds.statementsOf('river-crossing-2024-05-03', 'place').map((s) => [s.basis, s.value, s.sources])).toEqual([
      ['reported', { record: 'river-crossing' }, ['field-report']],
      ['refines', { record: 'old-bridge' }, ['ministry-statement']],
    ]);
    expect(ds.statementsOf('mod-detentions')).toEqual([
      { about: 'mod-detentions', field: 'statement', basis: 'reported', sources: ['field-report'], value: { text: 'About 40 people were detained.' } },
    ]);
    expect(ds.statementsOf('nowhere')).toEqual([]);
  });

  it('gives the best-supported date with its source, and the reported one when checks disagree', () => {
    expect(ds.bestDate('detentions-2024-05')).toMatchObject({
      field: 'period',
      date: { start: '2024-05-03', end: '2024-05-03' },
      basis: 'refines',
      sources: ['ministry-statement'],
      settled: true,
    });
    expect(ds.bestDate('river-crossing-2024-05-03')).toMatchObject({ basis: 'reported', settled: true, sources: ['field-report'] });
    expect(ds.bestDate('acme-front')).toBeUndefined();

    const input = checkedDataset();
    input.checks.push({ ...input.checks[0]!, id: 'check-other-day', value: { date: { start: '2024-05-04', end: '2024-05-04', precision: 'day' } } });
    const split = createDataset(input).bestDate('detentions-2024-05')!;
    expect([split.basis, split.settled, split.date?.start, split.alternatives.map((s) => s.check)]).toEqual([
      'reported',
      false,
      '2024-05-03',
      ['check-detentions-period', 'check-other-day'],
    ]);
  });

  it('orders and matches on the best dates when asked, three-valued', () => {
    const input = checkedDataset();
    input.incidents[0]!.date = { start: '2024-05-01', end: '2024-05-03', precision: 'range' as never, text: 'early May 2024' };
    input.checks.push({
      id: 'check-crossing-day',
      about: 'river-crossing-2024-05-03',
      field: 'date',
      aspect: 'date',
      verdict: 'refines',
      value: { date: { start: '2024-05-03', end: '2024-05-03', precision: 'day' } },
      summary: 'The ministry dates the crossing to 3 May.',
      citations: [{ source: 'ministry-statement', summary: 'Dated 3 May.', locator: 'para. 1' }],
    } as never);
    const checked = createDataset(input);
    const onThe3rd = { from: '2024-05-03', to: '2024-05-03', match: 'within' as const };
    expect(checked.findIncidents(onThe3rd)).toEqual([]);
    expect(checked.findIncidents({ ...onThe3rd, dates: 'best' }).map((i) => i.id)).toEqual(['river-crossing-2024-05-03']);
    expect(checked.findIncidents({ ...onThe3rd, match: 'uncertain' }).map((i) => i.id)).toEqual(['river-crossing-2024-05-03']);
    expect(checked.findIncidents({ ...onThe3rd, match: 'uncertain', dates: 'best' })).toEqual([]);
    expect(() => checked.findIncidents({ dates: 'newest' as never })).toThrow('findIncidents: unknown dates "newest"; expected as-reported or best');
    expect(() => checked.series('detentions', { dates: 'newest' as never })).toThrow(RangeError);
  });

  it('leaves withdrawn checks out of every query', () => {
    const input = checkedDataset();
    Object.assign(input.checks[1]!, { status: 'withdrawn', withdrawal: { reason: 'the ministry corrected its figure' } });
    const ds2 = createDataset(input);
    expect(ds2.disputed()).toEqual([]);
    expect(ds2.checksOf('detentions-2024-05').map((c) => c.id)).toEqual(['check-detentions-period']);
    expect(ds2.getCheck('check-detentions-figure')?.status).toBe('withdrawn');
  });
});
