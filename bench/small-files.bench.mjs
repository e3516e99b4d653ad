/**
 * `validate` on small files, and on a 200,000-record NDJSON stream, side by side with ajv in the
 * same run (issue 10, point 24):
 *
 *   small: the bundled incidents and 1,000 generated incidents, each as a JSON array file, and
 *   the 1,000 as NDJSON; medians of interleaved runs of a bare `node -e 0`, our CLI (`validate
 *   file --kind incident --quiet`) and, for the JSON files, ajv-cli (`ajv validate
 *   --spec=draft2020 -c ajv-formats` with our published JSON Schema, the records as an array of
 *   it; ajv-cli reads no NDJSON);
 *
 *   stream: 200,000 generated incidents as NDJSON; our CLI (default threads) against a tiny
 *   ajv stream (read lines, JSON.parse, validate: the fastest a JSON Schema validator can do it
 *   on one thread), wall time and peak RSS (GNU time) of each, medians of interleaved runs.
 *
 * BENCH_RUNS sets the runs per command (default 15 small, 3 stream); BENCH_STREAM_RECORDS the
 * stream's size. Needs a build first (npm run bench does it).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateIncident } from './generate-incidents.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist/cli.js');
const ajvCli = join(root, 'node_modules/ajv-cli/dist/index.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const STREAM_RUNS = Math.max(1, Math.round(RUNS / 5));
const STREAM_RECORDS = Number(process.env.BENCH_STREAM_RECORDS ?? 200_000);
const dir = mkdtempSync(join(tmpdir(), 'cas-small-'));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Runs a command under GNU time; returns wall milliseconds, peak RSS in MB and the exit code. */
function timed(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', 'rss-kib %M', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = Number(/rss-kib (\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1024;
  return { ms, rss, code: result.status, stdout: result.stdout };
}

/** Runs each command `runs` times, interleaved; returns the median wall time and RSS of each. */
function interleaved(commands, runs) {
  const times = Object.fromEntries(Object.keys(commands).map((k) => [k, { ms: [], rss: [], codes: new Set() }]));
  for (let i = 0; i < runs; i++) {
    for (const [name, args] of Object.entries(commands)) {
      const r = timed(args);
      times[name].ms.push(r.ms);
      times[name].rss.push(r.rss);
      times[name].codes.add(r.code);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, { ms: median(v.ms), rss: median(v.rss), codes: [...v.codes] }]));
}

const incidentSchema = JSON.parse(readFileSync(join(root, 'dist/json-schema/incident.json'), 'utf8'));
const { $schema, ...itemSchema } = incidentSchema;
const arraySchema = join(dir, 'incidents-array.schema.json');
writeFileSync(arraySchema, JSON.stringify({ $schema, type: 'array', items: itemSchema }));

const bundled = readFileSync(join(root, 'dist/data/records/incidents.ndjson'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
const thousand = Array.from({ length: 1000 }, (_, n) => generateIncident(n));
// ajv-cli reads JSON files only: the NDJSON and CSV files are timed against `node -e 0` alone.
const files = {
  [`${bundled.length} records`]: { records: bundled, format: 'json' },
  '1,000 records': { records: thousand, format: 'json' },
  '1,000 records (NDJSON)': { records: thousand, format: 'ndjson' },
};

console.log(
  `Machine: ${cpus().length} CPUs, Node ${process.version}; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} at start; ${new Date().toISOString()}`,
);
console.log(`\n### Small files: medians of ${RUNS} interleaved runs (wall ms)\n`);
console.log('| file | node -e 0 | ours | ajv-cli | ours / node -e 0 | ours / ajv-cli |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const [label, { records, format }] of Object.entries(files)) {
  const path = join(dir, `${label.replace(/\W+/g, '-')}.${format}`);
  writeFileSync(path, format === 'json' ? JSON.stringify(records, null, 1) : `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
  const commands = {
    node: [process.execPath, '-e', '0'],
    ours: [process.execPath, cli, 'validate', path, '--kind', 'incident', '--quiet'],
    ...(format === 'json' ? { ajv: [process.execPath, ajvCli, 'validate', '--spec=draft2020', '-c', 'ajv-formats', '-s', arraySchema, '-d', path] } : {}),
  };
  const m = interleaved(commands, RUNS);
  if (m.ours.codes.join() !== '0' || (m.ajv && m.ajv.codes.join() !== '0'))
    throw new Error(`${label}: unexpected exit codes ours ${m.ours.codes.join()} ajv ${m.ajv?.codes.join()}`);
  const ajv = m.ajv ? `${m.ajv.ms.toFixed(0)}` : '—';
  const vsAjv = m.ajv ? (m.ours.ms / m.ajv.ms).toFixed(2) : '—';
  console.log(`| ${label} | ${m.node.ms.toFixed(0)} | ${m.ours.ms.toFixed(0)} | ${ajv} | ${(m.ours.ms / m.node.ms).toFixed(2)} | ${vsAjv} |`);
}

const streamFile = join(dir, 'stream.ndjson');
const out = createWriteStream(streamFile);
for (let n = 0; n < STREAM_RECORDS; n++) if (!out.write(`${JSON.stringify(generateIncident(n))}\n`)) await once(out, 'drain');
out.end();
await once(out, 'finish');
const ajvStream = join(dir, 'ajv-stream.mjs');
writeFileSync(
  ajvStream,
  `import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createRequire } from 'node:module';
const require = createRequire(${JSON.stringify(join(root, 'package.json'))});
const Ajv2020 = require('ajv/dist/2020.js').default;
const addFormats = require('ajv-formats').default;
const ajv = new Ajv2020({ allErrors: false, strict: false });
addFormats(ajv);
const validate = ajv.compile(${JSON.stringify(incidentSchema)});
let invalid = 0;
for await (const line of createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity })) {
  if (line.trim() === '') continue;
  if (!validate(JSON.parse(line))) invalid++;
}
console.log(invalid);
`,
);
const s = interleaved(
  {
    ours: [process.execPath, cli, 'validate', streamFile, '--kind', 'incident', '--quiet', '--format', 'json'],
    ajv: [process.execPath, ajvStream, streamFile],
  },
  STREAM_RUNS,
);
console.log(`\n### ${STREAM_RECORDS.toLocaleString('en')}-record NDJSON stream: medians of ${STREAM_RUNS} interleaved runs\n`);
console.log('| | wall ms | records/s | peak RSS MB |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, r] of Object.entries(s))
  console.log(
    `| ${name === 'ours' ? 'ours (CLI)' : 'ajv stream'} | ${r.ms.toFixed(0)} | ${Math.round((STREAM_RECORDS / r.ms) * 1000).toLocaleString('en')} | ${r.rss.toFixed(0)} |`,
  );
console.log(`\nours / ajv throughput: ${(s.ajv.ms / s.ours.ms).toFixed(2)} (target ≥ 1.0); our peak RSS ${s.ours.rss.toFixed(0)} MB (target ≤ 200)`);
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} at the end`,
);
rmSync(dir, { recursive: true, force: true });
