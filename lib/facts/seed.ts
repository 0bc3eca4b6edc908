/**
 * Seeding the bundled stores from the shipped bundle (SeedData, seed-data.ts): ONE readwrite
 * transaction over every bundled store (clear, then put everything, then the version stamp), so a reader sees either the old
 * bundle or the new one, never a mix. An abort at any point (a failing put, a progress callback
 * that throws, a closed worker) leaves the previous bundle intact. User stores are not touched.
 * Entity rows, their lookup keys and the sources go into hashed bucket records: each put has a
 * fixed cost, and ~1,400 puts seed 7,300 entities where one per row took over a second. The buckets
 * are JSON the build serialised and deflated (bucket-text.ts): cloning them is a copy of bytes, not
 * of objects, and a third of the text's size.
 */
import { unwrap, wrap } from 'idb';
import { BUNDLED_STORES, type BundleMeta, type FactsDb } from './db';
import { createRateBook, fxRowsFromTable, fxYears } from './fx';
import { dealRow } from './rows';
import { seedDataOf, type SeedData } from './seed-data';
import type { FactBundle } from './schema';


export interface SeedProgress {
  done: number;
  total: number;
}

export interface SeedOptions {
  /** Called every SEED_PROGRESS_EVERY records and at the end; throwing aborts the seed. */
  onProgress?: (progress: SeedProgress) => void;
  builtAt?: string;
}

/**
 * Version of the stored row shapes (index keys, FX records). The bundle version changes only with
 * the data; bump this when the code changes how rows are built, so an update reseeds.
 */
export const ROWS_FORMAT = 7; // 4: entity rows carry relTargets (issue #8); 5: entity rows and their keys in buckets; 6: buckets stored as JSON text; 7: buckets deflated

/** Records written between two progress callbacks (and awaits). A record is a bucket of ~17 entities
 *  or ~450 keys, so a full seed is ~1,500 records: progress moves about six times. */
export const SEED_PROGRESS_EVERY = 250;

export async function readBundleMeta(db: FactsDb): Promise<BundleMeta | undefined> {
  return db.get('meta', 'bundle');
}

/** True when the stored bundle is missing, not `version`, or written by older row-building code. */
export async function needsSeed(db: FactsDb, version: string): Promise<boolean> {
  const meta = await readBundleMeta(db);
  return meta?.version !== version || meta.rowsFormat !== ROWS_FORMAT;
}

/** Seeds a bundle held in memory as objects (tests, benches, the Node tools): its buckets are made here. */
export async function seedBundle(db: FactsDb, bundle: FactBundle, options: SeedOptions = {}): Promise<BundleMeta> {
  return seedData(db, seedDataOf(bundle), options);
}

/** Seeds the shipped bundle as read (bundle-parts.ts's readSeedData): its buckets are stored as they are. */
export async function seedData(db: FactsDb, bundle: SeedData, options: SeedOptions = {}): Promise<BundleMeta> {
  const started = performance.now();
  const fxRows = fxRowsFromTable(bundle.fx);
  const book = createRateBook(fxRows, bundle.fx.source);
  const dealRows = bundle.deals.map((deal) => dealRow(deal, book));
  const fxRecords = fxYears(fxRows);
  const prepared = performance.now();
  const total = bundle.entityBuckets.length + bundle.keyBuckets.length + dealRows.length + bundle.sourceBuckets.length + bundle.currencies.length + fxRecords.length + 1;

  // Relaxed durability: the bundled stores are a cache of the shipped bundle. Atomicity is kept
  // (all or nothing); only the flush to disk is not awaited, and a lost write just means a reseed.
  const tx = db.transaction(BUNDLED_STORES, 'readwrite', { durability: 'relaxed' });
  // Keep an abort (ours or the browser's) from surfacing as an unhandled rejection.
  const done = tx.done.catch((error: unknown) => {
    throw error ?? new Error('Seeding the fact database was aborted');
  });
  let written = 0;
  // Puts are queued without awaiting each one; every SEED_PROGRESS_EVERY records we wait for the
  // latest (requests complete in order) and report progress.
  // Raw IDBRequests (no promise per record): a failed put aborts the transaction, which `done` reports.
  const writeAll = async (name: (typeof BUNDLED_STORES)[number], items: readonly unknown[]): Promise<void> => {
    const store = unwrap(tx.objectStore(name));
    for (const item of items) {
      const request = store.put(item);
      written++;
      if (written % SEED_PROGRESS_EVERY !== 0) continue;
      await wrap(request);
      options.onProgress?.({ done: written, total });
    }
  };
  const meta: BundleMeta = {
    key: 'bundle',
    version: bundle.version,
    dataDate: bundle.dataDate,
    seededAt: new Date().toISOString(),
    lastSeedMs: 0,
    rowsFormat: ROWS_FORMAT,
    fxSource: bundle.fx.source,
    counts: bundle.counts,
  };
  if (options.builtAt) meta.builtAt = options.builtAt;
  try {
    await Promise.all(BUNDLED_STORES.map((name) => tx.objectStore(name).clear()));
    await writeAll('entities', bundle.entityBuckets);
    await writeAll('keyBuckets', bundle.keyBuckets);
    await writeAll('deals', dealRows);
    await writeAll('sources', bundle.sourceBuckets);
    await writeAll('currencies', bundle.currencies);
    await writeAll('fx', fxRecords);
    // The version stamp goes in the same transaction: it is written exactly when the data is.
    // Its durations exclude the commit, which the small write after the commit adds.
    const wrote = performance.now();
    meta.lastSeedMs = Math.round(wrote - started);
    meta.seedPhases = { prepareMs: Math.round(prepared - started), writeMs: Math.round(wrote - prepared), commitMs: 0 };
    await tx.objectStore('meta').put(meta);
    written++;
    options.onProgress?.({ done: written, total });
    await done;
    const finished = performance.now();
    meta.lastSeedMs = Math.round(finished - started);
    meta.seedPhases.commitMs = Math.round(finished - wrote);
    await db.put('meta', meta);
    return meta;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    await done.catch(() => undefined);
    throw error;
  }
}
