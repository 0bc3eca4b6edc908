/**
 * `npm run eval` — precision, recall and F1 per kind and language on the fixture corpus
 * (tests/fixtures/corpus), negative hits, and the worst misses, through the same code path as
 * `backstory scan`.   Options: --misses N (default 30), --json, --compare (other libraries, money
 * only), --only WORD (fixtures whose path contains WORD, e.g. --only b2- for the second batch),
 * --reach (issue 8: how many named organisations and people get a card, tests/fixtures/reach;
 * add --heldout for the second set, tests/fixtures/reach-heldout, written after the first, or
 * --dir PATH for another set in the same format, e.g. tests/fixtures/reach-heldout-c).
 */
import { loadBundleFromDisk } from '../lib/facts/load-bundle-node';
import { loadIndexFromDisk } from '../lib/cli/scan-core';
import { evaluate } from '../lib/eval/evaluate';
import { loadCorpus } from '../lib/eval/load-corpus';
import { renderEval } from '../lib/eval/render';

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--reach')) return reach(argv);
  const at = argv.indexOf('--misses');
  const misses = at >= 0 ? Number(argv[at + 1]) : 30;
  const [index, bundle] = [await loadIndexFromDisk(), await loadBundleFromDisk()];
  const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
  const docs = loadCorpus().filter((d) => only === undefined || d.id.includes(only));
  if (docs.length === 0) throw new Error(`no fixture path contains "${only}"`);
  const report = evaluate(index, bundle, docs);
  if (argv.includes('--json')) console.log(JSON.stringify(report));
  else console.log(renderEval(report, Number.isFinite(misses) ? misses : 30));
  if (argv.includes('--compare')) {
    const { runComparison } = await import('../lib/eval/compare');
    console.log('\n' + (await runComparison(docs)));
  }
  return 0;
}

async function reach(argv: string[]): Promise<number> {
  const { loadReachDocs } = await import('../lib/eval/load-reach');
  const { renderReach, scoreReach } = await import('../lib/eval/reach');
  const { scanContent } = await import('../lib/cli/scan-core');
  const [index, bundle] = [await loadIndexFromDisk(), await loadBundleFromDisk()];
  const { REACH_DIR, REACH_HELDOUT_DIR } = await import('../lib/eval/paths');
  const dirArg = argv.includes('--dir') ? argv[argv.indexOf('--dir') + 1] : undefined;
  const docs = loadReachDocs(dirArg ?? (argv.includes('--heldout') ? REACH_HELDOUT_DIR : REACH_DIR)).map((doc) => ({ doc, mentions: scanContent(index, { content: doc.text, html: false, lang: doc.lang }).mentions }));
  const report = scoreReach(bundle, docs);
  const count = (flag: string) => (argv.includes(flag) ? Number(argv[argv.indexOf(flag) + 1]) : undefined);
  const misses = count('--misses') ?? 40;
  console.log(renderReach(report, misses, count('--strays') ?? misses));
  return 0;
}

main(process.argv.slice(2)).then((code) => process.exit(code), (error: unknown) => {
  console.error(`eval: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exit(1);
});
