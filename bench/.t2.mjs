import { createRecordValidator, IncidentSchema } from '../dist/index.js';
import { generateIncident } from './generate-incidents.mjs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
const v = createRecordValidator(IncidentSchema);
const ajv = new Ajv2020({ strict: false }); addFormats(ajv);
const a = ajv.compile(JSON.parse(readFileSync('dist/json-schema/incident.json', 'utf8')));
const recs = Array.from({ length: 50000 }, (_, i) => generateIncident(i));
for (let k = 0; k < 6; k++) {
  let t = performance.now(); for (const r of recs) v(r); const x = performance.now() - t;
  t = performance.now(); for (const r of recs) a(r); const y = performance.now() - t;
  console.log('ours', Math.round(50000 / x * 1000), 'ajv', Math.round(50000 / y * 1000), 'ratio', (y / x).toFixed(2));
}
