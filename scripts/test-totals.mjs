// Prints one line of totals, "N passed, N failed", from the JSON reports the test runners wrote.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'test-results';
let passed = 0;
let failed = 0;
let reports = 0;
let entries = [];
try {
  entries = readdirSync(dir).filter((name) => name.endsWith('.json'));
} catch {
  // No report folder means no test ran: the totals below say so.
}
for (const name of entries) {
  const report = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  if (typeof report.numPassedTests !== 'number') continue;
  reports += 1;
  passed += report.numPassedTests;
  failed += report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
}
if (reports === 0) failed += 1;
console.log(`${passed} passed, ${failed} failed`);
