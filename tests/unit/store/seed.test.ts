import { describe, expect, it } from 'vitest';
import { BUNDLED_STORES, DERIVED_STORES, USER_STORES, UPGRADE_STEPS } from '../../../lib/facts/db';
import { importPack, listPacks } from '../../../lib/facts/packs';
import { addCorrection, listCorrections } from '../../../lib/facts/corrections';
import { findByAlias, getEntity } from '../../../lib/facts/query';
import { needsSeed, readBundleMeta, seedBundle } from '../../../lib/facts/seed';
import { entityBucketId } from '../../../lib/facts/entity-buckets';
import { bucketMap, packedBucket } from '../../../lib/facts/bucket-text';
import type { Entity } from '../../../lib/facts/schema';
import type { FactsDb } from '../../../lib/facts/db';
import { freshDb } from './db-helpers';

/** Bundled entity rows across their buckets. */
async function countBundled(db: FactsDb): Promise<number> {
  return (await db.getAll('entities')).reduce((n, bucket) => n + Object.keys(bucketMap(bucket)).length, 0);
}
import { ENTITIES, samplePack, smallBundle } from './small-bundle';

describe('database schema', () => {
  it('creates every store declared in the upgrade steps, each either bundled, user or derived', async () => {
    const db = await freshDb();
    const declared = UPGRADE_STEPS.flatMap((step) => Object.keys(step.create ?? {}));
    expect([...db.objectStoreNames].sort()).toEqual([...declared].sort());
    expect([...BUNDLED_STORES, ...USER_STORES, ...DERIVED_STORES].sort()).toEqual([...declared].sort());
    expect([...db.transaction('entities').store.indexNames]).toEqual([]);
    expect([...db.transaction('packEntities').store.indexNames].sort()).toEqual(['alias', 'pack', 'relTarget', 'ticker']);
  });
});

describe('seedBundle', () => {
  it('seeds every record, stamps the version and reports progress up to the total', async () => {
    const db = await freshDb();
    expect(await needsSeed(db, 'v1')).toBe(true);
    const progress: Array<[number, number]> = [];
    const meta = await seedBundle(db, smallBundle('v1'), { onProgress: (p) => progress.push([p.done, p.total]) });
    expect(meta.version).toBe('v1');
    expect(meta.counts).toMatchObject({ companies: 6, people: 2, deals: 3, sources: 4 });
    expect(meta.lastSeedMs).toBeGreaterThanOrEqual(0);
    expect(await needsSeed(db, 'v1')).toBe(false);
    expect(await countBundled(db)).toBe(ENTITIES.length);
    // FX is stored per year: 2022, 2024, 2025.
    expect(await db.count('fx')).toBe(3);
    const last = progress.at(-1)!;
    expect(last[0]).toBe(last[1]);
  });

  it('reseeds the same bundle version when the stored rows were built by older code', async () => {
    const db = await freshDb();
    const meta = await seedBundle(db, smallBundle('v1'));
    expect(await needsSeed(db, 'v1')).toBe(false);
    await db.put('meta', { ...meta, rowsFormat: meta.rowsFormat! - 1 });
    expect(await needsSeed(db, 'v1')).toBe(true);
  });

  it('reports progress while writing a large bundle', async () => {
    const db = await freshDb();
    const many = Array.from({ length: 2500 }, (_, i) => ({ id: `c.gen-${i}`, kind: 'company' as const, name: `Generated ${i}`, aliases: [], facts: [] }));
    const progress: number[] = [];
    await seedBundle(db, smallBundle('big', { entities: many }), { onProgress: (p) => progress.push(p.done) });
    expect(progress.length).toBeGreaterThanOrEqual(3);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('leaves the previous bundle intact when seeding aborts midway', async () => {
    const db = await freshDb();
    await seedBundle(db, smallBundle('v1'));
    const many = Array.from({ length: 3000 }, (_, i) => ({ id: `c.new-${i}`, kind: 'company' as const, name: `New ${i}`, aliases: [], facts: [] }));
    // Progress counts records (a bucket is one): stop at the second report, well before the end.
    let reports = 0;
    const failing = seedBundle(db, smallBundle('v2', { entities: many }), {
      onProgress: () => {
        if (++reports === 2) throw new Error('worker stopped');
      },
    });
    await expect(failing).rejects.toThrow('worker stopped');
    expect((await readBundleMeta(db))?.version).toBe('v1');
    expect(await countBundled(db)).toBe(ENTITIES.length);
    expect((await getEntity(db, 'c.openai'))?.name).toBe('OpenAI');
    expect(await getEntity(db, 'c.new-5')).toBeUndefined();
  });

  it('on a new version replaces the rows and their lookup keys (a renamed alias is found by its new name only)', async () => {
    const db = await freshDb();
    await seedBundle(db, smallBundle('v1'));
    const renamed = ENTITIES.map((e) => (e.id === 'c.openai' ? { ...e, aliases: [{ text: 'OpenAI Group' }] } : e)).filter((e) => e.id !== 'c.xai');
    const meta = await seedBundle(db, smallBundle('v2', { entities: renamed }));
    expect(meta.version).toBe('v2');
    expect(await countBundled(db)).toBe(renamed.length);
    expect((await findByAlias(db, 'OpenAI Group')).map((e) => e.id)).toEqual(['c.openai']);
    expect(await findByAlias(db, 'Open AI')).toEqual([]);
    expect(await getEntity(db, 'c.xai')).toBeUndefined();
    expect(await getEntity(db, 'p.elon-musk')).toEqual(ENTITIES.find((e) => e.id === 'p.elon-musk'));
  });

  it('repairs a stored row that no longer matches the bundle when the same version is seeded again', async () => {
    const db = await freshDb();
    await seedBundle(db, smallBundle('v1'));
    const bucket = (await db.get('entities', entityBucketId('c.openai')))!;
    const entities = bucketMap<Entity>(bucket);
    await db.put('entities', packedBucket(bucket.id, { ...entities, 'c.openai': { ...entities['c.openai']!, name: 'Broken' } }));
    expect((await getEntity(db, 'c.openai'))?.name).toBe('Broken');
    await seedBundle(db, smallBundle('v1'));
    expect((await getEntity(db, 'c.openai'))?.name).toBe('OpenAI');
  });

  it('replaces bundled data on a new version and keeps packs and corrections', async () => {
    const db = await freshDb();
    await seedBundle(db, smallBundle('v1'));
    await importPack(db, samplePack());
    await addCorrection(db, { entityId: 'c.apple', surface: 'apple', site: 'example.com' });
    const v2Entities = ENTITIES.filter((e) => e.id !== 'c.xai');
    await seedBundle(db, smallBundle('v2', { entities: v2Entities }));
    expect((await readBundleMeta(db))?.version).toBe('v2');
    expect(await getEntity(db, 'c.xai')).toBeUndefined();
    expect((await listPacks(db)).map((p) => p.id)).toEqual(['my-pack']);
    expect((await getEntity(db, 'u.bottega-rossi'))?.pack).toBe('my-pack');
    expect(await listCorrections(db)).toEqual([{ entityId: 'c.apple', surface: 'apple', site: 'example.com' }]);
  });
});
