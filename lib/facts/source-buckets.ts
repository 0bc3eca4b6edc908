/**
 * Sources are stored in SOURCE_BUCKETS records keyed by a hash of the source id, not one record
 * each: seeding writes ~64 records instead of ~1,000 (each IndexedDB put has a fixed cost, see
 * docs/data-store.md), and a card's sources are a few bucket reads.
 */
import type { Source } from './schema';

export const SOURCE_BUCKETS = 64;

export interface SourceBucket {
  /** "bucket:NN". */
  id: string;
  sources: Record<string, Source>;
}

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

export function sourceBuckets(sources: readonly Source[]): SourceBucket[] {
  const buckets = new Map<string, SourceBucket>();
  for (const source of sources) {
    const id = sourceBucketId(source.id);
    let bucket = buckets.get(id);
    if (!bucket) buckets.set(id, (bucket = { id, sources: {} }));
    bucket.sources[source.id] = source;
  }
  return [...buckets.values()];
}
