/**
 * The background's handle on the fact database. Service workers stop at any time, so nothing
 * here is state that cannot be rebuilt: every handler calls `ready()`, which reopens the
 * database and seeds it when the stored bundle version differs from the shipped meta.json.
 * Seeding is single-flight: concurrent callers wait for the same run.
 */
import { browser } from 'wxt/browser';
import { openFactsDb, type FactsDb } from '../../lib/facts/db';
import { needsSeed, seedData } from '../../lib/facts/seed';
import { readStatus } from '../../lib/facts/status';
import type { BackgroundEvent, DbStatus } from '../../lib/messaging/protocol';
import { BUNDLE_FORMAT } from '../../lib/facts/schema';
import { fetchAsset, fetchBytes, fetchText, type BundleMetaFile } from './assets';
import { isBinaryPart, readSeedData } from '../../lib/facts/bundle-parts';

const workerStartedAt = performance.now();
let dbPromise: Promise<FactsDb> | undefined;
let seedPromise: Promise<void> | undefined;
let seeding = false;
let seededThisStart = false;
let readyMs: number | undefined;
let fetchMs: number | undefined;
/** Listeners for "the bundled data changed" (in-memory caches drop their copies). */
const invalidators = new Set<() => void>();

export function onDataChanged(listener: () => void): void {
  invalidators.add(listener);
}

export function dataChanged(): void {
  for (const listener of invalidators) listener();
}

function openDb(): Promise<FactsDb> {
  dbPromise ??= openFactsDb(undefined, () => {
    dbPromise = undefined;
    seedPromise = undefined;
  }).catch((error: unknown) => {
    dbPromise = undefined;
    // Firefox with permanent private browsing (or a disabled storage) refuses IndexedDB: say so.
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`Backstory cannot open its fact database, so cards are unavailable (private browsing or blocked site data?): ${detail}`);
  });
  return dbPromise;
}

export function broadcast(event: BackgroundEvent): void {
  // Nobody may be listening (no popup or options page open): that is fine.
  browser.runtime.sendMessage(event).catch(() => undefined);
}

async function seed(db: FactsDb, force: boolean): Promise<void> {
  const meta = await fetchAsset<BundleMetaFile>('/facts/meta.json');
  if (!force && !(await needsSeed(db, meta.version))) return;
  seeding = true;
  try {
    const fetchStart = performance.now();
    // The head is parsed; the bucket parts stay packed and are stored as they are (bucket-text.ts).
    const bundle = await readSeedData((name) => (isBinaryPart(name) ? fetchBytes : fetchText)(`/facts/${name}`));
    fetchMs = Math.round(performance.now() - fetchStart);
    if (bundle.format !== BUNDLE_FORMAT) throw new Error(`Unsupported fact bundle format ${String(bundle.format)}`);
    await seedData(db, bundle, {
      ...(meta.builtAt ? { builtAt: meta.builtAt } : {}),
      onProgress: (progress) => broadcast({ backstory: 1, event: 'seedProgress', progress: { ...progress, version: bundle.version } }),
    });
    seededThisStart = true;
  } finally {
    seeding = false;
  }
  dataChanged();
  broadcast({ backstory: 1, event: 'seedDone', status: await status(db) });
}

/** The open, seeded database. */
export async function ready(): Promise<FactsDb> {
  const db = await openDb();
  seedPromise ??= seed(db, false).catch((error: unknown) => {
    seedPromise = undefined;
    throw error;
  });
  await seedPromise;
  readyMs ??= Math.round(performance.now() - workerStartedAt);
  return db;
}

/** Re-seed from the shipped bundle even when the version matches (options → "rebuild cache"). */
export async function reseed(): Promise<FactsDb> {
  const db = await openDb();
  await seedPromise?.catch(() => undefined);
  seedPromise = seed(db, true).catch((error: unknown) => {
    seedPromise = undefined;
    throw error;
  });
  await seedPromise;
  return db;
}

export async function status(db: FactsDb): Promise<DbStatus> {
  const out = await readStatus(db, seeding);
  out.worker = { startedAt: Date.now() - Math.round(performance.now() - workerStartedAt), seededThisStart };
  if (readyMs !== undefined) out.worker.readyMs = readyMs;
  if (fetchMs !== undefined) out.worker.fetchMs = fetchMs;
  return out;
}

/**
 * Status for the popup and options. It waits for a running seed, so the version and counts it
 * reports are those of a complete database (pages follow a seed's progress through the
 * `seedProgress` broadcasts); `seeding` is true only if another seed started meanwhile.
 */
export async function currentStatus(): Promise<DbStatus> {
  return status(await ready());
}
