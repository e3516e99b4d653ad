import { parseOptions } from '../parse-options.js';
import { dataset as bundled } from '../../entries/bundled/dataset.js';
import { foldText, type Dataset, type DatesOption } from '../../dataset/index.js';
import {
  ACTOR_KINDS,
  CHECK_VERDICTS,
  COLLECTION_OF,
  INCIDENT_TYPES,
  RECORD_KINDS,
  RELATION_TYPES,
  type CheckValue,
  type FuzzyDate,
  type Quantity,
} from '../../schema/index.js';
import { parseIsoDay } from '../../time/index.js';
import type { CliIo } from '../io.js';
import { EXIT } from '../exit-codes.js';
import { UsageError } from '../usage-error.js';
import { closestId } from '../../schema/closest-name.js';
import { formatTable, type TableCell } from './format-table.js';
import { parseBBox } from './parse-bbox.js';

/** `query --help`. */
export const QUERY_HELP = `Usage: central-asia-security query <what> [options]

Queries the bundled dataset and prints a table, or JSON with --format json.

  query actors [--search <text>] [--kind <kind>]      actors; search ignores case, accents, dashes
  query places                                         every place id, kind and name
  query indicators                                     every indicator id, name and unit
  query incidents [--actor <id>] [--place <id>] [--type <type>] [--from <date>] [--to <date>] [--within W,S,E,N] [--match certain|possible|uncertain]
  query claims [--about <id>] [--by <actor id>]       claims about a record or by an actor
  query contradictions                                 propositions that claims disagree on
  query relations --actor <id> [--type <type>]        relations from or to an actor
  query series <indicator id> [--subject <id>]        observations of an indicator, by period
  query record <id>                                    any record by id
  query checks [<id>] [--verdict <verdict>]          checks against primary sources, of one record or all
  query disputed                                       fields primary sources contradict, both sides

Options:
      --format <fmt>   table (default) or json
      --limit <n>      at most n results
      --dates <which>  incidents and series: as-reported (default) or best (narrowed by checks)
  -h, --help           this help

--match says which incidents a date window keeps, as findIncidents does: possible (default:
the incident may fall in the window), certain (it surely does), uncertain (it may or may not).
The older words still work but are deprecated: overlaps means possible, within means certain.

Dates are real calendar days written YYYY-MM-DD, and --from is not after --to. --within is a
box in degrees, west,south,east,north; a place that only partly overlaps it (a province across
its edge) is kept unless --match certain. Exit codes:
0 success (also when nothing matches), 2 bad arguments, an unknown id or an unknown value of a
vocabulary (--type, --kind), with the nearest known one suggested.
`;

// Ids typed on the command line are plain strings, checked against the data by knownId.
const dataset: Dataset = bundled;

type Values = ReturnType<typeof parseQueryArgs>['values'];

function checkValue(v: CheckValue | undefined): string {
  return v === undefined ? '' : v.date !== undefined ? date(v.date) : v.quantity !== undefined ? quantity(v.quantity) : (v.record ?? v.text ?? '');
}

interface Result {
  header: string[];
  rows: TableCell[][];
  json: unknown[];
}

const QUERY_NAMES = ['actors', 'places', 'indicators', 'incidents', 'claims', 'contradictions', 'relations', 'series', 'record', 'checks', 'disputed'] as const;

/** The CLI's --match words: the library's, then the deprecated ones with what they mean. */
const MATCH_WORDS = new Map<string, 'certain' | 'possible' | 'uncertain'>([
  ['certain', 'certain'],
  ['possible', 'possible'],
  ['uncertain', 'uncertain'],
  ['overlaps', 'possible'],
  ['within', 'certain'],
]);

const date = (d: FuzzyDate | undefined): string => (d === undefined ? '' : d.start === d.end ? d.start : `${d.start}..${d.end}`);
const quantity = (q: Quantity): string => `${q.qualifier === 'exact' ? '' : `${q.qualifier} `}${q.value} ${q.unit}`;

function parseQueryArgs(args: string[]) {
  return parseOptions({
    args,
    allowPositionals: true,
    options: {
      search: { type: 'string' },
      kind: { type: 'string' },
      actor: { type: 'string' },
      place: { type: 'string' },
      type: { type: 'string', multiple: true },
      from: { type: 'string' },
      to: { type: 'string' },
      match: { type: 'string' },
      within: { type: 'string' },
      about: { type: 'string' },
      by: { type: 'string' },
      subject: { type: 'string' },
      verdict: { type: 'string' },
      dates: { type: 'string' },
      format: { type: 'string' },
      limit: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function idsOf(kind: 'actor' | 'place' | 'indicator' | 'any'): string[] {
  return RECORD_KINDS.filter((k) => kind === 'any' || k === kind).flatMap((k) => (dataset[COLLECTION_OF[k]] as readonly { id: string }[]).map((r) => r.id));
}

/** Ids whose record's name or id contains the typed text (folded): "rahmon" finds emomali-rahmon. */
function idsNamed(kind: 'actor' | 'place' | 'indicator' | 'any', text: string): string[] {
  const folded = foldText(text);
  if (folded === '') return [];
  if (kind === 'actor') return dataset.searchActors(text, { limit: 3 }).map((a) => a.id);
  return RECORD_KINDS.filter((k) => kind === 'any' || k === kind)
    .flatMap((k) => dataset[COLLECTION_OF[k]] as readonly { id: string; name?: string }[])
    .filter((r) => foldText(r.id).includes(folded) || (r.name !== undefined && foldText(r.name).includes(folded)))
    .slice(0, 3)
    .map((r) => r.id);
}

/** Throws a usage error for an id the data does not hold, suggesting the ids it may mean. */
function knownId(kind: 'actor' | 'place' | 'indicator' | 'any', id: string | undefined): void {
  if (id === undefined) return;
  const hit = dataset.getRecord(id);
  if (hit !== undefined && (kind === 'any' || hit.kind === kind)) return;
  const near = closestId(id, idsOf(kind));
  const suggestions = [...new Set([...(near === undefined ? [] : [near]), ...idsNamed(kind, id)])];
  const what = kind === 'any' ? 'record' : kind;
  const found = hit === undefined ? '' : ` (it is ${/^[aeiou]/.test(hit.kind) ? 'an' : 'a'} ${hit.kind})`;
  const hint = suggestions.length === 0 ? '' : `; did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?`;
  throw new UsageError(`unknown ${what} "${id}"${found}${hint}`);
}

/** Throws a usage error for a value outside a vocabulary, suggesting the nearest member. */
function knownValues(option: string, values: readonly string[] | string | undefined, vocabulary: readonly string[]): void {
  for (const value of typeof values === 'string' ? [values] : (values ?? [])) {
    if (vocabulary.includes(value)) continue;
    const near = closestId(value, vocabulary);
    throw new UsageError(`unknown ${option} "${value}"${near ? `; did you mean "${near}"?` : ''}; expected one of ${vocabulary.join(', ')}`);
  }
}

/** Checks the options every query shares: format, limit and the date window. */
function commonOptions(values: Values): { format: 'table' | 'json'; limit: number } {
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'json') throw new UsageError(`unknown --format "${format}"; expected table or json`);
  // Digits only: 1e999 and 99999999999999999999999 are numbers to Number(), but not counts.
  const limit = values.limit === undefined ? Infinity : /^\d{1,15}$/.test(values.limit) ? Number(values.limit) : NaN;
  if (!(limit > 0)) throw new UsageError(`--limit must be a positive whole number, got "${values.limit}"`);
  for (const [name, bound] of [
    ['--from', values.from],
    ['--to', values.to],
  ] as const) {
    if (bound !== undefined && parseIsoDay(bound) === undefined) throw new UsageError(`${name} must be a real date written YYYY-MM-DD, got "${bound}"`);
  }
  if (values.from !== undefined && values.to !== undefined && values.from > values.to) {
    throw new UsageError(`--from ${values.from} is after --to ${values.to}`);
  }
  return { format, limit };
}

function table<T>(items: readonly T[], header: string[], row: (item: T) => TableCell[]): Result {
  return { header, rows: items.map(row), json: [...items] };
}

function onlyArgument(what: string, rest: string[], name: string): string {
  if (rest.length !== 1) throw new UsageError(`query ${what} takes one ${name}`);
  return rest[0]!;
}

function queryActors(values: Values): Result {
  knownValues('--kind', values.kind, ACTOR_KINDS);
  let actors = values.search === undefined ? [...dataset.actors] : dataset.searchActors(values.search);
  if (values.kind !== undefined) actors = actors.filter((a) => a.kind === values.kind);
  return table(actors, ['id', 'kind', 'name', 'country'], (a) => [a.id, a.kind, a.name, a.country]);
}

function queryIncidents(values: Values): Result {
  knownId('actor', values.actor);
  knownId('place', values.place);
  knownValues('--type', values.type, INCIDENT_TYPES);
  const match = values.match === undefined ? undefined : MATCH_WORDS.get(values.match);
  if (values.match !== undefined && match === undefined) {
    throw new UsageError(`--match is certain, possible or uncertain, got "${values.match}"`);
  }
  const incidents = dataset.findIncidents({
    ...(values.actor === undefined ? {} : { actor: values.actor }),
    ...(values.place === undefined ? {} : { place: values.place }),
    ...(values.type === undefined ? {} : { type: values.type as never }),
    ...(values.from === undefined ? {} : { from: values.from }),
    ...(values.to === undefined ? {} : { to: values.to }),
    ...(match === undefined ? {} : { match }),
    ...(values.within === undefined ? {} : { within: parseBBox(values.within) }),
    ...datesOption(values),
  });
  const shown = (i: (typeof incidents)[number]) => (values.dates === 'best' ? (dataset.bestDate(i.id)?.date ?? i.date) : i.date);
  return table(incidents, ['id', 'type', 'date', 'place', 'title'], (i) => [i.id, i.type, date(shown(i)), i.place, i.title]);
}

/** `--dates as-reported|best`, as findIncidents and series take it. */
function datesOption(values: Values): { dates?: DatesOption } {
  if (values.dates === undefined) return {};
  knownValues('--dates', values.dates, ['as-reported', 'best']);
  return { dates: values.dates as DatesOption };
}

function queryClaims(values: Values): Result {
  knownId('any', values.about);
  knownId('actor', values.by);
  let claims = values.about !== undefined ? dataset.claimsAbout(values.about) : values.by !== undefined ? dataset.claimsBy(values.by) : [...dataset.claims];
  if (values.by !== undefined) claims = claims.filter((c) => c.claimant === values.by);
  return table(claims, ['id', 'claimant', 'date', 'statement'], (c) => [c.id, c.claimant, date(c.date), c.statement]);
}

function queryRelations(values: Values): Result {
  if (values.actor === undefined) throw new UsageError('query relations needs --actor <id>');
  knownId('actor', values.actor);
  knownValues('--type', values.type, RELATION_TYPES);
  const relations = dataset.relationsOf(values.actor, values.type === undefined ? {} : { type: values.type as never });
  return table(relations, ['id', 'type', 'from', 'to'], (r) => [r.id, r.type, r.from, r.to]);
}

function querySeries(values: Values, rest: string[]): Result {
  const indicator = onlyArgument('series', rest, 'indicator id');
  knownId('indicator', indicator);
  knownId('any', values.subject);
  const observations = dataset.series(indicator, { ...(values.subject === undefined ? {} : { subject: values.subject }), ...datesOption(values) });
  const period = (o: (typeof observations)[number]) => (values.dates === 'best' ? (dataset.bestDate(o.id)?.date ?? o.period) : o.period);
  return table(observations, ['id', 'subject', 'period', 'value', 'derived'], (o) => [
    o.id,
    o.subject,
    date(period(o)),
    quantity(o.value),
    o.derived ? 'yes' : '',
  ]);
}

function queryChecks(values: Values, rest: string[]): Result {
  if (rest.length > 1) throw new UsageError('query checks takes at most one id');
  const about = rest[0];
  knownId('any', about);
  knownValues('--verdict', values.verdict, CHECK_VERDICTS);
  const checks = (about === undefined ? dataset.checks.filter((c) => c.status !== 'withdrawn') : dataset.checksOf(about)).filter(
    (c) => values.verdict === undefined || c.verdict === values.verdict,
  );
  return table(checks, ['id', 'about', 'field', 'verdict', 'value', 'sources'], (c) => [
    c.id,
    c.about,
    c.field,
    c.verdict,
    checkValue(c.value),
    [...new Set(c.citations.map((x) => x.source))].join(', '),
  ]);
}

function queryDisputed(): Result {
  return table(dataset.disputed(), ['about', 'field', 'reported', 'contradicting', 'sources'], (d) => [
    d.about,
    d.field,
    checkValue(d.reported?.value),
    d.contradicting.map((x) => checkValue(x.value)).join('; '),
    [...new Set(d.contradicting.flatMap((x) => x.sources))].join(', '),
  ]);
}

/** Each query by name; `record` prints one record and is handled apart. */
const QUERIES = new Map<string, (values: Values, rest: string[]) => Result>([
  ['actors', queryActors],
  ['places', () => table(dataset.places, ['id', 'kind', 'name', 'parent'], (p) => [p.id, p.kind, p.name, p.parent])],
  ['indicators', () => table(dataset.indicators, ['id', 'name', 'unit'], (i) => [i.id, i.name, i.unit])],
  ['incidents', queryIncidents],
  ['claims', queryClaims],
  [
    'contradictions',
    () =>
      table(dataset.contradictions(), ['topic', 'affirming', 'denying'], (c) => [
        c.topic,
        c.affirming.map((x) => x.claimant).join(', '),
        c.denying.map((x) => x.claimant).join(', '),
      ]),
  ],
  ['relations', queryRelations],
  ['series', querySeries],
  ['checks', queryChecks],
  ['disputed', queryDisputed],
]);

function printResult(result: Result, format: 'table' | 'json', limit: number, io: CliIo): void {
  if (format === 'json') {
    io.stdout.write(`${JSON.stringify(result.json.slice(0, limit), null, 2)}\n`);
    return;
  }
  const rows = result.rows.slice(0, limit);
  io.stdout.write(rows.length === 0 ? 'no results\n' : formatTable(result.header, rows));
}

/**
 * `central-asia-security query`: the bundled dataset's queries from the command line.
 *
 * @example
 * ```ts
 * await runQuery(['actors', '--search', 'isis-k', '--format', 'json'], io); // prints [{ "id": "iskp", … }] => 0
 * ```
 */
export async function runQuery(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseQueryArgs(args);
  if (values.help) {
    io.stdout.write(QUERY_HELP);
    return EXIT.ok;
  }
  const [what, ...rest] = positionals;
  const { format, limit } = commonOptions(values);
  if (what === undefined) throw new UsageError(`query needs what to query: ${QUERY_NAMES.join(', ')}`);
  if (what !== 'series' && what !== 'record' && what !== 'checks' && rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
  if (what === 'record') {
    const id = onlyArgument('record', rest, 'id');
    knownId('any', id);
    io.stdout.write(`${JSON.stringify(dataset.getRecord(id)!.record, null, 2)}\n`);
    return EXIT.ok;
  }
  const query = QUERIES.get(what);
  if (query === undefined) {
    const near = closestId(what, QUERY_NAMES);
    throw new UsageError(`unknown query "${what}"${near ? `; did you mean "${near}"?` : ''}; expected ${QUERY_NAMES.join(', ')}`);
  }
  printResult(query(values, rest), format, limit, io);
  return EXIT.ok;
}
