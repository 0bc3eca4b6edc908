/**
 * npm run facts: compiles data/ into public/facts/{bundle,match-index,search-index,meta}.json, with
 * the bundle's bucket parts (bundle-entities-N.bin, bundle-keys-N.bin, bundle-sources-N.bin, see
 * lib/facts/bundle-parts.ts), the match index's parts (match-index-N.json, see
 * lib/match/index-parts.ts) and the search index's stored-field and term parts
 * (search-stored-N.json, search-terms-N.json).
 *   tsx scripts/build-facts.ts [--out <dir>] [--data <dir>] [--credits]
 * --credits also rewrites data/CREDITS.md from the compiled credits.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { creditsMarkdown } from '../lib/facts/build/credits';
import { DATA_DIR, OUT_DIR } from '../lib/facts/build/paths';
import { buildFacts } from '../lib/facts/build/write';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const started = performance.now();
buildFacts(arg('--data') ?? DATA_DIR(), arg('--out') ?? OUT_DIR()).then(
  ({ meta, compiled }) => {
    if (process.argv.includes('--credits')) writeFileSync(join(arg('--data') ?? DATA_DIR(), 'CREDITS.md'), creditsMarkdown(compiled.credits));
    const ms = Math.round(performance.now() - started);
    const c = meta.counts;
    console.log(`facts ${meta.version} (data date ${meta.dataDate}) in ${ms} ms: ${c.companies} companies, ${c.people} people, ${c.deals} deals, ${c.facts} facts, bundle ${meta.sizes.bundleBytes} B (${meta.sizes.bundleGzipBytes} B gzip)`);
  },
  (error: unknown) => {
    console.error(`build-facts: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
