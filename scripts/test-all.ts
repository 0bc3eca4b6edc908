/**
 * `npm test`: everything CI checks, in order — type-check, fact build, unit/property/corpus/data
 * tests (vitest), then end-to-end tests in real Chromium and Firefox (which build the extension).
 * Every step runs even when an earlier one failed, so one run shows every problem; the exit code
 * is non-zero when any step failed. Ends with a single "N passed, N failed" line over all tests.
 */
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './lib/run';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  testResults?: Array<{
    name: string;
    status?: string;
    message?: string;
    assertionResults?: Array<{ fullName: string; status: string; failureMessages?: string[] }>;
  }>;
}

const reports = mkdtempSync(join(tmpdir(), 'backstory-test-'));

/** One line per failed test (file, name, first line of its error), so the summary at the end of a
 *  long CI log says what failed even when only its tail is kept. */
function failures(report: VitestJson, root: string): string[] {
  const lines: string[] = [];
  for (const file of report.testResults ?? []) {
    const where = file.name.startsWith(root) ? file.name.slice(root.length + 1) : file.name;
    const failed = (file.assertionResults ?? []).filter((a) => a.status === 'failed');
    for (const a of failed) lines.push(`  ✗ ${where} › ${a.fullName}: ${firstLine(a.failureMessages?.[0])}`);
    // A file can fail with no failed test (a beforeAll timing out, an import error).
    if (failed.length === 0 && file.status === 'failed') lines.push(`  ✗ ${where}: ${firstLine(file.message)}`);
  }
  return lines;
}

const firstLine = (text = '') => (text.split('\n').find((l) => l.trim()) ?? '').trim().slice(0, 300);

function counts(file: string): VitestJson {
  if (!existsSync(file)) return { numPassedTests: 0, numFailedTests: 1, numPendingTests: 0 };
  return JSON.parse(readFileSync(file, 'utf8')) as VitestJson;
}

async function main(): Promise<number> {
  const steps: Array<{ name: string; code: number }> = [];
  const step = async (name: string, command: string, args: string[]) => {
    console.log(`\n━━ ${name} ━━`);
    const started = Date.now();
    const code = await run(command, args);
    console.log(`━━ ${name}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    steps.push({ name, code });
  };
  const unitJson = join(reports, 'unit.json');
  const e2eJson = join(reports, 'e2e.json');
  await step('type-check', 'npx', ['tsc', '--noEmit']);
  await step('fact build', 'npm', ['run', '--silent', 'facts']);
  await step('unit, property, corpus and data tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`]);
  await step('end-to-end tests (Chromium, Firefox)', 'npx', ['tsx', 'scripts/run-e2e.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${e2eJson}`]);
  await step('web-ext lint (Firefox build)', 'npx', ['tsx', 'scripts/lint-firefox.ts']);
  const unit = counts(unitJson);
  const e2e = counts(e2eJson);
  const failedSteps = steps.filter((s) => s.code !== 0);
  console.log('\n━━ summary ━━');
  for (const s of steps) console.log(`${s.code === 0 ? 'ok    ' : 'FAILED'} ${s.name}`);
  const passed = unit.numPassedTests + e2e.numPassedTests;
  const failed = unit.numFailedTests + e2e.numFailedTests + failedSteps.filter((s) => !s.name.includes('tests')).length;
  const skipped = unit.numPendingTests + e2e.numPendingTests;
  for (const line of [...failures(unit, process.cwd()), ...failures(e2e, process.cwd())]) console.log(line);
  console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
  return failedSteps.length === 0 ? 0 : 1;
}

main().then((code) => process.exit(code));
