import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/entries/bundled/dataset.js';
import { createDataset, createRecordValidator, DatasetValidationError, safeCreateDataset, type ValidationIssue } from '../../src/dataset/index.js';
import { ActorBaseSchema, FuzzyDateSchema } from '../../src/entries/schema.js';
import { smallDataset } from '../fixtures/small-dataset.js';

function issuesOf(input: unknown): ValidationIssue[] {
  try {
    createDataset(input);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetValidationError);
    return [...(error as DatasetValidationError).issues];
  }
  throw new Error('expected createDataset to throw');
}

describe('createDataset', () => {
  it('builds a dataset from valid input and answers queries on it', () => {
    const ds = createDataset(smallDataset());
    expect(ds.getActor('acme-front')?.name).toBe('Acme Front');
    expect(ds.findIncidents({ actor: 'acme-front' }).map((i) => i.id)).toEqual(['river-crossing-2024-05-03']);
    expect(ds.claimsBy('ministry-of-defence').map((c) => c.id)).toEqual(['mod-detentions']);
    expect(ds.relationsOf('acme-front').map((r) => r.id)).toEqual(['mod-hostile-to-acme']);
    expect(ds.searchActors('af').map((a) => a.id)).toEqual(['acme-front']);
  });

  it('takes a dataset as input: every record, not an empty dataset', () => {
    // A dataset's collections are getters; a snapshot of own data properties alone saw none.
    const again = createDataset(dataset);
    for (const kind of ['actors', 'places', 'incidents', 'claims', 'checks'] as const) expect(again[kind].length, kind).toBe(dataset[kind].length);
    expect(again.getActor('iskp')?.name).toBe(dataset.getActor('iskp')?.name);
  });

  it('reports a bad date order, a dangling actor and a missing quote in one error', () => {
    const input = smallDataset();
    input.incidents[0]!.date = { ...input.incidents[0]!.date, start: '2024-05-05', precision: 'range' as 'day' };
    input.incidents[0]!.actors.push({ actor: 'acme-frnt', role: 'perpetrator' });
    input.claims[0]!.citations[0]!.quote = 'The Ministry of Defence said about 400 people were detained.';
    const issues = issuesOf(input);
    expect(issues.map((i) => [i.code, i.kind, i.id, i.path.join('.')])).toEqual([
      ['date-order', 'incident', 'river-crossing-2024-05-03', 'date.end'],
      ['dangling-reference', 'incident', 'river-crossing-2024-05-03', 'actors.1.actor'],
      ['quote-not-found', 'claim', 'mod-detentions', 'citations.0.quote'],
    ]);
    expect(issues[1]!.message).toBe('unknown actor "acme-frnt"');
  });

  it('names all problems in the error message', () => {
    const input = smallDataset();
    input.incidents[0]!.actors[0]!.actor = 'nobody';
    input.actors[1]!.citations[0]!.quote = 'The Ministry of Offence';
    expect(() => createDataset(input)).toThrow(
      /dataset has 2 problems:\n.*incident "river-crossing-2024-05-03" \(incidents\[0\]\) at actors\.0\.actor: unknown actor "nobody"\n.*actor "ministry-of-defence" \(actors\[1\]\) at citations\.0\.quote: quote not found/,
    );
  });

  it('folds white space, and only white space, when matching quotes', () => {
    const input = smallDataset();
    input.actors[0]!.citations[0]!.quote = 'Acme\u00a0Front\n  fighters';
    expect(() => createDataset(input)).not.toThrow();
    input.actors[0]!.citations[0]!.quote = 'acme front fighters';
    expect(issuesOf(input).map((i) => i.code)).toEqual(['quote-not-found']);
  });

  it('skips the quote check for a source with textHeld whose text is not at hand (the published bundle)', () => {
    const input = smallDataset();
    delete (input.sources[0] as { text?: string }).text;
    Object.assign(input.sources[0]!, { textHeld: true });
    input.actors[0]!.citations[0]!.quote = 'words the source may not contain';
    expect(() => createDataset(input)).not.toThrow();
  });

  it('refuses a quote of a source with neither textHeld nor its text', () => {
    const input = smallDataset();
    delete (input.sources[0] as { text?: string }).text;
    const codes = issuesOf(input).map((i) => i.code);
    expect(new Set(codes)).toEqual(new Set(['quote-without-text']));
    expect(codes).toHaveLength(8);
  });

  it('reports duplicate ids across kinds, naming the first holder', () => {
    const input = smallDataset();
    input.places[0]!.id = 'acme-front';
    const issues = issuesOf(input);
    expect(issues.find((i) => i.code === 'duplicate-id')?.message).toBe(
      'id "acme-front" is already used by actor at actors[0]; ids are unique across all kinds',
    );
  });

  it('reports references to a record of the wrong kind', () => {
    const input = smallDataset();
    input.incidents[0]!.place = 'acme-front';
    expect(issuesOf(input).map((i) => i.message)).toEqual(['"acme-front" is an actor, expected place']);
  });

  it('reports schema errors with the record, field and reason', () => {
    const input = smallDataset();
    (input.actors[0] as { kind: string }).kind = 'gang';
    (input.observations[0]!.value as { value: unknown }).value = '40';
    (input.actors[1] as Record<string, unknown>)['nmae'] = 'typo';
    const issues = issuesOf(input);
    expect(issues.map((i) => [i.kind, i.id, i.path.join('.')])).toEqual([
      ['actor', 'acme-front', 'kind'],
      ['actor', 'ministry-of-defence', ''],
      ['observation', 'detentions-2024-05', 'value.value'],
    ]);
    expect(issues[1]!.message).toMatch(/nmae/);
  });

  it('refuses records without citations and impossible dates', () => {
    const input = smallDataset();
    input.indicators[0]!.citations = [];
    input.claims[0]!.date = { start: '2023-02-30', end: '2023-02-30', precision: 'day' };
    const issues = issuesOf(input);
    expect(issues.map((i) => [i.kind, i.path.join('.'), i.message])).toEqual([
      ['indicator', 'citations', 'needs at least one citation'],
      ['claim', 'date.start', 'must be a real calendar date written YYYY-MM-DD'],
      ['claim', 'date.end', 'must be a real calendar date written YYYY-MM-DD'],
    ]);
  });

  it('refuses input that is not a dataset', () => {
    expect(issuesOf(null).map((i) => i.message)).toEqual(['expected an object of record arrays, got null']);
    expect(issuesOf([]).map((i) => i.message)).toEqual(['expected an object of record arrays, got an array']);
    expect(issuesOf({ actors: {}, events: [] }).map((i) => i.message)).toEqual([
      'unknown collection "events"; expected one of sources, actors, places, incidents, indicators, observations, claims, relations, checks',
      '"actors" must be an array, got object',
    ]);
  });

  it('keeps copies: changing the input afterwards does not change the dataset', () => {
    const input = smallDataset();
    const ds = createDataset(input);
    input.actors[0]!.name = 'Changed';
    input.actors.push({ ...input.actors[0]!, id: 'late-addition' });
    expect(ds.getActor('acme-front')?.name).toBe('Acme Front');
    expect(ds.actors).toHaveLength(2);
  });

  it('freezes records so that query results cannot corrupt the dataset', () => {
    const ds = createDataset(smallDataset());
    const [actor] = ds.searchActors('acme');
    expect(() => {
      (actor as { name: string }).name = 'x';
    }).toThrow(TypeError);
    const results = ds.findIncidents();
    results.length = 0;
    expect(ds.findIncidents()).toHaveLength(1);
  });

  it('requires a withdrawal reason exactly for withdrawn records', () => {
    const input = smallDataset();
    Object.assign(input.actors[0]!, { status: 'withdrawn' });
    Object.assign(input.actors[1]!, { withdrawal: { reason: 'merged' } });
    expect(issuesOf(input).map((i) => [i.id, i.path.join('.')])).toEqual([
      ['acme-front', 'withdrawal'],
      ['ministry-of-defence', 'status'],
    ]);
  });

  it('keeps tombstones out of searches but returns them by id', () => {
    const input = smallDataset();
    Object.assign(input.actors[0]!, { status: 'withdrawn', withdrawal: { reason: 'duplicate' } });
    const ds = createDataset(input);
    expect(ds.getActor('acme-front')?.status).toBe('withdrawn');
    expect(ds.searchActors('acme')).toEqual([]);
  });
});

describe('issue codes come from the refinement, not from the wording', () => {
  // A schema of yours whose message happens to read like our date-order message is still a
  // plain schema issue; only FuzzyDateSchema's refinement (params.code) makes 'date-order'.
  const Mimic = ActorBaseSchema.superRefine((_actor, ctx) => {
    ctx.addIssue({ code: 'custom', path: ['name'], message: 'start 2024-01-02 is after end 2024-01-01' });
  });
  const actor = { id: 'acme-front', kind: 'armed-group', name: 'Acme Front', aliases: [], citations: [] };

  it('in createDataset', () => {
    const result = safeCreateDataset({ actors: [actor] }, { schemas: { actor: Mimic } });
    expect(result.success).toBe(false);
    const mimicked = result.error?.issues.filter((i) => i.message.startsWith('start 2024-01-02'));
    expect(mimicked?.map((i) => i.code)).toEqual(['schema']);
  });

  it('in createRecordValidator', () => {
    const mimicked = createRecordValidator(Mimic)(actor).filter((i) => i.message.startsWith('start 2024-01-02'));
    expect(mimicked.map((i) => i.code)).toEqual(['schema']);
  });

  it('while our date-order refinement still yields date-order', () => {
    const reversed = { start: '2024-01-02', end: '2024-01-01', precision: 'range' };
    expect(createRecordValidator(FuzzyDateSchema)(reversed).map((i) => i.code)).toContain('date-order');
  });
});
