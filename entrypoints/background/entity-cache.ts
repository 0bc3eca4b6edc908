/**
 * lookupEntity answers from memory once warm (the target is < 1 ms per hover; an IndexedDB
 * round trip with its sources and deals costs more). The cache only holds copies of stored
 * data, is dropped whenever the data changes, and starts empty after a worker restart.
 */
import { entityDetails } from '../../lib/facts/details';
import type { FactsDb } from '../../lib/facts/db';
import { readBundleMeta } from '../../lib/facts/seed';
import type { EntityDetails } from '../../lib/messaging/protocol';
import { onDataChanged } from './store';

/** Entities kept (a long article names a few dozen; cards are ~5-20 kB each). */
const MAX_CACHED_ENTITIES = 300;
const cache = new Map<string, EntityDetails | null>();
let dataDate: Promise<string> | undefined;
onDataChanged(() => {
  cache.clear();
  dataDate = undefined;
});

export async function lookupEntityCached(db: FactsDb, id: string): Promise<EntityDetails | null> {
  const hit = cache.get(id);
  if (hit !== undefined) {
    // Refresh its place in the LRU order.
    cache.delete(id);
    cache.set(id, hit);
    return hit;
  }
  dataDate ??= readBundleMeta(db).then((meta) => meta?.dataDate ?? '');
  const details = await entityDetails(db, id, await dataDate);
  cache.set(id, details);
  if (cache.size > MAX_CACHED_ENTITIES) cache.delete(cache.keys().next().value!);
  return details;
}
