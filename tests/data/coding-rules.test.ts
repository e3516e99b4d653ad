/**
 * The coding rules of docs/data.md, checked on data/. Each failure names the record id (and the
 * field), so that a new source cannot drift the way issue #11 found the first one had. The rule
 * table in docs/data.md names the test below that enforces each rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRecords, readSourceText } from '../../scripts/load-records.js';
import { derivedPeriodProblems } from '../../src/compare/index.js';
import { foldWhitespace } from '../../src/dataset/index.js';
import { COLLECTION_OF, RECORD_KINDS, type Citation, type FuzzyDate, type Inference } from '../../src/schema/index.js';
import { resolveRelativeDate } from '../../src/time/index.js';
import { KABULNOW } from '../../data/cite.js';

const DATA_DIR = join(import.meta.dirname, '../../data');
const records = loadRecords();
const text = foldWhitespace(readSourceText(KABULNOW));
const PUBLISHED = records.sources.find((s) => s.id === KABULNOW)!.published;

interface AnyRecord {
  id: string;
  citations: Citation[];
  inferred?: Inference[];
  status?: string;
  title?: string;
  description?: string;
  incident?: string;
  claimant?: string;
  actors?: { actor: string; role: string }[];
}

/**
 * Every active record of every kind coded from the article, with its kind. Records coded from
 * primary sources (data/primary-*.ts, data/checks.ts) follow docs/corroboration.md instead.
 */
const fromArticle = (r: AnyRecord): boolean => r.id === KABULNOW || (r.citations ?? []).some((c) => c.source === KABULNOW);
const active: [string, AnyRecord][] = RECORD_KINDS.flatMap((kind) =>
  (records[COLLECTION_OF[kind]] as unknown as AnyRecord[]).filter((r) => r.status !== 'withdrawn' && fromArticle(r)).map((r): [string, AnyRecord] => [kind, r]),
);

/** Files of records coded from primary sources, whose dates are the absolute dates those sources print. */
const PRIMARY_SOURCE_FILES = new Set(['primary-sources.ts', 'primary-records.ts', 'checks.ts']);

/** The dated fields of a record: path and value. */
function datesOf(record: AnyRecord): [string, FuzzyDate][] {
  const r = record as unknown as Record<string, unknown>;
  const out: [string, FuzzyDate][] = [];
  for (const field of ['date', 'period', 'published']) {
    const value = r[field] as FuzzyDate | undefined;
    if (value?.start !== undefined) out.push([field, value]);
  }
  return out;
}

/** Whether `field` (or a part of it, such as `date.end`) is marked inferred on the record. */
function inferredOn(record: AnyRecord, field: string): boolean {
  return (record.inferred ?? []).some((i) => i.field === field || i.field.startsWith(`${field}.`));
}

function quotes(record: AnyRecord): string {
  return (record.citations ?? []).map((c) => foldWhitespace(c.quote ?? '')).join(' | ');
}

const byId = new Map(active.map(([, r]) => [r.id, r]));

/**
 * ISO dates that data/ may write as literals: the publication window, the root every relative
 * phrase is resolved against (reasoned on the source record and in docs/data.md); the open lower
 * bound of "on or before"; and general knowledge the text lacks, marked inferred where used.
 */
const ALLOWED_DATE_LITERALS: Record<string, string> = {
  '2023-09-14': 'publication window, first day (sources.ts)',
  '2023-09-17': 'publication window, last day (sources.ts)',
  '0001-01-01': 'open lower bound of onOrBefore (dates.ts)',
  '2021-08-15': 'the Taliban’s return to power, general knowledge (dates.ts TALIBAN_RETURN)',
  '2026-11-30': 'the day the sources were read: the `accessed` date, not an event',
};

describe('coding rules (docs/data.md)', () => {
  it('literal-dates: no date in data/ is typed by hand except the publication window and marked general knowledge', () => {
    const problems: string[] = [];
    for (const file of readdirSync(DATA_DIR).filter((f) => f.endsWith('.ts') && !PRIMARY_SOURCE_FILES.has(f))) {
      let record = '(file level)';
      readFileSync(join(DATA_DIR, file), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const id = /\bid: '([a-z0-9-]+)'/.exec(line);
          if (id) record = id[1]!;
          if (/^\s*(\*|\/\/)/.test(line)) return;
          for (const [, literal] of line.matchAll(/['"](\d{4}-\d{2}-\d{2})['"]/g)) {
            if (!(literal! in ALLOWED_DATE_LITERALS)) problems.push(`${record} (${file}:${i + 1}): literal date ${literal}`);
          }
        });
    }
    expect(problems).toEqual([]);
  });

  it('week-words: the publication window keeps "on <weekday>" in the current week and "last week" before it', () => {
    const problems: string[] = [];
    const weekday = /^(on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
    const dated = active.flatMap(([, r]) => datesOf(r).map(([field, date]) => ({ id: r.id, field, date })));
    // One event per day is enough: the first record dated by a bare weekday on that day.
    const bareWeekday = dated.filter(
      (d, i) => weekday.test(d.date.text ?? '') && dated.findIndex((e) => weekday.test(e.date.text ?? '') && e.date.start === d.date.start) === i,
    );
    for (const { id, date } of bareWeekday) {
      // The weekday's own week, as the reader counts it (ISO), must hold every possible publication day.
      const itsWeek = resolveRelativeDate('this week', date.start);
      if (PUBLISHED.start < itsWeek.start || PUBLISHED.end > itsWeek.end) {
        problems.push(`${KABULNOW}: published ${PUBLISHED.start}..${PUBLISHED.end} runs outside the week of ${id} (${itsWeek.start}..${itsWeek.end})`);
      }
    }
    for (const { id, field, date } of dated.filter((d) => /^last week/i.test(d.date.text ?? ''))) {
      if (date.precision !== 'week') problems.push(`${id}.${field}: "${date.text}" has precision ${date.precision}, not week`);
      for (const other of bareWeekday) {
        if (date.end >= other.date.start) problems.push(`${id}.${field}: "last week" reaches ${date.end}, not before ${other.id} (${other.date.start})`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('orderings: dates respect the order the text states between events', () => {
    // [record, relation, other record, the words that state it]
    const ORDER: [string, 'ends-by' | 'starts-from', string, string][] = [
      [
        'us-authorities-iskp-assessment-2023-09',
        'ends-by',
        'central-asia-consultative-meeting-2023',
        'These security concerns come after the US authorities said',
      ],
      ['us-authorities-iskp-incapable', 'ends-by', 'central-asia-consultative-meeting-2023', 'These security concerns come after the US authorities said'],
      [
        'badakhshan-border-incursion-2023-09',
        'ends-by',
        'central-asia-consultative-meeting-2023',
        'Mr. Rahmon was referring to an incident earlier this month',
      ],
      [
        'tajik-authorities-militants-intended-terrorist-acts',
        'starts-from',
        'badakhshan-border-incursion-2023-09',
        'Tajik authorities said the militants intended',
      ],
    ];
    const problems: string[] = [];
    for (const [id, relation, otherId, words] of ORDER) {
      expect(text, words).toContain(words);
      const [[, date]] = datesOf(byId.get(id)!) as [[string, FuzzyDate]];
      const [[, other]] = datesOf(byId.get(otherId)!) as [[string, FuzzyDate]];
      if (relation === 'ends-by' && date.end > other.end) problems.push(`${id}: ends ${date.end}, after ${otherId} (${other.end}): "${words}"`);
      if (relation === 'starts-from' && date.start < other.start) problems.push(`${id}: starts ${date.start}, before ${otherId} (${other.start}): "${words}"`);
    }
    expect(problems).toEqual([]);
  });

  it('day-precision: a day only where the record’s own words, or its uninferred event’s, name that day', () => {
    const problems: string[] = [];
    for (const [, record] of active) {
      for (const [field, date] of datesOf(record)) {
        if (date.precision !== 'day' || date.text === undefined) continue;
        const phrase = foldWhitespace(date.text);
        if (quotes(record).includes(phrase)) continue;
        const event = record.incident === undefined ? undefined : byId.get(record.incident);
        const eventDate = event && datesOf(event)[0]?.[1];
        const viaEvent = eventDate?.start === date.start && eventDate.end === date.end && quotes(event!).includes(phrase);
        // An inferred link to the event counts only if its reasoning quotes the text that makes it.
        const link = record.inferred?.find((i) => i.field === 'incident');
        const linkQuoted = link === undefined || [...link.reasoning.matchAll(/"([^"]+?)…?"/g)].some(([, q]) => text.includes(q!.replace(/…$/, '')));
        if (!(viaEvent && linkQuoted)) problems.push(`${record.id}.${field}: day ${date.start} ("${date.text}") is not named by its citations or its event's`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('publication-window: every record dated to the publication window says so in inferred', () => {
    const problems: string[] = [];
    for (const [kind, record] of active) {
      if (kind === 'source') continue;
      for (const [field, date] of datesOf(record)) {
        if (date.start === PUBLISHED.start && date.end === PUBLISHED.end && !inferredOn(record, field)) {
          problems.push(`${record.id}.${field}: dated to the publication window without an inferred entry`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('inferred-links: a link marked inferred on one record is marked on every record that repeats it', () => {
    const problems: string[] = [];
    const claims = active.filter(([kind, r]) => kind === 'claim' && r.incident !== undefined).map(([, r]) => r);
    for (const claim of claims) {
      const incident = byId.get(claim.incident!)!;
      const index = (incident.actors ?? []).findIndex((a) => a.actor === claim.claimant);
      if (index < 0) continue;
      // The claimant's part in the event is stated if any of their claims is tied to it without inference.
      const stated = claims.some((c) => c.claimant === claim.claimant && c.incident === incident.id && !inferredOn(c, 'incident'));
      const onIncident = inferredOn(incident, `actors.${index}`);
      if (!stated && !onIncident) problems.push(`${incident.id}: ${claim.claimant} is there only by inference (on ${claim.id}), unmarked on actors.${index}`);
      if (onIncident && !inferredOn(claim, 'incident'))
        problems.push(`${claim.id}: tied to ${incident.id}, where its claimant is inferred, without marking the incident inferred`);
    }
    expect(problems).toEqual([]);
  });

  it('hedges: titles and descriptions keep the hedges of their citations', () => {
    const problems: string[] = [];
    for (const [, record] of active) {
      for (const hedge of ['reportedly', 'purportedly', 'allegedly']) {
        if (!quotes(record).includes(hedge)) continue;
        for (const field of ['title', 'description'] as const) {
          const value = record[field];
          if (value !== undefined && !value.includes(hedge)) problems.push(`${record.id}.${field}: drops "${hedge}"`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('derived-periods: a derived value’s inputs cover periods as long as its own (or state the reading)', () => {
    expect(derivedPeriodProblems(records.observations).map((p) => p.message)).toEqual([]);
  });

  it('positions: a claim taking a side quotes words about the position’s subject, and states its scope', () => {
    const SUBJECT: Record<string, RegExp> = {
      'iskp-threat-rising': /\bISKP\b/,
      'terror-threat-from-afghanistan-rising': /Afghanistan/,
      'terror-groups-free-in-afghanistan': /Afghanistan/,
    };
    const problems: string[] = [];
    for (const claim of records.claims.filter((c) => c.status !== 'withdrawn' && c.position !== undefined)) {
      const subject = SUBJECT[claim.position!.topic];
      if (subject === undefined) problems.push(`${claim.id}: topic ${claim.position!.topic} has no subject in this test's table`);
      else if (!subject.test(quotes(claim as AnyRecord)))
        problems.push(`${claim.id}: takes a side on ${claim.position!.topic} but its quotes do not name ${subject.source}`);
      if (claim.position!.scope === undefined) problems.push(`${claim.id}: position without a scope`);
    }
    expect(problems).toEqual([]);
  });
});
