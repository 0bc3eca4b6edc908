/**
 * `npm run bench`: runs every bench/*.bench.ts module's exported run() in turn (each prints its
 * own table: matcher, figure parser, seeding, search, whole pipeline).
 *   npm run bench -- match pipeline     only the modules whose names contain these words
 */
import { readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const BENCH_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'bench');

async function main(filters: string[]): Promise<number> {
  const files = readdirSync(BENCH_DIR).filter((f) => f.endsWith('.bench.ts')).sort()
    .filter((f) => filters.length === 0 || filters.some((w) => f.includes(w)));
  if (files.length === 0) {
    console.error(`bench: no bench/*.bench.ts matches ${filters.join(' ')}`);
    return 1;
  }
  let failed = 0;
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(BENCH_DIR, file)).href)) as { run?: () => Promise<void> | void };
    if (typeof mod.run !== 'function') {
      console.error(`bench: ${file} exports no run()`);
      failed += 1;
      continue;
    }
    try {
      await mod.run();
    } catch (error) {
      failed += 1;
      console.error(`bench: ${file} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  console.log(`\nnode ${process.version}, ${process.platform}/${process.arch}`);
  return failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => process.exit(code), (error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
