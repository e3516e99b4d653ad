// Prints the closing line CI reads, "N passed, N failed", from vitest's JSON report. A step that
// failed before or after vitest (build, type check, lint) counts as one more failure.
import { existsSync, readFileSync } from 'node:fs';

const [reportPath, statusText = '0'] = process.argv.slice(2);
const status = Number(statusText);
let passed = 0;
let failed = 0;
if (reportPath && existsSync(reportPath)) {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  passed = report.numPassedTests ?? 0;
  failed = report.numFailedTests ?? 0;
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
