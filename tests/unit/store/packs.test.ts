import { beforeEach, describe, expect, it } from 'vitest';
import type { FactsDb } from '../../../lib/facts/db';
import { exportPack, importPack, listPacks, MAX_PACK_BYTES, removePack } from '../../../lib/facts/packs';
import { findByAlias, getEntity } from '../../../lib/facts/query';
import { seedBundle } from '../../../lib/facts/seed';
import { freshDb } from './db-helpers';
import { samplePack, smallBundle } from './small-bundle';

let db: FactsDb;
beforeEach(async () => {
  db = await freshDb();
  await seedBundle(db, smallBundle('v1'));
});

/** Everything in the user stores, to prove a failed import changed nothing. */
async function userData() {
  return {
    packs: await db.getAll('packs'),
    entities: await db.getAll('packEntities'),
    deals: await db.getAll('packDeals'),
  };
}

async function rejects(input: unknown): Promise<string> {
  const before = await userData();
  const error = await importPack(db, input).then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  expect(error, 'the import should have failed').toBeInstanceOf(Error);
  expect(error!.name).toBe('PackError');
  expect(await userData()).toEqual(before);
  return error!.message;
}

function withEntity(patch: (entity: any) => void) {
  const pack = structuredClone(samplePack()) as any;
  pack.entities.push(
    { id: 'u.one', kind: 'company', name: 'One', aliases: [], facts: [] },
    { id: 'u.two', kind: 'company', name: 'Two', aliases: [], facts: [] },
    structuredClone(pack.entities[0]),
  );
  pack.entities[3].id = 'c.acme-user';
  patch(pack.entities[3]);
  return pack;
}

describe('importing a fact pack', () => {
  it('imports a valid pack in one go and lists it with counts', async () => {
    const summary = await importPack(db, JSON.stringify(samplePack()), new Date('2025-05-01T10:00:00Z'));
    expect(summary).toEqual({ id: 'my-pack', name: 'My research notes', entities: 1, deals: 1, importedAt: '2025-05-01T10:00:00.000Z' });
    expect(await listPacks(db)).toEqual([summary]);
    expect((await getEntity(db, 'u.bottega-rossi'))?.pack).toBe('my-pack');
  });

  it('names the record and field of a fact without a source', async () => {
    const message = await rejects(withEntity((e) => (e.facts[0].sources = [])));
    expect(message).toBe('entities[3] (id "c.acme-user").facts[0].sources: every fact needs a source');
  });

  it('names the record and field of a wrong type', async () => {
    const message = await rejects(withEntity((e) => (e.facts[0].asOf = 'last year')));
    expect(message).toMatch(/^entities\[3\] \(id "c\.acme-user"\)\.facts\[0\]\.asOf: /);
    expect(await rejects({ ...samplePack(), name: 42 })).toMatch(/^name: /);
    expect(await rejects({ ...samplePack(), format: 'something-else' })).toMatch(/^format: /);
  });

  it('rejects duplicate ids, naming both records', async () => {
    const message = await rejects(withEntity((e) => (e.id = 'u.one')));
    expect(message).toBe('entities[3] (id "u.one").id: duplicate id, already used by entities[1]');
  });

  it('rejects dangling source ids and unknown deal parties', async () => {
    expect(await rejects(withEntity((e) => (e.facts[0].sources = ['n.missing'])))).toBe(
      'entities[3] (id "c.acme-user").facts[0].sources[0]: unknown source "n.missing" (add it to the pack\'s sources)',
    );
    const pack = samplePack();
    pack.deals[0]!.target = { id: 'c.nowhere', name: 'Nowhere' };
    expect(await rejects(pack)).toBe('deals[0] (id "u.rossi-buys-acme").target.id: unknown entity "c.nowhere" (not in this pack nor in the database)');
  });

  it('refuses ids of the bundled database and of other packs', async () => {
    expect(await rejects(withEntity((e) => (e.id = 'c.openai')))).toMatch(/^entities\[3\] \(id "c\.openai"\)\.id: this id belongs to the bundled database/);
    await importPack(db, samplePack());
    const other = samplePack({ id: 'other-pack', deals: [] });
    expect(await rejects(other)).toBe('entities[0] (id "u.bottega-rossi").id: this id is already used by the fact pack "my-pack"');
  });

  it('refuses prototype keys anywhere', async () => {
    const text = JSON.stringify(samplePack()).replace('"kind":"company"', '"__proto__":{"polluted":true},"kind":"company"');
    expect(await rejects(text)).toBe('entities[0] (id "u.bottega-rossi").__proto__: the key "__proto__" is not allowed');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('says clearly when the file is not JSON', async () => {
    expect(await rejects('{"format": "backstory-fact-pack/1",')).toMatch(/^This file is not valid JSON: /);
  });

  it('rejects a 50 MB pack by its size, before parsing it', async () => {
    const huge = `{"format":"backstory-fact-pack/1","junk":"${'x'.repeat(50 * 1024 * 1024)}"}`;
    const message = await rejects(huge);
    expect(message).toBe(`This fact pack is 50.0 MB; the largest accepted is ${(MAX_PACK_BYTES / 1024 / 1024).toFixed(1)} MB. Split it into smaller packs.`);
  });

  it('bounds the size of a pack that arrives already parsed, and its nesting', async () => {
    const huge = { ...samplePack(), sources: Array.from({ length: 700_000 }, (_, i) => ({ id: `s${i}`, url: 'https://example.org', title: 't' })) };
    expect(await rejects(huge)).toBe('This fact pack has more than 2,000,000 values; split it into smaller packs.');
    let deep: unknown = 'bottom';
    for (let i = 0; i < 40; i++) deep = [deep];
    expect(await rejects({ ...samplePack(), description: deep })).toMatch(/^description(\[0\])+: nested deeper than 32 levels$/);
  });

  it('stores HTML and script in strings as plain text', async () => {
    await importPack(db, samplePack());
    const entity = await getEntity(db, 'u.bottega-rossi');
    expect(entity?.facts[0]?.value).toEqual({ t: 'text', v: '<script>alert(1)</script> Prato' });
  });

  it('replaces an installed pack with the same id atomically', async () => {
    await importPack(db, samplePack());
    const renamed = samplePack({ name: 'Notes, second edition', deals: [] });
    renamed.entities[0]!.aliases = [{ text: 'Bottega R.' }];
    expect(await importPack(db, renamed)).toMatchObject({ name: 'Notes, second edition', entities: 1, deals: 0 });
    expect(await findByAlias(db, 'Rossi & Figli')).toEqual([]);
    expect((await findByAlias(db, 'bottega r.')).map((e) => e.id)).toEqual(['u.bottega-rossi']);
    expect(await db.count('packDeals')).toBe(0);
  });
});

describe('exporting and removing', () => {
  it('round-trips: export, remove, import the export, export again gives the same pack', async () => {
    const original = samplePack({ description: 'Things I checked myself' });
    await importPack(db, original);
    const exported = await exportPack(db, 'my-pack');
    expect(exported).toEqual(original);
    expect(await removePack(db, 'my-pack')).toBe(true);
    await importPack(db, JSON.stringify(exported));
    expect(await exportPack(db, 'my-pack')).toEqual(exported);
  });

  it('removes a pack with all its records and nothing else', async () => {
    await importPack(db, samplePack());
    expect(await removePack(db, 'my-pack')).toBe(true);
    expect(await listPacks(db)).toEqual([]);
    expect(await getEntity(db, 'u.bottega-rossi')).toBeUndefined();
    expect(await db.count('packDeals')).toBe(0);
    expect((await getEntity(db, 'c.acme'))?.name).toBe('Acme Industrie');
    expect(await removePack(db, 'my-pack')).toBe(false);
    await expect(exportPack(db, 'my-pack')).rejects.toThrow('There is no fact pack "my-pack"');
  });
});
