/**
 * What a seed writes: the bundle's small head records (deals, FX, currencies) as objects, and its
 * entities, their lookup keys and its sources as packed buckets (bucket-text.ts). The fact build makes
 * the buckets once and ships them (bundle-parts.ts), so the background's seed stores them as read;
 * `seedDataOf` makes the same from a FactBundle in memory (tests, benches, older layouts).
 */
import type { StoredBucket } from './bucket-text';
import { bundleCounts } from './counts';
import type { BundleMeta } from './db';
import { entityBuckets } from './entity-buckets';
import { keyPackedBuckets } from './key-buckets';
import { entityRow } from './rows';
import type { Entity, FactBundle, Source } from './schema';
import { sourceBuckets } from './source-buckets';

export interface StoreBuckets {
  entityBuckets: StoredBucket[];
  keyBuckets: StoredBucket[];
  sourceBuckets: StoredBucket[];
}

export type SeedData = Omit<FactBundle, 'entities' | 'sources'> & StoreBuckets & { counts: BundleMeta['counts'] };

/** The three kinds of buckets for these entities and sources (the lookup keys come from rows.ts's entityRow). */
export function storeBuckets(entities: readonly Entity[], sources: readonly Source[]): StoreBuckets {
  return {
    entityBuckets: entityBuckets(entities),
    keyBuckets: keyPackedBuckets(entities.map((entity) => entityRow(entity))),
    sourceBuckets: sourceBuckets(sources),
  };
}

export function seedDataOf(bundle: FactBundle): SeedData {
  const { entities, sources, ...head } = bundle;
  return { ...head, ...storeBuckets(entities, sources), counts: bundleCounts(bundle) };
}
