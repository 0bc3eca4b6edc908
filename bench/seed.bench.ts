/**
 * Store benchmark (fake-indexeddb in Node): full seeding of the real bundle from its shipped bucket
 * parts (as the background seeds it), warm lookups by id,
 * alias and amount. Real-Chromium seeding is measured by the e2e run through getStatus
 * (`lastSeedMs`, `worker.readyMs`). Run: `npx tsx bench/seed.bench.ts` or via scripts/bench.ts.
 */
import 'fake-indexeddb/auto';
import { fileURLToPath } from 'node:url';
import { openFactsDb, type FactsDb } from '../lib/facts/db';
import { entityDetails } from '../lib/facts/details';
import { loadBundleFromDisk, ensureFactsBuilt, partFile } from '../lib/facts/load-bundle-node';
import { partsNamedBy, readSeedData } from '../lib/facts/bundle-parts';
import { dealsNearAmount, findByAlias, fxRateAt, getEntity, loadRateBook } from '../lib/facts/query';
import { seedData } from '../lib/facts/seed';

const SEED_RUNS = 3;
const LOOKUPS = 2000;
const QUERIES = 300;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timeEach(count: number, fn: (i: number) => Promise<unknown>): Promise<number> {
  for (let i = 0; i < Math.min(50, count); i++) await fn(i); // warm up
  const start = performance.now();
  for (let i = 0; i < count; i++) await fn(i);
  return (performance.now() - start) / count;
}

let dbCounter = 0;
async function freshDb(): Promise<FactsDb> {
  return openFactsDb(`bench-${process.pid}-${dbCounter++}`);
}

export async function run(): Promise<void> {
  const outDir = await ensureFactsBuilt();
  // The head and its bucket parts, as the background reads them: the head parsed, the parts cut into packed buckets.
  // Read into memory first (as the Node loader reads them), so the timing below excludes the disk.
  const read = partFile(outDir, 'fact bundle');
  const head = (await read('bundle.json')) as string;
  const files = new Map(await Promise.all(['bundle.json', ...partsNamedBy(JSON.parse(head))].map(async (f) => [f, await read(f)] as const)));
  const parseStart = performance.now();
  const data = await readSeedData(async (name) => files.get(name)!);
  const parseMs = performance.now() - parseStart;
  const bundle = await loadBundleFromDisk();

  const seedMs: number[] = [];
  let db: FactsDb | undefined;
  for (let i = 0; i < SEED_RUNS; i++) {
    db?.close();
    db = await freshDb();
    const start = performance.now();
    await seedData(db, data);
    seedMs.push(performance.now() - start);
  }
  const reseedStart = performance.now();
  await seedData(db!, { ...data, version: `${data.version}-again` });
  const reseedMs = performance.now() - reseedStart;

  const ids = bundle.entities.map((e) => e.id);
  const names = bundle.entities.map((e) => e.name);
  const amounts = bundle.deals.filter((d) => d.amount).map((d) => d.amount!);
  const byId = await timeEach(LOOKUPS, (i) => getEntity(db!, ids[i % ids.length]!));
  const details = await timeEach(QUERIES, (i) => entityDetails(db!, ids[i % ids.length]!, bundle.dataDate));
  const byAlias = await timeEach(QUERIES, (i) => findByAlias(db!, names[i % names.length]!));
  const near = await timeEach(QUERIES, (i) => {
    const money = amounts[i % amounts.length]!;
    return dealsNearAmount(db!, { amount: money.amount, currency: money.currency, tolerance: 0.03 });
  });
  const book = await loadRateBook(db!);
  const nearMemory = await timeEach(QUERIES, (i) => {
    const money = amounts[i % amounts.length]!;
    return dealsNearAmount(db!, { amount: money.amount, currency: money.currency, tolerance: 0.03, rates: book });
  });
  const fx = await timeEach(QUERIES, (i) => fxRateAt(db!, 'USD', 'GBP', `20${10 + (i % 15)}-06-15`));
  db!.close();

  const rows: Array<[string, string, string]> = [
    ['bundle', `${bundle.entities.length} entities, ${bundle.deals.length} deals, ${bundle.sources.length} sources, ${bundle.fx.dates.length} FX dates`, `${([...files.values()].reduce((n, t) => n + t.length, 0) / 1e6).toFixed(2)} MB in ${files.size} files`],
    ['read of the shipped bundle (head parsed, bucket parts cut into packed buckets)', `${parseMs.toFixed(1)} ms`, 'readSeedData'],
    [`full seed into an empty DB (median of ${SEED_RUNS})`, `${median(seedMs).toFixed(0)} ms`, 'target < 1 s in Chromium (e2e)'],
    ['re-seed over an existing bundle (new version)', `${reseedMs.toFixed(0)} ms`, 'clear + write the buckets, one transaction'],
    ['warm lookup by id', `${(byId * 1000).toFixed(0)} µs`, 'target < 1 ms'],
    ['lookupEntity details (entity + deals + sources + related)', `${(details * 1000).toFixed(0)} µs`, ''],
    ['lookup by alias (normalised)', `${(byAlias * 1000).toFixed(0)} µs`, ''],
    ['deals near an amount (±3 %, FX to EUR from IndexedDB)', `${(near * 1000).toFixed(0)} µs`, ''],
    ['deals near an amount (±3 %, FX in memory)', `${(nearMemory * 1000).toFixed(0)} µs`, 'with a cached RateBook'],
    ['FX rate at a date (cross rate)', `${(fx * 1000).toFixed(0)} µs`, ''],
  ];
  console.log('\nStore (fake-indexeddb, Node ' + process.version + ')\n');
  console.log('| measure | value | note |\n|---|---|---|');
  for (const [a, b, c] of rows) console.log(`| ${a} | ${b} | ${c} |`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
