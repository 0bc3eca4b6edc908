import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openFactsDb, UPGRADE_STEPS } from '../../../lib/facts/db';
import { entitiesRelatedTo } from '../../../lib/facts/query';
import type { Entity } from '../../../lib/facts/schema';

/** A pack brand stored by version 1 (no relTargets field): step 4 must index it. */
const PACK_BRAND: Entity = {
  id: 'b:user-brand',
  kind: 'brand',
  name: 'User Brand',
  aliases: [],
  facts: [{ key: 'owner', value: { t: 'entity', v: { id: 'c:stellantis', name: 'Stellantis' } }, asOf: '2025', sources: ['src-notes'] }],
  pack: 'kept',
};

/** Builds the database as version 1 of the schema left it, with some user data in it. */
async function createVersion1(name: string): Promise<void> {
  const step1 = UPGRADE_STEPS.find((s) => s.version === 1)!;
  const db = await openDB(name, 1, {
    upgrade(raw) {
      for (const [storeName, spec] of Object.entries(step1.create ?? {})) {
        const store = raw.createObjectStore(storeName, { keyPath: spec!.keyPath });
        for (const [indexName, index] of Object.entries(spec!.indexes ?? {})) store.createIndex(indexName, index.keyPath, { multiEntry: index.multiEntry ?? false });
      }
    },
  });
  await db.put('packs', { id: 'kept', name: 'Kept pack', importedAt: '2025-01-01T00:00:00.000Z', sources: [], entities: 0, deals: 0 });
  await db.put('corrections', { key: 'k', entityId: 'c.apple', surface: 'Apple', site: '*', addedAt: '2025-01-01T00:00:00.000Z' });
  await db.put('packEntities', { id: PACK_BRAND.id, kind: PACK_BRAND.kind, aliasKeys: ['user brand'], tickers: [], entity: PACK_BRAND, pack: 'kept' });
  db.close();
}

describe('schema upgrades', () => {
  it('declares increasing versions, the last one being the database version', () => {
    const versions = UPGRADE_STEPS.map((s) => s.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(DB_VERSION).toBe(versions.at(-1));
  });

  it('upgrades a version-1 database in place, keeping the user data', async () => {
    const name = `upgrade-${Date.now()}`;
    await createVersion1(name);
    const db = await openFactsDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect(db.objectStoreNames.contains('derived')).toBe(true);
    // Step 3 dropped the unused kind index, step 4 added relTarget, step 5 moved the alias and
    // ticker keys of bundled rows to keyBuckets and the rows into buckets (pack rows keep theirs).
    expect([...db.transaction('entities').store.indexNames]).toEqual([]);
    expect(db.objectStoreNames.contains('keyBuckets')).toBe(true);
    expect([...db.transaction('packEntities').store.indexNames].sort()).toEqual(['alias', 'pack', 'relTarget', 'ticker']);
    // Step 4 rewrote the pack rows written before it, so an owner finds its pack brands.
    expect((await db.get('packEntities', PACK_BRAND.id))?.relTargets).toEqual(['c:stellantis']);
    expect((await entitiesRelatedTo(db, 'c:stellantis')).map((e) => e.id)).toEqual([PACK_BRAND.id]);
    expect((await db.get('packs', 'kept'))?.name).toBe('Kept pack');
    expect(await db.count('corrections')).toBe(1);
    db.close();
  });
});
