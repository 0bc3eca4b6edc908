/**
 * `web-ext lint` on the Firefox build: zero errors required. Warnings are printed and each must
 * be explained in docs/permissions.md ("web-ext lint warnings"); an unexplained one fails.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

interface LintMessage { code: string; message: string; file?: string }
interface LintReport { summary: { errors: number; warnings: number; notices: number }; errors: LintMessage[]; warnings: LintMessage[] }

const result = spawnSync('npx', ['web-ext', 'lint', '--source-dir', `${process.env.BACKSTORY_OUT_DIR ?? '.output'}/firefox-mv2`, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const report = JSON.parse(result.stdout) as LintReport;
const explained = readFileSync('docs/permissions.md', 'utf8');
for (const e of report.errors) console.error(`error   ${e.code}: ${e.message} (${e.file ?? ''})`);
const unexplained = report.warnings.filter((w) => !explained.includes(w.code));
for (const w of report.warnings) console.log(`warning ${w.code}: ${w.message} (${w.file ?? ''})${unexplained.includes(w) ? '  ← not explained in docs/permissions.md' : ''}`);
console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings (${report.summary.warnings - unexplained.length} explained), ${report.summary.notices} notices`);
process.exit(report.summary.errors === 0 && unexplained.length === 0 ? 0 : 1);
