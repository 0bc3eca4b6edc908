/**
 * Sources are stored in SOURCE_BUCKETS records keyed by a hash of the source id, not one record
 * each, as text (bucket-text.ts): seeding writes ~64 records instead of ~17,000 (each IndexedDB put has a fixed cost, see
 * docs/data-store.md), and a card's sources are a few bucket reads.
 */
import { packedBucket, type PackedBucket } from './bucket-text';
import type { Source } from './schema';

export const SOURCE_BUCKETS = 64;
export const SOURCE_BUCKET_ID = /^bucket:\d+$/;

/** FNV-1a over UTF-16 units: stable across runs and engines. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function sourceBucketId(sourceId: string): string {
  return `bucket:${fnv1a(sourceId) % SOURCE_BUCKETS}`;
}

/** Items grouped into records by `bucketOf(id)`: `{id, [field]: {itemId: item}}`. */
export function groupInBuckets<T extends { id: string }, F extends string>(items: readonly T[], bucketOf: (id: string) => string, field: F): Array<{ id: string } & Record<F, Record<string, T>>> {
  const buckets = new Map<string, { id: string } & Record<F, Record<string, T>>>();
  for (const item of items) {
    const id = bucketOf(item.id);
    let bucket = buckets.get(id);
    if (!bucket) buckets.set(id, (bucket = { id, [field]: {} } as { id: string } & Record<F, Record<string, T>>));
    (bucket[field] as Record<string, T>)[item.id] = item;
  }
  return [...buckets.values()];
}

/** Text buckets (bucket-text.ts) of source id -> Source. */
export function sourceBuckets(sources: readonly Source[]): PackedBucket[] {
  return groupInBuckets(sources, sourceBucketId, 'sources').map((bucket) => packedBucket(bucket.id, bucket.sources));
}
