/**
 * fast-check arbitraries for valid records and whole valid datasets, written to the schemas:
 * every optional field appears sometimes, ids are unique across kinds, every reference names a
 * record of the right kind, dates fit their precision, quantities keep low ≤ value ≤ high, and
 * a source that carries its text holds every quote that cites it.
 */
import fc from 'fast-check';
import {
  ACTOR_KINDS,
  ALIAS_ORIGINS,
  INCIDENT_ROLES,
  INCIDENT_TYPES,
  PLACE_KINDS,
  QUANTITY_QUALIFIERS,
  RELATION_TYPES,
  STANCES,
  UNITS,
  COUNTRY_CODES,
} from '../../src/schema/index.js';

type Json = Record<string, unknown>;

const DAY = 86_400_000;

/** Free text: any Unicode code point (no lone surrogates), so CSV and UTF-8 files can hold it. */
export const text = fc.string({ unit: 'binary', minLength: 1, maxLength: 24 });
/** A quote: text with something besides white space, as CitationSchema requires. */
export const quoteText = text.filter((t) => /\S/.test(t));

/** A kebab-case word sequence, for ids and topics. */
export const kebab = fc.array(fc.stringMatching(/^[a-z0-9]{1,6}$/), { minLength: 1, maxLength: 3 }).map((words) => words.join('-'));

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

const dayMs = fc.integer({ min: Date.UTC(1900, 0, 1) / DAY, max: Date.UTC(2100, 11, 31) / DAY }).map((d) => d * DAY);

/** A FuzzyDate of any precision that fits its interval. */
export const fuzzyDate: fc.Arbitrary<Json> = fc
  .record(
    {
      interval: fc.oneof(
        dayMs.map((d) => ({ start: iso(d), end: iso(d), precision: 'day' })),
        dayMs.map((d) => ({ start: iso(d), end: iso(d + 6 * DAY), precision: 'week' })),
        fc.record({ y: fc.integer({ min: 1900, max: 2100 }), m: fc.integer({ min: 0, max: 11 }) }).map(({ y, m }) => ({
          start: iso(Date.UTC(y, m, 1)),
          end: iso(Date.UTC(y, m + 1, 0)),
          precision: 'month',
        })),
        fc.integer({ min: 1900, max: 2100 }).map((y) => ({ start: `${y}-01-01`, end: `${y}-12-31`, precision: 'year' })),
        fc.tuple(dayMs, dayMs).map(([a, b]) => ({ start: iso(Math.min(a, b)), end: iso(Math.max(a, b)), precision: 'range' })),
      ),
      text,
      edtf: text,
    },
    { requiredKeys: ['interval'] },
  )
  .map(({ interval, ...rest }) => ({ ...interval, ...rest }));

// Bounded so that value - spread stays finite; -0 is left out because JSON writes it as 0.
const finite = fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double({ min: -1e12, max: 1e12, noNaN: true })).map((n) => (Object.is(n, -0) ? 0 : n));
const spread = fc.oneof(fc.integer({ min: 0, max: 1e6 }), fc.double({ min: 0, max: 1e12, noNaN: true }));

/** A Quantity with optional bounds around its value. */
export const quantity: fc.Arbitrary<Json> = fc
  .record(
    { value: finite, unit: fc.constantFrom(...UNITS), qualifier: fc.constantFrom(...QUANTITY_QUALIFIERS), below: spread, above: spread, text },
    { requiredKeys: ['value', 'unit', 'qualifier'] },
  )
  .map(({ below, above, ...q }) => ({
    ...q,
    ...(below === undefined ? {} : { low: Object.is(q.value - below, -0) ? 0 : q.value - below }),
    ...(above === undefined ? {} : { high: q.value + above }),
  }));

/** A count (deaths): whole numbers, never negative, with optional bounds around the value. */
export const count: fc.Arbitrary<Json> = fc
  .record(
    {
      value: fc.nat({ max: 1e6 }),
      unit: fc.constant('person'),
      qualifier: fc.constantFrom(...QUANTITY_QUALIFIERS),
      below: fc.nat({ max: 1e6 }),
      above: fc.nat({ max: 1e6 }),
      text,
    },
    { requiredKeys: ['value', 'unit', 'qualifier'] },
  )
  .map(({ below, above, ...q }) => ({
    ...q,
    ...(below === undefined ? {} : { low: Math.max(0, q.value - below) }),
    ...(above === undefined ? {} : { high: q.value + above }),
  }));

/** Picks one of `list` by a generated number, or undefined when the list is empty. */
function pick<T>(list: readonly T[], n: number): T | undefined {
  return list.length === 0 ? undefined : list[n % list.length];
}

/** Drops keys whose value is undefined, as an optional field is absent rather than undefined. */
function defined(record: Json): Json {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
}

const counts = fc.record({
  sources: fc.integer({ min: 1, max: 3 }),
  actors: fc.integer({ min: 1, max: 5 }),
  places: fc.integer({ min: 0, max: 4 }),
  incidents: fc.integer({ min: 0, max: 3 }),
  indicators: fc.integer({ min: 0, max: 3 }),
  observations: fc.integer({ min: 0, max: 4 }),
  claims: fc.integer({ min: 0, max: 3 }),
  relations: fc.integer({ min: 0, max: 3 }),
});

const nats = fc.array(fc.nat(), { minLength: 1, maxLength: 4 });

/** Fields every sourced record may carry; `successors` are the other ids of its kind. */
function recordBase(id: string, sources: string[], successors: string[]) {
  return fc
    .record(
      {
        citations: fc.array(
          fc.record({ source: fc.nat(), quote: quoteText, paragraph: fc.integer({ min: 1, max: 500 }) }, { requiredKeys: ['source', 'quote'] }),
          { minLength: 1, maxLength: 3 },
        ),
        inferred: fc.array(fc.record({ field: text, reasoning: text }), { maxLength: 2 }),
        notes: text,
        status: fc.constant('active'),
        withdrawn: fc.record({ reason: text, successor: fc.nat() }, { requiredKeys: ['reason'] }),
      },
      { requiredKeys: ['citations'] },
    )
    .map(({ citations, withdrawn, ...rest }) => {
      const successor = withdrawn?.successor === undefined ? undefined : pick(successors, withdrawn.successor);
      return defined({
        id,
        citations: citations.map((c) => defined({ ...c, source: pick(sources, c.source) })),
        ...rest,
        ...(withdrawn === undefined
          ? {}
          : { status: 'withdrawn', withdrawal: defined({ reason: withdrawn.reason, successor: successor === id ? undefined : successor }) }),
      });
    });
}

/** Ids of one kind: a readable prefix, a position (unique) and a random word. */
function ids(prefix: string, n: number) {
  return fc.array(kebab, { minLength: n, maxLength: n }).map((words) => words.map((w, i) => `${prefix}-${i}-${w}`));
}

/** A whole valid dataset, as createDataset takes it. */
export const validDataset: fc.Arbitrary<Record<string, Json[]>> = counts
  .chain((n) =>
    fc.record({
      sourceIds: ids('source', n.sources),
      actorIds: ids('actor', n.actors),
      placeIds: ids('place', n.places),
      incidentIds: ids('incident', n.incidents),
      indicatorIds: ids('indicator', n.indicators),
      // An observation needs an indicator to measure.
      observationIds: ids('observation', n.indicators === 0 ? 0 : n.observations),
      claimIds: ids('claim', n.claims),
      // A relation joins two different actors.
      relationIds: ids('relation', n.actors < 2 ? 0 : n.relations),
    }),
  )
  .chain((id) => {
    const actorIds = id.actorIds;
    const subjects = [...id.actorIds, ...id.placeIds];
    const anyIds = [
      ...id.sourceIds,
      ...id.actorIds,
      ...id.placeIds,
      ...id.incidentIds,
      ...id.indicatorIds,
      ...id.observationIds,
      ...id.claimIds,
      ...id.relationIds,
    ];
    const base = (recordId: string, kindIds: string[]) => recordBase(recordId, id.sourceIds, kindIds);
    const each = <T>(list: string[], make: (recordId: string, index: number) => fc.Arbitrary<T>) =>
      list.length === 0 ? fc.constant([] as T[]) : fc.tuple(...list.map(make));

    const sources = each(id.sourceIds, (sid) =>
      fc
        .record(
          {
            title: text,
            publisher: text,
            url: kebab.map((w) => `https://example.org/${w}`),
            published: fuzzyDate,
            author: text,
            language: fc.constantFrom('en', 'ru', 'tg', 'uz'),
            hasText: fc.boolean(),
            textNotes: text,
            inferred: fc.array(fc.record({ field: text, reasoning: text }), { maxLength: 1 }),
          },
          { requiredKeys: ['title', 'publisher', 'url', 'published', 'hasText'] },
        )
        .map((s) => ({ id: sid, ...s })),
    );
    const actors = each(actorIds, (aid) =>
      fc
        .record(
          {
            base: base(aid, actorIds),
            kind: fc.constantFrom(...ACTOR_KINDS),
            name: text,
            aliases: fc.array(fc.record({ name: text, origin: fc.constantFrom(...ALIAS_ORIGINS), note: text }, { requiredKeys: ['name', 'origin'] }), {
              maxLength: 3,
            }),
            country: fc.constantFrom(...COUNTRY_CODES),
            memberOf: fc.nat(),
            externalIds: fc.array(fc.record({ scheme: text, value: text }), { maxLength: 2 }),
          },
          { requiredKeys: ['base', 'kind', 'name', 'aliases'] },
        )
        .map(({ base: b, memberOf, ...a }) => defined({ ...b, ...a, memberOf: memberOf === undefined ? undefined : pick(actorIds, memberOf) })),
    );
    const places = each(id.placeIds, (pid) =>
      fc
        .record(
          {
            base: base(pid, id.placeIds),
            kind: fc.constantFrom(...PLACE_KINDS),
            name: text,
            country: fc.constantFrom(...COUNTRY_CODES),
            parent: fc.nat(),
            spans: nats,
            externalIds: fc.array(fc.record({ scheme: text, value: text }), { maxLength: 1 }),
          },
          { requiredKeys: ['base', 'kind', 'name'] },
        )
        .map(({ base: b, parent, spans, ...p }) =>
          defined({ ...b, ...p, parent: parent === undefined ? undefined : pick(id.placeIds, parent), spans: spans?.map((s) => pick(id.placeIds, s)!) }),
        ),
    );
    const incidents = each(id.incidentIds, (iid) =>
      fc
        .record(
          {
            base: base(iid, id.incidentIds),
            type: fc.constantFrom(...INCIDENT_TYPES),
            title: text,
            date: fuzzyDate,
            place: fc.nat(),
            actors: fc.array(fc.record({ actor: fc.nat(), role: fc.constantFrom(...INCIDENT_ROLES) }), { maxLength: 3 }),
            fatalities: count,
            description: text,
          },
          { requiredKeys: ['base', 'type', 'title', 'date', 'actors'] },
        )
        .map(({ base: b, place, actors: list, ...i }) =>
          defined({
            ...b,
            ...i,
            place: place === undefined ? undefined : pick(id.placeIds, place),
            actors: list.map((a) => ({ ...a, actor: pick(actorIds, a.actor)! })),
          }),
        ),
    );
    const indicators = each(id.indicatorIds, (did) =>
      fc
        .record({ base: base(did, id.indicatorIds), name: text, unit: fc.constantFrom(...UNITS), description: text })
        .map(({ base: b, ...i }) => ({ ...b, ...i })),
    );
    const observations = each(id.observationIds, (oid) =>
      fc
        .record(
          {
            base: base(oid, id.observationIds),
            indicator: fc.nat(),
            subject: fc.nat(),
            period: fuzzyDate,
            value: quantity,
            comparison: fc.record({ baseline: fuzzyDate, change: quantity }),
            derived: fc.record({ formula: text, inputs: nats }),
            claim: fc.nat(),
          },
          { requiredKeys: ['base', 'indicator', 'subject', 'period', 'value'] },
        )
        .map(({ base: b, indicator, subject, derived, claim, ...o }) =>
          defined({
            ...b,
            indicator: pick(id.indicatorIds, indicator),
            subject: pick(subjects, subject),
            ...o,
            derived: derived === undefined ? undefined : { formula: derived.formula, inputs: derived.inputs.map((n) => pick(id.observationIds, n)!) },
            claim: claim === undefined ? undefined : pick(id.claimIds, claim),
          }),
        ),
    );
    const claims = each(id.claimIds, (cid) =>
      fc
        .record(
          {
            base: base(cid, id.claimIds),
            claimant: fc.nat(),
            about: nats,
            statement: text,
            date: fuzzyDate,
            via: fc.array(fc.record({ actor: fc.nat(), description: text }, { requiredKeys: ['description'] }), { maxLength: 2 }),
            incident: fc.nat(),
            position: fc.record({ topic: kebab, question: text, stance: fc.constantFrom(...STANCES) }),
          },
          { requiredKeys: ['base', 'claimant', 'about', 'statement', 'date'] },
        )
        .map(({ base: b, claimant, about, via, incident, ...c }) =>
          defined({
            ...b,
            claimant: pick(actorIds, claimant),
            about: about.map((n) => pick(anyIds, n)!),
            ...c,
            via: via?.map((v) => defined({ description: v.description, actor: v.actor === undefined ? undefined : pick(actorIds, v.actor) })),
            incident: incident === undefined ? undefined : pick(id.incidentIds, incident),
          }),
        ),
    );
    const relations = each(id.relationIds, (rid) =>
      fc
        .record(
          {
            base: base(rid, id.relationIds),
            type: fc.constantFrom(...RELATION_TYPES),
            from: fc.nat(),
            step: fc.integer({ min: 1, max: 10 }),
            claim: fc.nat(),
            date: fuzzyDate,
            description: text,
          },
          { requiredKeys: ['base', 'type', 'from', 'step'] },
        )
        .map(({ base: b, from, step, claim, ...r }) => {
          // A relation never points from an actor to itself: `to` is `step` places further on.
          const fromIndex = from % actorIds.length;
          const toIndex = (fromIndex + 1 + (step % (actorIds.length - 1))) % actorIds.length;
          return defined({ ...b, ...r, from: actorIds[fromIndex], to: actorIds[toIndex], claim: claim === undefined ? undefined : pick(id.claimIds, claim) });
        }),
    );
    // Checks are generated by the dedicated tests (tests/dataset/checks.test.ts); here the collection is empty.
    return fc.record({ sources, actors, places, incidents, indicators, observations, claims, relations, checks: fc.constant([]) });
  })
  .map((data) => withSourceTexts(data as unknown as Record<string, Json[]>));

/** Gives each source marked `hasText` a text made of every quote that cites it, and the others `textHeld`. */
function withSourceTexts(data: Record<string, Json[]>): Record<string, Json[]> {
  const quotes = new Map<string, string[]>();
  for (const records of Object.values(data)) {
    for (const record of records) {
      for (const citation of (record['citations'] as { source: string; quote: string }[] | undefined) ?? []) {
        quotes.set(citation.source, [...(quotes.get(citation.source) ?? []), citation.quote]);
      }
    }
  }
  const sources = data['sources']!.map(({ hasText, ...source }) =>
    // A source quoted must be one whose text the repository may hold (textHeld), as the article is;
    // some also carry that text. The tables leave the text out but keep textHeld, so quotes
    // still validate when the records are rebuilt from them.
    hasText ? { ...source, textHeld: true, text: (quotes.get(source['id'] as string) ?? []).join('\n\n') } : { ...source, textHeld: true },
  );
  return { ...data, sources };
}
