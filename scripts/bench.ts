/**
 * `npm run bench`: runs every bench/*.bench.ts module's exported run(), each in its own Node
 * process (benches install globals such as happy-dom or fake-indexeddb and warm the JIT; a fresh
 * process keeps one from skewing or breaking the next). Each prints its own table.
 *   npm run bench -- match pipeline     only the modules whose names contain these words
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const BENCH_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'bench');
/** A bench that takes longer than this is stopped and reported as failed. */
const BENCH_TIMEOUT_MS = 10 * 60_000;

function runOne(file: string): boolean {
  const url = pathToFileURL(join(BENCH_DIR, file)).href;
  const script = `const m = await import(${JSON.stringify(url)});
if (typeof m.run !== 'function') { console.error('exports no run()'); process.exit(3); }
await m.run();`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    stdio: 'inherit',
    timeout: BENCH_TIMEOUT_MS,
  });
  if (child.status === 0) return true;
  console.error(`bench: ${file} failed (${child.error ? child.error.message : `exit ${child.status ?? child.signal}`})`);
  return false;
}

function main(filters: string[]): number {
  const files = readdirSync(BENCH_DIR).filter((f) => f.endsWith('.bench.ts')).sort()
    .filter((f) => filters.length === 0 || filters.some((w) => f.includes(w)));
  if (files.length === 0) {
    console.error(`bench: no bench/*.bench.ts matches ${filters.join(' ')}`);
    return 1;
  }
  const failed = files.filter((f) => !runOne(f));
  console.log(`\nnode ${process.version}, ${process.platform}/${process.arch}; ${files.length - failed.length} of ${files.length} benches ran`);
  return failed.length > 0 ? 1 : 0;
}

process.exit(main(process.argv.slice(2)));
