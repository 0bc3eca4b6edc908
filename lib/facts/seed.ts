/**
 * Seeding the bundled stores from a FactBundle: ONE readwrite transaction over every bundled
 * store (clear, then put everything, then the version stamp), so a reader sees either the old
 * bundle or the new one, never a mix. An abort at any point (a failing put, a progress callback
 * that throws, a closed worker) leaves the previous bundle intact. User stores are not touched.
 */
import { BUNDLED_STORES, type BundleMeta, type FactsDb } from './db';
import { createRateBook, fxRowsFromTable } from './fx';
import { dealRow, entityRow } from './rows';
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

/** Records written between two progress callbacks (and awaits, which keep memory flat). */
export const SEED_PROGRESS_EVERY = 1000;

export function bundleCounts(bundle: Pick<FactBundle, 'entities' | 'deals' | 'sources'>): BundleMeta['counts'] {
  let companies = 0;
  let people = 0;
  let organisations = 0;
  let facts = 0;
  for (const entity of bundle.entities) {
    if (entity.kind === 'company') companies++;
    else if (entity.kind === 'person') people++;
    else organisations++;
    facts += entity.facts.length;
  }
  for (const deal of bundle.deals) facts += deal.facts?.length ?? 0;
  return { companies, people, organisations, deals: bundle.deals.length, facts, sources: bundle.sources.length };
}

export async function readBundleMeta(db: FactsDb): Promise<BundleMeta | undefined> {
  return db.get('meta', 'bundle');
}

/** True when the stored bundle is missing or not `version`. */
export async function needsSeed(db: FactsDb, version: string): Promise<boolean> {
  return (await readBundleMeta(db))?.version !== version;
}

export async function seedBundle(db: FactsDb, bundle: FactBundle, options: SeedOptions = {}): Promise<BundleMeta> {
  const started = performance.now();
  const fxRows = fxRowsFromTable(bundle.fx);
  const book = createRateBook(fxRows, bundle.fx.source);
  const entityRows = bundle.entities.map((entity) => entityRow(entity));
  const dealRows = bundle.deals.map((deal) => dealRow(deal, book));
  const total = entityRows.length + dealRows.length + bundle.sources.length + bundle.currencies.length + fxRows.length + 1;

  const tx = db.transaction(BUNDLED_STORES, 'readwrite');
  // Keep an abort (ours or the browser's) from surfacing as an unhandled rejection.
  const done = tx.done.catch((error: unknown) => {
    throw error ?? new Error('Seeding the fact database was aborted');
  });
  let written = 0;
  let last: Promise<unknown> = Promise.resolve();
  const step = async (put: Promise<unknown>) => {
    last = put;
    written++;
    if (written % SEED_PROGRESS_EVERY === 0) {
      await put;
      options.onProgress?.({ done: written, total });
    }
  };
  try {
    await Promise.all(BUNDLED_STORES.map((name) => tx.objectStore(name).clear()));
    for (const row of entityRows) await step(tx.objectStore('entities').put(row));
    for (const row of dealRows) await step(tx.objectStore('deals').put(row));
    for (const source of bundle.sources) await step(tx.objectStore('sources').put(source));
    for (const currency of bundle.currencies) await step(tx.objectStore('currencies').put(currency));
    for (const row of fxRows) await step(tx.objectStore('fx').put(row));
    const meta: BundleMeta = {
      key: 'bundle',
      version: bundle.version,
      dataDate: bundle.dataDate,
      seededAt: new Date().toISOString(),
      lastSeedMs: 0,
      fxSource: bundle.fx.source,
      counts: bundleCounts(bundle),
    };
    if (options.builtAt) meta.builtAt = options.builtAt;
    await step(tx.objectStore('meta').put(meta));
    await last;
    options.onProgress?.({ done: written, total });
    meta.lastSeedMs = Math.round(performance.now() - started);
    // Same transaction: the stamp is written exactly when the data is.
    await tx.objectStore('meta').put(meta);
    await done;
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
