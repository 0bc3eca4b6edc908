/**
 * Popup search benchmark on the real index (public/facts/search-index.json and its stored-field
 * parts, lib/search/index-parts.ts): load time, the
 * first query after load, and warm per-keystroke times for typed prefixes, typos, nicknames and
 * tickers. Target: every keystroke answered within a frame (16 ms) on the background thread.
 * Run: `npx tsx bench/search.bench.ts` or via scripts/bench.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureFactsBuilt } from '../lib/facts/load-bundle-node';
import { readSearchIndex, SEARCH_INDEX_FILE } from '../lib/search/index-parts';
import { loadSearchIndex, searchEntities } from '../lib/search/query';

/** Queries a reader types, each keystroke of it as the popup sends them. */
const TYPED = ['unicredit', 'unicredt', 'Piazzetta Cuccia', 'NVDA', 'generali', 'Zuckerberg', 'societe generale', 'banca monte dei paschi'];
const ROUNDS = 20;
/** Results the popup asks for. */
const LIMIT = 12;
const FRAME_MS = 16;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

export async function run(): Promise<void> {
  const outDir = await ensureFactsBuilt();
  const texts = new Map<string, string>([[SEARCH_INDEX_FILE, readFileSync(join(outDir, SEARCH_INDEX_FILE), 'utf8')]]);
  const head = JSON.parse(texts.get(SEARCH_INDEX_FILE)!) as { storedFieldParts?: string[]; termParts?: string[] };
  for (const name of [...(head.storedFieldParts ?? []), ...(head.termParts ?? [])]) {
    texts.set(name, readFileSync(join(outDir, name), 'utf8'));
  }
  const bytes = [...texts.values()].reduce((sum, text) => sum + text.length, 0);
  const loadStart = performance.now();
  const index = loadSearchIndex(await readSearchIndex(async (name) => JSON.parse(texts.get(name)!) as unknown));
  const loadMs = performance.now() - loadStart;

  const firstStart = performance.now();
  searchEntities(index, 'unicr', LIMIT);
  const firstMs = performance.now() - firstStart;

  const keystrokes = TYPED.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));
  const times: number[] = [];
  const worst = new Map<string, number>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of keystrokes) {
      const start = performance.now();
      searchEntities(index, q, LIMIT);
      const ms = performance.now() - start;
      times.push(ms);
      worst.set(q, Math.max(worst.get(q) ?? 0, ms));
    }
  }
  const slowest = [...worst].sort((a, b) => b[1] - a[1]).slice(0, 3);
  const withinFrame = times.filter((t) => t <= FRAME_MS).length / times.length;
  const rows: Array<[string, string, string]> = [
    ['index size', `${(bytes / 1024).toFixed(0)} KiB`, `${index.documentCount} entities in ${texts.size} files`],
    ['load (parse + warm-up)', `${loadMs.toFixed(1)} ms`, 'once per worker life'],
    ['first query after load', `${firstMs.toFixed(2)} ms`, '"unicr"'],
    ['keystroke median', `${percentile(times, 50).toFixed(2)} ms`, `${keystrokes.length} keystrokes × ${ROUNDS}`],
    ['keystroke p95', `${percentile(times, 95).toFixed(2)} ms`, ''],
    ['keystroke max', `${Math.max(...times).toFixed(2)} ms`, ''],
    ['slowest keystrokes', slowest.map(([q, ms]) => `"${q}" ${ms.toFixed(1)} ms`).join(', '), 'worst of the rounds'],
    ['within a frame', `${(withinFrame * 100).toFixed(1)} %`, `≤ ${FRAME_MS} ms`],
  ];
  console.log('\nPopup search (MiniSearch, Node ' + process.version + ')\n');
  console.log('| measure | value | note |\n|---|---|---|');
  for (const [a, b, c] of rows) console.log(`| ${a} | ${b} | ${c} |`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
