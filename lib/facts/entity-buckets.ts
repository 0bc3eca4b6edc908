/**
 * Bundled entity rows are stored ENTITY_BUCKETS to a record, keyed by a hash of the entity id, as
 * the sources are (source-buckets.ts). Each IndexedDB put has a fixed cost that 7,300 one-row puts
 * turned into a seed slower than 1 s (docs/data-store.md); 1,024 bucket puts cost a fraction of it.
 * A lookup by id reads one bucket (~7 rows, ~12 KB). Pack entities stay one row per record.
 */
import type { EntityRow } from './db';
import { fnv1a, groupInBuckets } from './source-buckets';

export const ENTITY_BUCKETS = 1024;

export interface EntityBucket {
  /** "e:NN". */
  id: string;
  rows: Record<string, EntityRow>;
}

export function entityBucketId(entityId: string): string {
  return `e:${fnv1a(entityId) % ENTITY_BUCKETS}`;
}

export function entityBuckets(rows: readonly EntityRow[]): EntityBucket[] {
  return groupInBuckets(rows, entityBucketId, 'rows');
}
