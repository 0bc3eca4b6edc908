/**
 * The lookup keys of the bundled entities (alias, ticker, relation target, and the ids
 * themselves), stored in KEY_BUCKETS records per kind keyed by a hash of the key: the entity rows
 * live in buckets (entity-buckets.ts), which IndexedDB cannot index, and at most 256 bucket records
 * cost a seed little. A lookup is one key-bucket read (stored as text, bucket-text.ts: ~450 keys
 * parsed) plus the entity buckets it names. Pack entities keep their indexes: packs are small and
 * written one at a time.
 */
import { packedBucket, type PackedBucket } from './bucket-text';
import { fnv1a } from './source-buckets';

export const KEY_BUCKETS = 64;
export const KEY_BUCKET_ID = /^(alias|ticker|rel|id):\d+$/;

/** alias and ticker: normalised keys; rel: ids an owner/parent/manager fact points at; id: the entity's own id. */
export type KeyKind = 'alias' | 'ticker' | 'rel' | 'id';

export interface KeyBucket {
  /** "alias:NN", "ticker:NN", "rel:NN" or "id:NN". */
  id: string;
  /** Normalised key -> ids of the entities that carry it. */
  keys: Record<string, string[]>;
}

export function keyBucketId(kind: KeyKind, key: string): string {
  return `${kind}:${fnv1a(key) % KEY_BUCKETS}`;
}

/** Key buckets as stored and shipped: text records (bucket-text.ts), built once by the fact build. */
export function keyPackedBuckets(rows: Parameters<typeof keyBuckets>[0]): PackedBucket[] {
  return keyBuckets(rows).map((bucket) => packedBucket(bucket.id, bucket.keys));
}

/** Buckets for the alias, ticker, relation-target and id keys of these rows. */
export function keyBuckets(rows: readonly { id: string; aliasKeys: readonly string[]; tickers: readonly string[]; relTargets?: readonly string[] }[]): KeyBucket[] {
  const buckets = new Map<string, KeyBucket>();
  const add = (kind: KeyKind, key: string, id: string) => {
    const bucketId = keyBucketId(kind, key);
    let bucket = buckets.get(bucketId);
    if (!bucket) buckets.set(bucketId, (bucket = { id: bucketId, keys: {} }));
    const ids = (bucket.keys[key] ??= []);
    if (!ids.includes(id)) ids.push(id);
  };
  for (const row of rows) {
    for (const key of row.aliasKeys) add('alias', key, row.id);
    for (const key of row.tickers) add('ticker', key, row.id);
    for (const key of row.relTargets ?? []) add('rel', key, row.id);
    add('id', row.id, row.id);
  }
  return [...buckets.values()];
}
