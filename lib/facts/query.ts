/**
 * Read queries over bundled and pack stores. Pack records take part in every lookup; a bundled
 * record wins when both have the same id (packs cannot shadow the bundle, see packs.ts).
 */
import type { DealRow, FactsDb } from './db';
import { convert, createRateBook, dateUpperBound, fxRowsFromYears, MAX_GAP_ROWS, type Rate, type RateBook } from './fx';
import { aliasKey, tickerKey } from './keys';
import { ownEntry, readBucketMap, type StoredBucket } from './bucket-text';
import { entityBucketId } from './entity-buckets';
import { keyBucketId, type KeyKind } from './key-buckets';
import { entityOf } from './rows';
import { sourceBucketId } from './source-buckets';
import type { Deal, Entity, Source } from './schema';

/**
 * The maps of these buckets: every read is queued first, then the buckets are inflated. Inflating
 * is not an IndexedDB request, so a transaction with nothing queued would commit meanwhile; a
 * caller that reads again after this opens a new transaction.
 */
async function readBuckets<T>(store: { get(key: string): Promise<StoredBucket | undefined> }, bucketIds: readonly string[]): Promise<Array<Record<string, T>>> {
  const stored = await Promise.all(bucketIds.map((id) => store.get(id)));
  return Promise.all(stored.map((bucket) => readBucketMap<T>(bucket)));
}

/** Bundled entities by id, one bucket read and parsed per bucket named (ids not in the bundle are absent). */
async function bundledEntities(store: { get(key: string): Promise<StoredBucket | undefined> }, ids: readonly string[]): Promise<Map<string, Entity>> {
  const bucketOf = new Map(ids.map((id) => [id, entityBucketId(id)]));
  const bucketIds = [...new Set(bucketOf.values())];
  const maps = await readBuckets<Entity>(store, bucketIds);
  const buckets = new Map(bucketIds.map((id, i) => [id, maps[i]!]));
  const out = new Map<string, Entity>();
  for (const [id, bucketId] of bucketOf) {
    const entity = ownEntry(buckets.get(bucketId)!, id);
    if (entity) out.set(id, entity);
  }
  return out;
}

export async function getEntity(db: FactsDb, id: string): Promise<Entity | undefined> {
  // One transaction, both stores read in parallel (ids never collide; the bundle is asked first).
  const tx = db.transaction(['entities', 'packEntities']);
  const [bundled, packed] = await Promise.all([bundledEntities(tx.objectStore('entities'), [id]), tx.objectStore('packEntities').get(id)]);
  return bundled.get(id) ?? (packed && entityOf(packed));
}

export async function getEntities(db: FactsDb, ids: readonly string[]): Promise<Map<string, Entity>> {
  const tx = db.transaction(['entities', 'packEntities']);
  // Both stores asked at once: after the buckets are inflated the transaction has committed.
  const [out, packed] = await Promise.all([bundledEntities(tx.objectStore('entities'), ids), Promise.all(ids.map((id) => tx.objectStore('packEntities').get(id)))]);
  for (const row of packed) if (row && !out.has(row.id)) out.set(row.id, entityOf(row));
  return out;
}

function uniqueEntities(entities: Entity[]): Entity[] {
  const seen = new Map<string, Entity>();
  for (const entity of entities) if (!seen.has(entity.id)) seen.set(entity.id, entity);
  return [...seen.values()];
}

/** Entities whose name or an alias equals `text` after normalisation (case, accents, spaces). */
export async function findByAlias(db: FactsDb, text: string): Promise<Entity[]> {
  const key = aliasKey(text);
  return key ? findByKey(db, 'alias', key) : [];
}

export async function findByTicker(db: FactsDb, symbol: string): Promise<Entity[]> {
  const key = tickerKey(symbol);
  return key ? findByKey(db, 'ticker', key) : [];
}

/** Bundled entities through their key bucket, pack entities through their index. */
async function findByKey(db: FactsDb, kind: KeyKind, key: string): Promise<Entity[]> {
  const tx = db.transaction(['keyBuckets', 'packEntities']);
  const index = kind === 'rel' ? 'relTarget' : kind === 'ticker' ? 'ticker' : 'alias';
  const [[keys], packed] = await Promise.all([
    readBuckets<string[]>(tx.objectStore('keyBuckets'), [keyBucketId(kind, key)]),
    tx.objectStore('packEntities').index(index).getAll(key),
  ]);
  // A second transaction: the first one committed while the key bucket was inflated.
  const bundled = await bundledEntities(db.transaction('entities').store, ownEntry(keys!, key) ?? []);
  return uniqueEntities([...bundled.values(), ...packed.map(entityOf)]);
}

/** Entities whose owner, parent or manager fact points at `id` (its brands, units and funds). */
export async function entitiesRelatedTo(db: FactsDb, id: string): Promise<Entity[]> {
  return findByKey(db, 'rel', id);
}

function uniqueDeals(rows: DealRow[]): Deal[] {
  const seen = new Map<string, Deal>();
  for (const row of rows) if (!seen.has(row.id)) seen.set(row.id, row.deal);
  return [...seen.values()].sort((a, b) => (b.announced ?? '').localeCompare(a.announced ?? '') || a.id.localeCompare(b.id));
}

/** Deals where the entity is an acquirer/investor or the target, newest first. */
export async function dealsByParty(db: FactsDb, entityId: string): Promise<Deal[]> {
  const tx = db.transaction(['deals', 'packDeals']);
  const [bundled, packed] = await Promise.all([
    tx.objectStore('deals').index('party').getAll(entityId),
    tx.objectStore('packDeals').index('party').getAll(entityId),
  ]);
  return uniqueDeals([...bundled, ...packed]);
}

export interface NearAmountQuery {
  amount: number;
  currency: string;
  /** Relative tolerance, e.g. 0.03 for ±3 %. */
  tolerance: number;
  /** Date of the amount, for the conversion rate (default: latest ECB date). */
  date?: string;
  /** FX already in memory (the background keeps one); otherwise read from the fx store. */
  rates?: RateBook;
}

/** Deals whose amount, converted to EUR, lies within ±tolerance of the query amount in EUR. */
export async function dealsNearAmount(db: FactsDb, query: NearAmountQuery): Promise<Deal[]> {
  const eur =
    query.currency === 'EUR'
      ? { value: query.amount }
      : query.rates
        ? convert(query.rates, query.amount, query.currency, 'EUR', query.date)
        : await convertAt(db, query.amount, query.currency, 'EUR', query.date);
  if (!eur || !(eur.value > 0)) return [];
  const range = IDBKeyRange.bound(eur.value * (1 - query.tolerance), eur.value * (1 + query.tolerance));
  const tx = db.transaction(['deals', 'packDeals']);
  const [bundled, packed] = await Promise.all([
    tx.objectStore('deals').index('amountEur').getAll(range),
    tx.objectStore('packDeals').index('amountEur').getAll(range),
  ]);
  return uniqueDeals([...bundled, ...packed]);
}

/** The `limit` largest bundled deals by EUR amount (landmarks for a sense of scale). */
export async function largestDeals(db: FactsDb, limit: number): Promise<Deal[]> {
  const out: Deal[] = [];
  let cursor = await db.transaction('deals').store.index('amountEur').openCursor(null, 'prev');
  while (cursor && out.length < limit) {
    out.push(cursor.value.deal);
    cursor = await cursor.continue();
  }
  return out;
}

/** Units of `currency` per EUR at the nearest ECB date on or before `date` (cursor over FX years). */
async function perEurAt(db: FactsDb, currency: string, date?: string): Promise<Rate | undefined> {
  const bound = date ? dateUpperBound(date) : undefined;
  const range = bound ? IDBKeyRange.upperBound(bound.slice(0, 4)) : null;
  let cursor = await db.transaction('fx').store.openCursor(range, 'prev');
  let looked = 0;
  while (cursor && looked < MAX_GAP_ROWS) {
    const days = cursor.value.days;
    for (let i = days.length - 1; i >= 0 && looked < MAX_GAP_ROWS; i--) {
      const day = days[i]!;
      if (bound !== undefined && day.date > bound) continue;
      looked++;
      if (currency === 'EUR') return { rate: 1, date: day.date };
      const value = day.rates[currency];
      if (value !== undefined) return { rate: value, date: day.date };
    }
    cursor = await cursor.continue();
  }
  return undefined;
}

/** FX rate (units of `to` per 1 `from`) at a date; cross rates via EUR. */
export async function fxRateAt(db: FactsDb, from: string, to: string, date?: string): Promise<Rate | undefined> {
  if (from === to) return { rate: 1, date: date ?? '' };
  const [a, b] = await Promise.all([perEurAt(db, from, date), perEurAt(db, to, date)]);
  if (!a || !b) return undefined;
  return { rate: b.rate / a.rate, date: a.date < b.date ? a.date : b.date };
}

export async function convertAt(db: FactsDb, amount: number, from: string, to: string, date?: string) {
  const rate = await fxRateAt(db, from, to, date);
  return rate && { ...rate, value: amount * rate.rate };
}

/** The whole fx store as a RateBook (for pure code such as lib/figures-context). */
export async function loadRateBook(db: FactsDb): Promise<RateBook> {
  const [years, meta] = await Promise.all([db.getAll('fx'), db.get('meta', 'bundle')]);
  return createRateBook(fxRowsFromYears(years), meta?.fxSource ?? 'ecb');
}

/** Sources by id, from the bundle or from the packs that carry them (pack sources win in their pack). */
export async function getSources(db: FactsDb, ids: Iterable<string>, packIds: Iterable<string> = []): Promise<Record<string, Source>> {
  const wanted = [...new Set(ids)];
  const out: Record<string, Source> = {};
  const tx = db.transaction(['sources', 'packs']);
  const packSources = new Map<string, Source>();
  for (const packId of new Set(packIds)) {
    const pack = await tx.objectStore('packs').get(packId);
    for (const source of pack?.sources ?? []) if (!packSources.has(source.id)) packSources.set(source.id, source);
  }
  const bucketIds = new Set(wanted.filter((id) => !packSources.has(id)).map(sourceBucketId));
  const bundled = new Map<string, Source>();
  for (const bucket of await readBuckets<Source>(tx.objectStore('sources'), [...bucketIds])) for (const [id, source] of Object.entries(bucket)) bundled.set(id, source);
  for (const id of wanted) {
    const source = packSources.get(id) ?? bundled.get(id);
    if (source) out[id] = source;
  }
  return out;
}

export { convert };
