/**
 * Validation throughput on generated incident records (bench/generate-incidents.mjs), one run:
 *   (a)  our in-process validation, createRecordValidator(IncidentSchema), on parsed records;
 *   (a') the same with JSON.parse of each NDJSON line, single-threaded: the CLI's work in-process;
 *   (b)  ajv (draft 2020-12, ajv-formats) on our published JSON Schema, on the same parsed records;
 *   (c)  the CLI, `central-asia-security validate file.ndjson --kind incident`, on the same
 *        records written to an NDJSON file (about 1 GB at a million), with its peak RSS.
 * One record in every 1,000 is made invalid, so the error path is exercised and reported.
 *
 * (c) runs twice: with the default number of validation workers, then with one, to show what the
 * second core brings.
 *
 * BENCH_RECORDS sets the count (default 1,000,000); BENCH_WORKERS the CLI's --workers.
 * Needs a build first (npm run bench does it).
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { createRecordValidator, IncidentSchema } from '../dist/index.js';
import { generateIncident } from './generate-incidents.mjs';

const N = Number(process.env.BENCH_RECORDS ?? 1_000_000);
const BATCH = 10_000;
const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist/cli.js');

/** The n-th benchmark record: one in a thousand breaks a rule (an unknown type, or dates out of order). */
function record(n) {
  const r = generateIncident(n);
  if (n % 1000 === 999) {
    if (n % 2000 === 1999) r.type = 'riot';
    else r.date = { ...r.date, start: '2030-01-01', precision: 'range' };
  }
  return r;
}

const fmt = (n) => Math.round(n).toLocaleString('en');

function machine() {
  const model = readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  return `${cpus().length} CPUs (nproc), ${model}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory (${(freemem() / 2 ** 30).toFixed(1)} free), Node ${process.version}, ${process.platform}; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} at start`;
}

async function writeNdjson(path) {
  const out = createWriteStream(path);
  for (let n = 0; n < N; n++) {
    if (!out.write(`${JSON.stringify(record(n))}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

function inProcess() {
  const ours = createRecordValidator(IncidentSchema);
  const ajv = new Ajv2020({ allErrors: false, strict: false });
  addFormats(ajv);
  const theirs = ajv.compile(JSON.parse(readFileSync(join(root, 'dist/json-schema/incident.json'), 'utf8')));
  const time = { ours: 0, ajv: 0, parsed: 0 };
  const invalid = { ours: 0, ajv: 0, parsed: 0 };
  // Warm both up on the first batch so neither pays for JIT compilation in the figures.
  for (let n = 0; n < Math.min(N, BATCH); n++) {
    const r = record(n);
    ours(r);
    theirs(r);
  }
  for (let from = 0; from < N; from += BATCH) {
    const records = [];
    for (let n = from; n < Math.min(N, from + BATCH); n++) records.push(record(n));
    const lines = records.map((r) => JSON.stringify(r));
    // Alternate the order per batch so that neither always runs on a warmer cache.
    const runs = [
      [
        'ours',
        () => {
          for (const r of records) if (ours(r).length > 0) invalid.ours++;
        },
      ],
      [
        'ajv',
        () => {
          for (const r of records) if (!theirs(r)) invalid.ajv++;
        },
      ],
      [
        'parsed',
        () => {
          for (const l of lines) if (ours(JSON.parse(l)).length > 0) invalid.parsed++;
        },
      ],
    ];
    if ((from / BATCH) % 2 === 1) runs.reverse();
    for (const [name, run] of runs) {
      const start = process.hrtime.bigint();
      run();
      time[name] += Number(process.hrtime.bigint() - start) / 1e9;
    }
  }
  return { time, invalid };
}

/** Runs the CLI, measuring wall time and peak RSS (GNU time when present, else /proc sampling). */
async function runCli(file, workers = process.env.BENCH_WORKERS) {
  const args = [cli, 'validate', file, '--kind', 'incident', '--format', 'json', '--quiet', ...(workers ? ['--workers', workers] : [])];
  const gnuTime = existsSync('/usr/bin/time');
  const start = process.hrtime.bigint();
  const child = gnuTime ? spawn('/usr/bin/time', ['-v', process.execPath, ...args]) : spawn(process.execPath, args);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
  let sampledKb = 0;
  const sampler = gnuTime
    ? undefined
    : setInterval(() => {
        try {
          const kb = Number(readFileSync(`/proc/${child.pid}/status`, 'utf8').match(/VmRSS:\s*(\d+)/)?.[1] ?? 0);
          sampledKb = Math.max(sampledKb, kb);
        } catch {
          // The process exited between two samples: its last sample stands.
        }
      }, 20);
  const [code] = await once(child, 'exit');
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (sampler) clearInterval(sampler);
  const peakKb = gnuTime ? Number(stderr.match(/Maximum resident set size \(kbytes\): (\d+)/)?.[1] ?? 0) : sampledKb;
  const report = JSON.parse(stdout);
  const cpu = gnuTime
    ? Number(stderr.match(/User time \(seconds\): ([\d.]+)/)?.[1] ?? NaN) + Number(stderr.match(/System time \(seconds\): ([\d.]+)/)?.[1] ?? NaN)
    : NaN;
  return { code, seconds, cpu, peakMb: peakKb / 1024, report, how: gnuTime ? 'GNU time -v, maximum resident set size' : '/proc VmRSS sampled every 20 ms' };
}

/**
 * How many cores this process really gets now: two threads spin for a second; the CPU time
 * they receive over the wall time is about 2 on an idle two-core machine, less when other
 * work holds a core. It explains a CLI run whose second worker brings little.
 */
async function coresAvailable() {
  const spin =
    'const t = Date.now(); let x = 0; while (Date.now() - t < 1000) x += Math.sqrt(x + 1); require("node:worker_threads").parentPort.postMessage(x);';
  const before = process.cpuUsage();
  const start = process.hrtime.bigint();
  await Promise.all([0, 1].map(() => once(new Worker(spin, { eval: true }), 'message')));
  const cpu = process.cpuUsage(before);
  return (cpu.user + cpu.system) / 1e3 / (Number(process.hrtime.bigint() - start) / 1e6);
}

console.log(`machine: ${machine()}`);
console.log(`date: ${new Date().toISOString()}`);
console.log(`records: ${fmt(N)} generated incidents (one in 1,000 invalid)\n`);

const { time, invalid } = inProcess();
const rate = (t) => N / t;
console.log(`(a)  ours, in-process, parsed records:      ${fmt(rate(time.ours))} records/s  (${time.ours.toFixed(2)} s, ${fmt(invalid.ours)} invalid)`);
console.log(`(a') ours, in-process, JSON.parse + check:  ${fmt(rate(time.parsed))} records/s  (${time.parsed.toFixed(2)} s, ${fmt(invalid.parsed)} invalid)`);
console.log(`(b)  ajv on our JSON Schema, parsed records: ${fmt(rate(time.ajv))} records/s  (${time.ajv.toFixed(2)} s, ${fmt(invalid.ajv)} invalid)`);
console.log(`     (a)/(b) = ${(time.ajv / time.ours).toFixed(2)}  (target ≥ 1.0)`);

const dir = mkdtempSync(join(tmpdir(), 'cas-bench-'));
try {
  const file = join(dir, 'incidents.ndjson');
  const genStart = Date.now();
  await writeNdjson(file);
  const bytes = statSync(file).size;
  console.log(
    `\nNDJSON file: ${(bytes / 1e9).toFixed(2)} GB (${(bytes / 2 ** 20).toFixed(0)} MiB), written in ${((Date.now() - genStart) / 1000).toFixed(1)} s`,
  );
  spawnSync('sync');
  console.log(`cores available to two spinning threads just before (c): ${(await coresAvailable()).toFixed(2)}`);
  const cliRun = await runCli(file);
  const { summary } = cliRun.report;
  console.log(
    `(c)  CLI validate: ${fmt(N / cliRun.seconds)} records/s  (${cliRun.seconds.toFixed(2)} s wall, exit ${cliRun.code}, ${fmt(summary.records)} records, ${fmt(summary.invalid)} invalid)`,
  );
  console.log(`     peak RSS: ${cliRun.peakMb.toFixed(0)} MB  (target < 200; ${cliRun.how})`);
  // CPU time does not depend on what else the machine runs, unlike wall time.
  console.log(
    `     CPU: ${cliRun.cpu.toFixed(2)} s user+sys over all threads = ${((cliRun.cpu / N) * 1e6).toFixed(2)} µs a record (in-process: (a) ${((time.ours / N) * 1e6).toFixed(2)}, (a') ${((time.parsed / N) * 1e6).toFixed(2)} µs a record)`,
  );
  console.log(`     (c)/(a)  = ${(N / cliRun.seconds / rate(time.ours)).toFixed(2)}  (target ≥ 0.8)`);
  console.log(`     (c)/(a') = ${(N / cliRun.seconds / rate(time.parsed)).toFixed(2)}`);
  if (summary.records !== N || summary.invalid !== invalid.ours) throw new Error(`the CLI disagrees with in-process validation: ${JSON.stringify(summary)}`);
  const single = await runCli(file, '1');
  console.log(
    `(c1) CLI validate --workers 1: ${fmt(N / single.seconds)} records/s  (${single.seconds.toFixed(2)} s wall, ${single.cpu.toFixed(2)} s CPU), peak RSS ${single.peakMb.toFixed(0)} MB`,
  );
  console.log(
    `load average at the end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
