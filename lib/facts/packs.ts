/**
 * A user's own fact packs: import (validated first, then written in ONE transaction), list,
 * export (round-trips byte for byte through import) and remove. Pack records live in their own
 * stores, which bundle seeding never touches.
 */
import type { PackSummary } from '../messaging/protocol';
import type { FactsDb, PackRow } from './db';
import { bucketMap } from './bucket-text';
import { loadRateBook } from './query';
import { PackError, validatePack, type KnownIds } from './pack-validate';
import { dealRow, entityOf, entityRow } from './rows';
import type { Deal, Entity, FactPack } from './schema';

export { MAX_PACK_BYTES, PackError, checkPackSize } from './pack-validate';

interface StoredPackRow extends PackRow {
  /** Record order of the imported file, so export gives the same order back. */
  entityIds?: string[];
  dealIds?: string[];
}

function summary(row: PackRow): PackSummary {
  return { id: row.id, name: row.name, entities: row.entities, deals: row.deals, importedAt: row.importedAt };
}

async function knownIds(db: FactsDb, packId: string): Promise<KnownIds> {
  const tx = db.transaction(['keyBuckets', 'deals', 'packEntities', 'packDeals']);
  const [idBuckets, dealKeys, packEntities, packDeals] = await Promise.all([
    // The bundled ids, from their key buckets ("id:NN"): the entity rows themselves are bucketed.
    tx.objectStore('keyBuckets').getAll(IDBKeyRange.bound('id:', 'id:\uffff')),
    tx.objectStore('deals').getAllKeys(),
    tx.objectStore('packEntities').getAll(),
    tx.objectStore('packDeals').getAll(),
  ]);
  const otherPacks = new Map<string, string>();
  for (const row of [...packEntities, ...packDeals]) if (row.pack && row.pack !== packId) otherPacks.set(row.id, row.pack);
  const entityKeys = idBuckets.flatMap((bucket) => Object.keys(bucketMap(bucket)));
  return { bundledEntities: new Set(entityKeys), bundledDeals: new Set(dealKeys), otherPacks };
}

function peekPackId(input: unknown): string {
  if (typeof input === 'object' && input !== null && typeof (input as { id?: unknown }).id === 'string') return (input as { id: string }).id;
  return '';
}

/**
 * Validate and store a pack. A pack with the id of an installed one replaces it (atomically).
 * `input` is the JSON text (preferred: its size is checked before parsing) or a parsed value.
 */
export async function importPack(db: FactsDb, input: unknown, now: Date = new Date()): Promise<PackSummary> {
  // First pass without the database (cheap, catches most errors), then with the known ids.
  const first = validatePack(input);
  const pack = validatePack(first, await knownIds(db, first.id || peekPackId(input)));
  const book = await loadRateBook(db);
  const row: StoredPackRow = {
    id: pack.id,
    name: pack.name,
    importedAt: now.toISOString(),
    sources: pack.sources,
    entities: pack.entities.length,
    deals: pack.deals.length,
    entityIds: pack.entities.map((e) => e.id),
    dealIds: pack.deals.map((d) => d.id),
  };
  if (pack.description !== undefined) row.description = pack.description;

  const tx = db.transaction(['packs', 'packEntities', 'packDeals'], 'readwrite');
  const done = tx.done;
  try {
    await removeRows(tx.objectStore('packEntities'), tx.objectStore('packDeals'), pack.id);
    await Promise.all([
      tx.objectStore('packs').put(row),
      ...pack.entities.map((entity) => tx.objectStore('packEntities').put(entityRow(entity, pack.id))),
      ...pack.deals.map((deal) => tx.objectStore('packDeals').put(dealRow(deal, book, pack.id))),
    ]);
    await done;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already aborted
    }
    await done.catch(() => undefined);
    throw error instanceof PackError ? error : new PackError(`The fact pack could not be saved; nothing was changed (${String(error)})`);
  }
  return summary(row);
}

type PackStores = {
  index(name: 'pack'): { getAllKeys(query: string): Promise<string[]> };
  delete(key: string): Promise<void>;
};

async function removeRows(entities: PackStores, deals: PackStores, packId: string): Promise<number> {
  const [entityKeys, dealKeys] = await Promise.all([entities.index('pack').getAllKeys(packId), deals.index('pack').getAllKeys(packId)]);
  await Promise.all([...entityKeys.map((k) => entities.delete(k)), ...dealKeys.map((k) => deals.delete(k))]);
  return entityKeys.length + dealKeys.length;
}

export async function listPacks(db: FactsDb): Promise<PackSummary[]> {
  const rows = await db.getAll('packs');
  return rows.map(summary).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

function withoutPackLabel<T extends Entity | Deal>(record: T): T {
  const { pack: _pack, ...rest } = record;
  return rest as T;
}

function inOrder<T extends { id: string }>(rows: T[], ids: string[] | undefined): T[] {
  if (!ids) return rows;
  const at = new Map(ids.map((id, i) => [id, i]));
  return [...rows].sort((a, b) => (at.get(a.id) ?? Infinity) - (at.get(b.id) ?? Infinity));
}

/** The pack as a file the user can keep or share; importing it again gives the same pack. */
export async function exportPack(db: FactsDb, id: string): Promise<FactPack> {
  const tx = db.transaction(['packs', 'packEntities', 'packDeals']);
  const [row, entityRows, dealRows] = await Promise.all([
    tx.objectStore('packs').get(id) as Promise<StoredPackRow | undefined>,
    tx.objectStore('packEntities').index('pack').getAll(id),
    tx.objectStore('packDeals').index('pack').getAll(id),
  ]);
  if (!row) throw new PackError(`There is no fact pack "${id}"`);
  const pack: FactPack = {
    format: 'backstory-fact-pack/1',
    id: row.id,
    name: row.name,
    sources: row.sources,
    entities: inOrder(entityRows, row.entityIds).map((r) => withoutPackLabel(entityOf(r))),
    deals: inOrder(dealRows, row.dealIds).map((r) => withoutPackLabel(r.deal)),
  };
  if (row.description !== undefined) pack.description = row.description;
  return pack;
}

export async function removePack(db: FactsDb, id: string): Promise<boolean> {
  const tx = db.transaction(['packs', 'packEntities', 'packDeals'], 'readwrite');
  const existed = (await tx.objectStore('packs').get(id)) !== undefined;
  await removeRows(tx.objectStore('packEntities'), tx.objectStore('packDeals'), id);
  await tx.objectStore('packs').delete(id);
  await tx.done;
  return existed;
}

/** Every pack entity (for the match index and the search index). */
export async function packEntities(db: FactsDb): Promise<Entity[]> {
  return (await db.getAll('packEntities')).map(entityOf);
}
