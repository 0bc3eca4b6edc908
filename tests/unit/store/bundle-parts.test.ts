import { describe, expect, it } from 'vitest';
import { bucketJson, bucketMap, decodeBucketPart, encodeBucketPart, readBucketMap, type PackedBucket } from '../../../lib/facts/bucket-text';
import { cutBySize, isBinaryPart, partsNamedBy, readBundle, readSeedData, splitBundle } from '../../../lib/facts/bundle-parts';
import { seedDataOf } from '../../../lib/facts/seed-data';
import type { FactBundle } from '../../../lib/facts/schema';
import { smallBundle } from './small-bundle';

type Files = Map<string, string | Uint8Array>;
/** Serves files by name, as fetch() or readFile would: whatever the file holds (bytes or text). */
const reader = (files: Files) => async (name: string) => {
  const content = files.get(name);
  if (content === undefined) throw new Error('ENOENT: no such file');
  return content;
};
const sizeOf = (content: string | Uint8Array) => (typeof content === 'string' ? new TextEncoder().encode(content).length : content.length);
/** The buckets a binary part holds (its framing checked by decodeBucketPart). */
const bucketsIn = (content: string | Uint8Array, name: string) => decodeBucketPart(content as Uint8Array, name, /./);
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
    for (const [name, content] of files.slice(0, -1)) {
      expect(isBinaryPart(name), name).toBe(true);
      // Under the size, unless one bucket alone is larger.
      expect(bucketsIn(content, name).length === 1 || sizeOf(content) <= 200, name).toBe(true);
    }
    // The head keeps only what grows slowly: no entities, no sources; it carries their counts.
    expect(head).not.toHaveProperty('entities');
    expect(head).not.toHaveProperty('sources');
    expect(head.counts).toMatchObject({ companies: 6, people: 2, sources: 4 });
    expect(head.sourceBucketParts).toEqual(['bundle-sources-1.bin', 'bundle-sources-2.bin', ...head.sourceBucketParts.slice(2)]);
    // Parts are written before the head that names them.
    expect(files.at(-1)![0]).toBe('bundle.json');
    expect(files.map(([name]) => name).slice(0, -1).sort()).toEqual(partsNamedBy(head).sort());
    const loaded = await readBundle(reader(new Map(files)));
    expect(loaded).toEqual(bundle);
    // What the background seeds is exactly what seeding the bundle object would write.
    expect(await readSeedData(reader(new Map(files)))).toEqual(seedDataOf(bundle));
  });

  it('packs ASCII JSON (one byte a character when read back), so accented names come back intact', async () => {
    const bundle = smallBundle('v-test');
    const accented = { ...bundle, entities: bundle.entities.map((e) => ({ ...e, name: `${e.name} è société 日本` })) };
    const { files } = splitBundle(accented, 300);
    for (const [name, content] of files.slice(0, -1)) {
      for (const bucket of bucketsIn(content, name)) expect(/^[\x00-\x7f]*$/.test(bucketJson(bucket)), `${name} ${bucket.id}`).toBe(true);
    }
    expect((await readBundle(reader(new Map(files)))).entities.map((e) => e.name)).toContain('OpenAI è société 日本');
  });

  it('reads each bucket into a buffer of its own (a view into the part would be cloned whole into IndexedDB)', () => {
    const { files } = splitBundle(builtBundle('v-test'), 100_000);
    const buckets = files.slice(0, -1).flatMap(([name, content]) => bucketsIn(content, name));
    expect(buckets.length).toBeGreaterThan(3);
    for (const bucket of buckets) expect(bucket.z.byteLength).toBe(bucket.z.buffer.byteLength);
  });

  it('names a missing, broken, cut-short or wrong part instead of seeding half the records', async () => {
    const { head, files } = splitBundle(smallBundle('v-test'), 200);
    const part = (name: string) => files.find(([n]) => n === name)![1] as Uint8Array;
    const broken: Files = new Map(files);
    broken.set(head.entityBucketParts[1]!, new TextEncoder().encode('{"not": "a bucket part"}'));
    await expect(readSeedData(reader(broken))).rejects.toThrow(`${head.entityBucketParts[1]} is not a bucket part (no "BSZ1" header at byte 0)`);
    // Served as text (a reader that ignored isBinaryPart): refused, not stored garbled.
    const asText: Files = new Map(files);
    asText.set(head.entityBucketParts[0]!, new TextDecoder().decode(part(head.entityBucketParts[0]!)));
    await expect(readSeedData(reader(asText))).rejects.toThrow(`cannot read ${head.entityBucketParts[0]}: not read as bytes`);
    const cut: Files = new Map(files);
    cut.set(head.sourceBucketParts[0]!, part(head.sourceBucketParts[0]!).slice(0, -3));
    await expect(readSeedData(reader(cut))).rejects.toThrow(/bundle-sources-1\.bin is not a bucket part \(bucket bucket:\d+ cut short at byte 4\)/);
    // A key bucket in the entity parts would store junk under an entity bucket's name.
    const swapped: Files = new Map(files);
    swapped.set(head.entityBucketParts[0]!, part(head.keyBucketParts[0]!));
    await expect(readSeedData(reader(swapped))).rejects.toThrow(new RegExp(`${head.entityBucketParts[0]} is not a bucket part \\(bucket id "(alias|ticker|rel|id):\\d+" at byte 4\\)`));
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

  it('reads a packed bucket the same with either inflater, and names one whose bytes are damaged', async () => {
    const { files } = splitBundle(smallBundle('v-test'), 200);
    const [bucket] = bucketsIn(files[0]![1], files[0]![0]) as [PackedBucket];
    expect(Object.keys(bucketMap(bucket)).length).toBeGreaterThan(0);
    expect(await readBucketMap(bucket)).toEqual(bucketMap(bucket));
    const damaged = decodeBucketPart(encodeBucketPart([{ id: bucket.id, z: bucket.z.map((b) => b ^ 0x5a) }]), 'x.bin', /./)[0]!;
    expect(() => bucketMap(damaged)).toThrow(`fact database: bucket ${bucket.id} is damaged`);
    await expect(readBucketMap(damaged)).rejects.toThrow(`fact database: bucket ${bucket.id} is damaged`);
  });

  it('still reads the text-bucket layout (one "id<TAB>json" line per bucket in .txt parts)', async () => {
    const bundle = builtBundle('v-text');
    const { head, files } = splitBundle(bundle, 200);
    const textName = (name: string) => name.replace(/\.bin$/, '.txt');
    const asText = (content: string | Uint8Array, name: string) => `${bucketsIn(content, name).map((b) => `${b.id}\t${bucketJson(b)}`).join('\n')}\n`;
    const textHead = { ...head, entityBucketParts: head.entityBucketParts.map(textName), keyBucketParts: head.keyBucketParts.map(textName), sourceBucketParts: head.sourceBucketParts.map(textName) };
    const textFiles: Files = new Map([...files.slice(0, -1).map(([name, content]): [string, string] => [textName(name), asText(content, name)]), ['bundle.json', JSON.stringify(textHead)]]);
    expect(await readBundle(reader(textFiles))).toEqual(bundle);
    const seeded = await readSeedData(reader(textFiles));
    expect(seeded.entityBuckets.map((b) => bucketMap(b))).toEqual(seedDataOf(bundle).entityBuckets.map((b) => bucketMap(b)));
    textFiles.set(textHead.entityBucketParts[1]!, '{"not": "a bucket line"}\n');
    await expect(readSeedData(reader(textFiles))).rejects.toThrow(`${textHead.entityBucketParts[1]} line 1 is not a bucket`);
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
    const files: Files = new Map<string, string>([
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
