/**
 * A database as ROWS_FORMAT 5 left it (before the buckets were stored as JSON text): entity buckets
 * `{id, rows: {id: EntityRow}}`, key buckets `{id, keys}`, source buckets `{id, sources}`, all
 * objects. Written directly, with the same bundle version, to check that an update reseeds it.
 */
import type { FactsDb } from '../../../lib/facts/db';
import { entityBucketId } from '../../../lib/facts/entity-buckets';
import { keyBuckets } from '../../../lib/facts/key-buckets';
import { entityRow } from '../../../lib/facts/rows';
import { bundleCounts } from '../../../lib/facts/counts';
import { groupInBuckets, sourceBucketId } from '../../../lib/facts/source-buckets';
import type { FactBundle } from '../../../lib/facts/schema';

export async function writeRowsFormat5(db: FactsDb, bundle: FactBundle): Promise<void> {
  const rows = bundle.entities.map((entity) => entityRow(entity));
  const tx = db.transaction(['entities', 'keyBuckets', 'sources', 'meta'], 'readwrite');
  // The stores' value types are the current ones; these records are the old shapes on purpose.
  const put = (store: 'entities' | 'keyBuckets' | 'sources', record: object) => tx.objectStore(store).put(record as never);
  for (const bucket of groupInBuckets(rows, entityBucketId, 'rows')) await put('entities', bucket);
  for (const bucket of keyBuckets(rows)) await put('keyBuckets', bucket);
  for (const bucket of groupInBuckets(bundle.sources, sourceBucketId, 'sources')) await put('sources', bucket);
  await tx.objectStore('meta').put({ key: 'bundle', version: bundle.version, dataDate: bundle.dataDate, seededAt: '2026-11-30T12:00:00Z', lastSeedMs: 1, rowsFormat: 5, fxSource: bundle.fx.source, counts: bundleCounts(bundle) });
  await tx.done;
}
