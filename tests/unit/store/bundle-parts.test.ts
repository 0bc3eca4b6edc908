import { describe, expect, it } from 'vitest';
import { cutBySize, partsNamedBy, readBundle, readSeedData, splitBundle } from '../../../lib/facts/bundle-parts';
import { seedDataOf } from '../../../lib/facts/seed-data';
import type { FactBundle } from '../../../lib/facts/schema';
import { smallBundle } from './small-bundle';

/** Serves files by name as text, as fetch().text() or readFile would. */
const reader = (files: Map<string, string>) => async (name: string) => {
  const text = files.get(name);
  if (text === undefined) throw new Error('ENOENT: no such file');
  return text;
};
const utf8 = new TextEncoder();
/** The build sorts entities and sources by id (lib/facts/build/order.ts); bucket parts give that order back. */
const byId = <T extends { id: string }>(records: readonly T[]): T[] => [...records].sort((a, b) => (a.id < b.id ? -1 : 1));
const builtBundle = (version: string): FactBundle => {
  const bundle = smallBundle(version);
  return { ...bundle, entities: byId(bundle.entities), sources: byId(bundle.sources) };
};

describe('the bundle in bucket parts (each file under the add-on linter\'s 5 MB parse limit)', () => {
  it('cuts the entity, key and source buckets into ordered parts under the size and puts the same bundle back together', async () => {
    const bundle = builtBundle('v-test');
    const { head, parts, files } = splitBundle(bundle, 200);
    expect(parts.entityBuckets.length).toBeGreaterThan(1);
    expect(parts.keyBuckets.length).toBeGreaterThan(1);
    expect(parts.sourceBuckets.length).toBeGreaterThan(1);
    for (const [name, text] of files.slice(0, -1)) expect(text.split('\n').length === 2 || utf8.encode(text).length <= 200, name).toBe(true);
    // The head keeps only what grows slowly: no entities, no sources; it carries their counts.
    expect(head).not.toHaveProperty('entities');
    expect(head).not.toHaveProperty('sources');
    expect(head.counts).toMatchObject({ companies: 6, people: 2, sources: 4 });
    expect(head.sourceBucketParts).toEqual(['bundle-sources-1.txt', 'bundle-sources-2.txt', ...head.sourceBucketParts.slice(2)]);
    // Parts are written before the head that names them.
    expect(files.at(-1)![0]).toBe('bundle.json');
    expect(files.map(([name]) => name).slice(0, -1).sort()).toEqual(partsNamedBy(head).sort());
    const loaded = await readBundle(reader(new Map(files)));
    expect(loaded).toEqual(bundle);
    // What the background seeds is exactly what seeding the bundle object would write.
    expect(await readSeedData(reader(new Map(files)))).toEqual(seedDataOf(bundle));
  });

  it('ships ASCII only, so accented names cost bytes the size counts and come back intact', async () => {
    const bundle = smallBundle('v-test');
    const accented = { ...bundle, entities: bundle.entities.map((e) => ({ ...e, name: `${e.name} è société 日本` })) };
    const { files } = splitBundle(accented, 300);
    for (const [name, text] of files.slice(0, -1)) {
      expect(/^[\x00-\x7f]*$/.test(text), name).toBe(true);
      expect(text.split('\n').length === 2 || utf8.encode(text).length <= 300, name).toBe(true);
    }
    expect((await readBundle(reader(new Map(files)))).entities.map((e) => e.name)).toContain('OpenAI è société 日本');
  });

  it('names a missing or broken part instead of seeding half the records', async () => {
    const { head, files } = splitBundle(smallBundle('v-test'), 200);
    const broken = new Map(files);
    broken.set(head.entityBucketParts[1]!, '{"not": "a bucket line"}\n');
    await expect(readSeedData(reader(broken))).rejects.toThrow(`${head.entityBucketParts[1]} line 1 is not a bucket`);
    // A key bucket in the entity parts would store junk under an entity bucket's name.
    const swapped = new Map(files);
    swapped.set(head.entityBucketParts[0]!, files.find(([name]) => name === head.keyBucketParts[0])![1]);
    await expect(readSeedData(reader(swapped))).rejects.toThrow(`${head.entityBucketParts[0]} line 1 is not a bucket`);
    const missing = new Map(files);
    missing.delete(head.sourceBucketParts[1]!);
    await expect(readBundle(reader(missing))).rejects.toThrow(`cannot read ${head.sourceBucketParts[1]}: ENOENT`);
    const badHead = new Map(files);
    badHead.set('bundle.json', '<html>');
    await expect(readSeedData(reader(badHead))).rejects.toThrow('cannot read bundle.json: Unexpected token');
  });

  it('refuses a malformed head with a clear message', async () => {
    const { head, files } = splitBundle(smallBundle('v-test'), 200);
    const withHead = (h: unknown) => reader(new Map([...files, ['bundle.json', JSON.stringify(h)]]));
    await expect(readBundle(withHead([]))).rejects.toThrow('bundle.json is not an object');
    await expect(readBundle(withHead({ ...head, sourceBucketParts: undefined }))).rejects.toThrow('bad sourceBucketParts list');
    await expect(readBundle(withHead({ ...head, keyBucketParts: [] }))).rejects.toThrow('bad keyBucketParts list');
    await expect(readSeedData(withHead({ ...head, entityBucketParts: ['../meta.json'] }))).rejects.toThrow('bad part name "../meta.json"');
    await expect(readSeedData(withHead({ ...head, counts: undefined }))).rejects.toThrow('bundle.json has no counts');
  });

  it('still reads a one-file bundle', async () => {
    const bundle = smallBundle('v-old');
    expect(await readBundle(async () => JSON.stringify(bundle))).toEqual(bundle);
    expect(await readSeedData(async () => JSON.stringify(bundle))).toEqual(seedDataOf(bundle));
  });

  it('still reads the previous layout: entities and sources as lists in JSON parts', async () => {
    const bundle = smallBundle('v-prev');
    const { entities, sources, ...rest } = bundle;
    const entityParts = cutBySize(entities, 200);
    const sourceParts = cutBySize(sources, 200);
    const previous = { ...rest, entityParts: entityParts.map((_, i) => `bundle-entities-${i + 1}.json`), sourceParts: sourceParts.map((_, i) => `bundle-sources-${i + 1}.json`) };
    const files = new Map<string, string>([
      ['bundle.json', JSON.stringify(previous)],
      ...entityParts.map((p, i) => [previous.entityParts[i]!, JSON.stringify(p)] as [string, string]),
      ...sourceParts.map((p, i) => [previous.sourceParts[i]!, JSON.stringify(p)] as [string, string]),
    ]);
    const loaded: FactBundle = await readBundle(reader(files));
    expect(loaded).toEqual(bundle);
    expect(await readSeedData(reader(files))).toEqual(seedDataOf(bundle));
    files.set(previous.entityParts[1]!, '{"not": "a list"}');
    await expect(readBundle(reader(files))).rejects.toThrow(`${previous.entityParts[1]} is not a list of entities`);
  });
});
