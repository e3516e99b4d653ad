import { parseArgs } from 'node:util';
import { dataset as bundled } from '../../entries/bundled/dataset.js';
import type { Dataset, DatesOption } from '../../dataset/index.js';
import { COLLECTION_OF, RECORD_KINDS, type CheckValue, type FuzzyDate, type Quantity } from '../../schema/index.js';
import type { CliIo } from '../io.js';
import { EXIT } from '../exit-codes.js';
import { UsageError } from '../usage-error.js';
import { closestId } from './closest-id.js';
import { formatTable, type TableCell } from './format-table.js';

/** `query --help`. */
export const QUERY_HELP = `Usage: central-asia-security query <what> [options]

Queries the bundled dataset and prints a table, or JSON with --format json.

  query actors [--search <text>] [--kind <kind>]      actors; search ignores case, accents, dashes
  query incidents [--actor <id>] [--place <id>] [--type <type>] [--from <date>] [--to <date>] [--match overlaps|within]
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

Dates are YYYY-MM-DD. Exit codes: 0 success (also when nothing matches), 2 bad arguments
or an unknown id.
`;

// Ids typed on the command line are plain strings, checked against the data by knownId.
const dataset = bundled as unknown as Dataset;

const date = (d: FuzzyDate | undefined): string => (d === undefined ? '' : d.start === d.end ? d.start : `${d.start}..${d.end}`);
const quantity = (q: Quantity): string => `${q.qualifier === 'exact' ? '' : `${q.qualifier} `}${q.value} ${q.unit}`;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const checkValue = (v: CheckValue | undefined): string =>
  v === undefined ? '' : v.date !== undefined ? date(v.date) : v.quantity !== undefined ? quantity(v.quantity) : (v.record ?? v.text ?? '');

function knownId(kind: 'actor' | 'place' | 'indicator' | 'any', id: string | undefined): void {
  if (id === undefined) return;
  const hit = dataset.getRecord(id);
  if (hit !== undefined && (kind === 'any' || hit.kind === kind)) return;
  const ids = RECORD_KINDS.filter((k) => kind === 'any' || k === kind).flatMap((k) => (dataset[COLLECTION_OF[k]] as readonly { id: string }[]).map((r) => r.id));
  const suggestion = closestId(id, ids);
  throw new UsageError(`unknown ${kind === 'any' ? 'record' : kind} "${id}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`);
}

interface Result {
  header: string[];
  rows: TableCell[][];
  json: unknown[];
}

function table<T>(items: readonly T[], header: string[], row: (item: T) => TableCell[]): Result {
  return { header, rows: items.map(row), json: [...items] };
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
  const { values, positionals } = parseArgs({
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
  if (values.help) {
    io.stdout.write(QUERY_HELP);
    return EXIT.ok;
  }
  const [what, ...rest] = positionals;
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'json') throw new UsageError(`unknown --format "${format}"; expected table or json`);
  const limit = values.limit === undefined ? Infinity : Number(values.limit);
  if (!(limit > 0) || !Number.isInteger(limit) && limit !== Infinity) throw new UsageError(`--limit must be a positive whole number, got "${values.limit}"`);
  for (const bound of [values.from, values.to]) {
    if (bound !== undefined && !DATE.test(bound)) throw new UsageError(`dates are written YYYY-MM-DD, got "${bound}"`);
  }
  const argument = (name: string): string => {
    if (rest.length !== 1) throw new UsageError(`query ${what} takes one ${name}`);
    return rest[0]!;
  };
  if (values.dates !== undefined && values.dates !== 'as-reported' && values.dates !== 'best') throw new UsageError(`--dates is as-reported or best, got "${values.dates}"`);
  const dates = values.dates === undefined ? {} : { dates: values.dates as DatesOption };
  if (what !== 'series' && what !== 'record' && what !== 'checks' && rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);

  let result: Result;
  switch (what) {
    case 'actors': {
      let actors = values.search === undefined ? [...dataset.actors] : dataset.searchActors(values.search);
      if (values.kind !== undefined) actors = actors.filter((a) => a.kind === values.kind);
      result = table(actors, ['id', 'kind', 'name', 'country'], (a) => [a.id, a.kind, a.name, a.country]);
      break;
    }
    case 'incidents': {
      knownId('actor', values.actor);
      knownId('place', values.place);
      if (values.match !== undefined && values.match !== 'overlaps' && values.match !== 'within') throw new UsageError(`--match is overlaps or within, got "${values.match}"`);
      const incidents = dataset.findIncidents({
        ...(values.actor === undefined ? {} : { actor: values.actor }),
        ...(values.place === undefined ? {} : { place: values.place }),
        ...(values.type === undefined ? {} : { type: values.type as never }),
        ...(values.from === undefined ? {} : { from: values.from }),
        ...(values.to === undefined ? {} : { to: values.to }),
        ...(values.match === undefined ? {} : { match: values.match }),
        ...dates,
      });
      const shown = (i: (typeof incidents)[number]) => (values.dates === 'best' ? (dataset.bestDate(i.id)?.date ?? i.date) : i.date);
      result = table(incidents, ['id', 'type', 'date', 'place', 'title'], (i) => [i.id, i.type, date(shown(i)), i.place, i.title]);
      break;
    }
    case 'claims': {
      knownId('any', values.about);
      knownId('actor', values.by);
      let claims = values.about !== undefined ? dataset.claimsAbout(values.about) : values.by !== undefined ? dataset.claimsBy(values.by) : [...dataset.claims];
      if (values.by !== undefined) claims = claims.filter((c) => c.claimant === values.by);
      result = table(claims, ['id', 'claimant', 'date', 'statement'], (c) => [c.id, c.claimant, date(c.date), c.statement]);
      break;
    }
    case 'contradictions': {
      const found = dataset.contradictions();
      result = table(found, ['topic', 'affirming', 'denying'], (c) => [c.topic, c.affirming.map((x) => x.claimant).join(', '), c.denying.map((x) => x.claimant).join(', ')]);
      break;
    }
    case 'relations': {
      if (values.actor === undefined) throw new UsageError('query relations needs --actor <id>');
      knownId('actor', values.actor);
      const relations = dataset.relationsOf(values.actor, values.type === undefined ? {} : { type: values.type as never });
      result = table(relations, ['id', 'type', 'from', 'to'], (r) => [r.id, r.type, r.from, r.to]);
      break;
    }
    case 'series': {
      const indicator = argument('indicator id');
      knownId('indicator', indicator);
      knownId('any', values.subject);
      const observations = dataset.series(indicator, { ...(values.subject === undefined ? {} : { subject: values.subject }), ...dates });
      const period = (o: (typeof observations)[number]) => (values.dates === 'best' ? (dataset.bestDate(o.id)?.date ?? o.period) : o.period);
      result = table(observations, ['id', 'subject', 'period', 'value', 'derived'], (o) => [o.id, o.subject, date(period(o)), quantity(o.value), o.derived ? 'yes' : '']);
      break;
    }
    case 'record': {
      const id = argument('id');
      knownId('any', id);
      const hit = dataset.getRecord(id)!;
      io.stdout.write(`${JSON.stringify(hit.record, null, 2)}\n`);
      return EXIT.ok;
    }
    case 'checks': {
      if (rest.length > 1) throw new UsageError('query checks takes at most one id');
      const about = rest[0];
      knownId('any', about);
      const verdicts = ['confirms', 'refines', 'contradicts', 'unverified'];
      if (values.verdict !== undefined && !verdicts.includes(values.verdict)) throw new UsageError(`--verdict is one of ${verdicts.join(', ')}, got "${values.verdict}"`);
      const checks = (about === undefined ? dataset.checks.filter((c) => c.status !== 'withdrawn') : dataset.checksOf(about)).filter(
        (c) => values.verdict === undefined || c.verdict === values.verdict,
      );
      result = table(checks, ['id', 'about', 'field', 'verdict', 'value', 'sources'], (c) => [
        c.id, c.about, c.field, c.verdict, checkValue(c.value), [...new Set(c.citations.map((x) => x.source))].join(', '),
      ]);
      break;
    }
    case 'disputed': {
      const disputes = dataset.disputed();
      result = table(disputes, ['about', 'field', 'reported', 'contradicting', 'sources'], (d) => [
        d.about, d.field, checkValue(d.reported?.value), d.contradicting.map((s) => checkValue(s.value)).join('; '),
        [...new Set(d.contradicting.flatMap((s) => s.sources))].join(', '),
      ]);
      break;
    }
    case undefined:
      throw new UsageError('query needs what to query: actors, incidents, claims, contradictions, relations, series, record, checks or disputed');
    default:
      throw new UsageError(`unknown query "${what}"; expected actors, incidents, claims, contradictions, relations, series, record, checks or disputed`);
  }
  const rows = result.rows.slice(0, limit);
  if (format === 'json') io.stdout.write(`${JSON.stringify(result.json.slice(0, limit), null, 2)}\n`);
  else io.stdout.write(rows.length === 0 ? 'no results\n' : formatTable(result.header, rows));
  return EXIT.ok;
}
