/**
 * `npm run eval` — precision, recall and F1 per kind and language on the fixture corpus
 * (tests/fixtures/corpus), negative hits, and the worst misses, through the same code path as
 * `backstory scan`.   Options: --misses N (default 30), --json, --compare (other libraries, money only).
 */
import { loadBundleFromDisk } from '../lib/facts/load-bundle-node';
import { loadIndexFromDisk } from '../lib/cli/scan-core';
import { evaluate } from '../lib/eval/evaluate';
import { renderEval } from '../lib/eval/render';

async function main(argv: string[]): Promise<number> {
  const at = argv.indexOf('--misses');
  const misses = at >= 0 ? Number(argv[at + 1]) : 30;
  const [index, bundle] = [await loadIndexFromDisk(), await loadBundleFromDisk()];
  const report = evaluate(index, bundle);
  if (argv.includes('--json')) console.log(JSON.stringify(report));
  else console.log(renderEval(report, Number.isFinite(misses) ? misses : 30));
  if (argv.includes('--compare')) {
    const { runComparison } = await import('../lib/eval/compare');
    console.log('\n' + (await runComparison()));
  }
  return 0;
}

main(process.argv.slice(2)).then((code) => process.exit(code), (error: unknown) => {
  console.error(`eval: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exit(1);
});
