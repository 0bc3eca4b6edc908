/**
 * Backstory's IndexedDB (lives only in the background and extension pages; content scripts ask
 * by message). The schema is declared as data: each step lists the stores and indexes it adds
 * or removes, and `openFactsDb` replays the steps newer than the stored version.
 *
 * Bundled stores (replaced atomically on a new bundle): entities, keyBuckets, deals, sources, currencies, fx, meta.
 * User stores (never touched by seeding): packs, packEntities, packDeals, corrections.
 * Derived store (a cache, keyed by what it was computed from): derived.
 */
import { openDB, unwrap, type DBSchema, type IDBPDatabase, type StoreNames } from 'idb';
import type { FxRow, FxYear } from './fx';
import type { Currency, Deal, Entity, EntityKind, Source } from './schema';
import { relationTargetIds } from './relations';
import type { StoredBucket } from './bucket-text';

export type { FxRow, FxYear };

export const DB_NAME = 'backstory-facts';

export interface EntityRow {
  id: string;
  kind: EntityKind;
  /** Normalised alias keys (lib/facts/keys.ts): multiEntry-indexed on pack rows; for bundled
   *  rows they live in `keyBuckets` (schema version 5). */
  aliasKeys: string[];
  tickers: string[];
  /** Ids its owner/parent/manager facts point at (lib/facts/relations.ts), multiEntry-indexed as
   *  `relTarget` so an owner's card finds its brands and units. Absent on rows written before
   *  schema version 4 (bundled rows are reseeded, pack rows rewritten by step 4). */
  relTargets?: string[];
  entity: Entity;
  /** Set on pack rows. */
  pack?: string;
}

export interface DealRow {
  id: string;
  /** Entity ids of acquirers and target, multiEntry-indexed. */
  parties: string[];
  /** Amount in EUR at the ECB rate of the announcement date (or the latest), for range queries. */
  amountEur?: number;
  deal: Deal;
  pack?: string;
}


export interface BundleMeta {
  key: 'bundle';
  version: string;
  dataDate: string;
  builtAt?: string;
  seededAt: string;
  lastSeedMs: number;
  /** ROWS_FORMAT (seed.ts) the rows were written with: a code change of the row shape reseeds. */
  rowsFormat?: number;
  /** Where the seed time went: building rows, queuing and writing them, committing. */
  seedPhases?: { prepareMs: number; writeMs: number; commitMs: number };
  fxSource: string;
  counts: { companies: number; people: number; organisations: number; deals: number; facts: number; sources: number };
}

export interface PackRow {
  id: string;
  name: string;
  description?: string;
  importedAt: string;
  sources: Source[];
  entities: number;
  deals: number;
}

export interface CorrectionRow {
  key: string;
  entityId: string;
  surface: string;
  site: string;
  addedAt: string;
}

/** Something computed from bundled + user data (e.g. the match index with pack aliases), cached. */
export interface DerivedRow {
  key: string;
  /** What it was computed from (bundle version, packs); a different key means recompute. */
  from: string;
  value: unknown;
}

export interface FactsDbSchema extends DBSchema {
  /** Bundled entities in buckets (entity-buckets.ts) since schema version 5, as JSON text since ROWS_FORMAT 6, deflated since 7. */
  entities: { key: string; value: StoredBucket };
  /** Lookup keys of the bundled entities (key-buckets.ts), as JSON text since ROWS_FORMAT 6, deflated since 7. */
  keyBuckets: { key: string; value: StoredBucket };
  deals: { key: string; value: DealRow; indexes: { party: string; amountEur: number } };
  /** Bundled sources in buckets (source-buckets.ts), as JSON text since ROWS_FORMAT 6, deflated since 7. */
  sources: { key: string; value: StoredBucket };
  currencies: { key: string; value: Currency };
  fx: { key: string; value: FxYear };
  meta: { key: string; value: BundleMeta };
  packs: { key: string; value: PackRow };
  packEntities: { key: string; value: EntityRow; indexes: { alias: string; ticker: string; pack: string; relTarget: string } };
  packDeals: { key: string; value: DealRow; indexes: { party: string; amountEur: number; pack: string } };
  corrections: { key: string; value: CorrectionRow; indexes: { entityId: string } };
  derived: { key: string; value: DerivedRow };
}

export type FactsDb = IDBPDatabase<FactsDbSchema>;
export type StoreName = StoreNames<FactsDbSchema>;

interface IndexSpec { keyPath: string; multiEntry?: boolean }
interface StoreSpec { keyPath: string; indexes?: Record<string, IndexSpec> }
interface UpgradeStep {
  version: number;
  create?: Partial<Record<StoreName, StoreSpec>>;
  remove?: string[];
  /** Indexes to drop from existing stores. */
  removeIndexes?: Partial<Record<StoreName, string[]>>;
  /** Indexes to add to existing stores. */
  addIndexes?: Partial<Record<StoreName, Record<string, IndexSpec>>>;
  /** Rows of existing user stores to rewrite (e.g. to fill a new index's key); bundled stores
   *  need none: a ROWS_FORMAT bump (seed.ts) reseeds them. Returns the row to put back. */
  rewriteRows?: Partial<Record<StoreName, (row: never) => unknown>>;
}

/** Append a step to change the schema; never edit a released one. */
export const UPGRADE_STEPS: readonly UpgradeStep[] = [
  {
    version: 1,
    create: {
      entities: {
        keyPath: 'id',
        indexes: { alias: { keyPath: 'aliasKeys', multiEntry: true }, ticker: { keyPath: 'tickers', multiEntry: true }, kind: { keyPath: 'kind' } },
      },
      deals: { keyPath: 'id', indexes: { party: { keyPath: 'parties', multiEntry: true }, amountEur: { keyPath: 'amountEur' } } },
      sources: { keyPath: 'id' },
      currencies: { keyPath: 'code' },
      fx: { keyPath: 'date' },
      meta: { keyPath: 'key' },
      packs: { keyPath: 'id' },
      packEntities: {
        keyPath: 'id',
        indexes: { alias: { keyPath: 'aliasKeys', multiEntry: true }, ticker: { keyPath: 'tickers', multiEntry: true }, pack: { keyPath: 'pack' } },
      },
      packDeals: {
        keyPath: 'id',
        indexes: { party: { keyPath: 'parties', multiEntry: true }, amountEur: { keyPath: 'amountEur' }, pack: { keyPath: 'pack' } },
      },
      corrections: { keyPath: 'key', indexes: { entityId: { keyPath: 'entityId' } } },
    },
  },
  {
    // Caches of derived data that would cost time at every service-worker start.
    version: 2,
    create: { derived: { keyPath: 'key' } },
  },
  {
    // Nothing queries entities by kind, and every index entry costs time at each seed.
    version: 3,
    removeIndexes: { entities: ['kind'] },
  },
  {
    // Issue #8: an owner's card lists its brands and units (entities whose owner, parent or
    // manager fact points at it). An index over the relation targets answers that in one read,
    // for bundled and pack entities alike, without a bundle format change.
    version: 4,
    addIndexes: {
      entities: { relTarget: { keyPath: 'relTargets', multiEntry: true } },
      packEntities: { relTarget: { keyPath: 'relTargets', multiEntry: true } },
    },
    rewriteRows: { packEntities: (row: EntityRow) => ({ ...row, relTargets: relationTargetIds(row.entity) }) },
  },
  {
    // Bundled entity rows go into hashed bucket records (entity-buckets.ts) and their lookup keys
    // into keyBuckets: at 7,300 entities one put per row made a seed slower than 1 s. The entity
    // store keeps its name and key path; its indexes would index nothing. A ROWS_FORMAT bump reseeds.
    version: 5,
    create: { keyBuckets: { keyPath: 'id' } },
    removeIndexes: { entities: ['alias', 'ticker', 'relTarget'] },
  },
];

export const DB_VERSION = UPGRADE_STEPS[UPGRADE_STEPS.length - 1]!.version;

/** Stores the bundle owns: cleared and refilled together in one transaction by seedBundle. */
export const BUNDLED_STORES = ['entities', 'keyBuckets', 'deals', 'sources', 'currencies', 'fx', 'meta'] as const satisfies readonly StoreName[];
export const USER_STORES = ['packs', 'packEntities', 'packDeals', 'corrections'] as const satisfies readonly StoreName[];
/** Re-derivable caches: safe to clear at any time. */
export const DERIVED_STORES = ['derived'] as const satisfies readonly StoreName[];

/** Rewrites every row of a store inside the upgrade transaction (which stays open while the
 *  cursor's requests are pending, so the upgrade commits only after the last put). */
function rewriteAll(store: IDBObjectStore, rewrite: (row: unknown) => unknown): void {
  const request = store.openCursor();
  request.onsuccess = () => {
    const cursor = request.result;
    if (!cursor) return;
    cursor.update(rewrite(cursor.value));
    cursor.continue();
  };
}

/**
 * Opens (and creates or upgrades) the database. `onClose` runs when the connection goes away
 * (a newer version wants to upgrade, or the browser closed it), so callers reopen on demand.
 */
export async function openFactsDb(name: string = DB_NAME, onClose?: () => void): Promise<FactsDb> {
  const db: FactsDb = await openDB<FactsDbSchema>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, transaction) {
      // Untyped view: the steps are data, checked by the tests against FactsDbSchema.
      const raw = db as unknown as IDBDatabase;
      // unwrap: idb's proxies turn requests into promises; rewriteAll needs the raw cursor request.
      const rawTx = unwrap(transaction) as unknown as IDBTransaction;
      for (const step of UPGRADE_STEPS) {
        if (step.version <= oldVersion) continue;
        for (const store of step.remove ?? []) if (raw.objectStoreNames.contains(store)) raw.deleteObjectStore(store);
        for (const [storeName, spec] of Object.entries(step.create ?? {})) {
          const store = raw.createObjectStore(storeName, { keyPath: spec.keyPath });
          for (const [indexName, index] of Object.entries(spec.indexes ?? {})) {
            store.createIndex(indexName, index.keyPath, { multiEntry: index.multiEntry ?? false });
          }
        }
        for (const [storeName, indexes] of Object.entries(step.removeIndexes ?? {})) {
          const store = rawTx.objectStore(storeName);
          for (const indexName of indexes ?? []) if (store.indexNames.contains(indexName)) store.deleteIndex(indexName);
        }
        for (const [storeName, indexes] of Object.entries(step.addIndexes ?? {})) {
          const store = rawTx.objectStore(storeName);
          for (const [indexName, index] of Object.entries(indexes ?? {})) {
            if (!store.indexNames.contains(indexName)) store.createIndex(indexName, index.keyPath, { multiEntry: index.multiEntry ?? false });
          }
        }
        for (const [storeName, rewrite] of Object.entries(step.rewriteRows ?? {})) rewriteAll(rawTx.objectStore(storeName), rewrite as (row: unknown) => unknown);
      }
    },
    blocking() {
      // A newer version of the extension wants to upgrade: let it (handlers reopen on demand).
      db.close();
      onClose?.();
    },
    terminated() {
      onClose?.();
    },
  });
  return db;
}
