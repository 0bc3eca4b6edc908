/**
 * Bundled entities are stored ENTITY_BUCKETS to a record, keyed by a hash of the entity id, as
 * the sources are (source-buckets.ts). Each IndexedDB put has a fixed cost that 7,300 one-row puts
 * turned into a seed slower than 1 s (docs/data-store.md); 1,024 bucket puts cost a fraction of it.
 * A bucket is a text record (bucket-text.ts) of ~17 entities, ~20 kB: a lookup by id reads and
 * parses one. Only the entity is stored: its lookup keys are in the key buckets (key-buckets.ts).
 * Pack entities stay one row per record.
 */
import { packedBucket, type PackedBucket } from './bucket-text';
import type { Entity } from './schema';
import { fnv1a, groupInBuckets } from './source-buckets';

export const ENTITY_BUCKETS = 1024;
export const ENTITY_BUCKET_ID = /^e:\d+$/;

export function entityBucketId(entityId: string): string {
  return `e:${fnv1a(entityId) % ENTITY_BUCKETS}`;
}

export function entityBuckets(entities: readonly Entity[]): PackedBucket[] {
  return groupInBuckets(entities, entityBucketId, 'rows').map((bucket) => packedBucket(bucket.id, bucket.rows));
}
