import { createRecordValidator, IncidentSchema } from '../dist/index.js';
import { generateIncident } from './generate-incidents.mjs';
const v = createRecordValidator(IncidentSchema);
const recs = Array.from({ length: 50000 }, (_, i) => generateIncident(i));
const lines = recs.map((r) => JSON.stringify(r));
for (let k = 0; k < 4; k++) {
  let t = performance.now(); for (const r of recs) v(r); const a = performance.now() - t;
  t = performance.now(); const parsed = lines.map((l) => JSON.parse(l)); const b = performance.now() - t;
  t = performance.now(); for (const r of parsed) v(r); const c = performance.now() - t;
  console.log('validate gen', Math.round(50000 / a * 1000), 'parse', Math.round(50000 / b * 1000), 'validate parsed', Math.round(50000 / c * 1000));
}
