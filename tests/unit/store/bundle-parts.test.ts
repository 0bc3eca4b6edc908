import { describe, expect, it } from 'vitest';
import { partsNamedBy, readBundle, splitBundle } from '../../../lib/facts/bundle-parts';
import type { FactBundle } from '../../../lib/facts/schema';
import { smallBundle } from './small-bundle';

const reader = (files: Map<string, unknown>) => async (name: string) => files.get(name);
const utf8 = new TextEncoder();

describe('the bundle in parts (each file under the add-on linter\'s 5 MB parse limit)', () => {
  it('cuts entities and sources into ordered parts under the size and puts the same bundle back together', async () => {
    const bundle = smallBundle('v-test');
    const { head, parts, sourceParts, files } = splitBundle(bundle, 200);
    expect(parts.length).toBeGreaterThan(1);
    expect(sourceParts.length).toBeGreaterThan(1);
    for (const part of [...parts, ...sourceParts]) expect(part.length === 1 || utf8.encode(JSON.stringify(part)).length <= 200).toBe(true);
    // The head keeps only what grows slowly: no entities, no sources.
    expect(head).not.toHaveProperty('entities');
    expect(head).not.toHaveProperty('sources');
    expect(head.sourceParts).toEqual(['bundle-sources-1.json', 'bundle-sources-2.json', ...head.sourceParts.slice(2)]);
    // Parts are written before the head that names them.
    expect(files.at(-1)![0]).toBe('bundle.json');
    expect(files.map(([name]) => name).slice(0, -1).sort()).toEqual(partsNamedBy(head).sort());
    const loaded = await readBundle(reader(new Map(files)));
    expect(loaded).toEqual(bundle);
    expect(loaded.version).toBe(bundle.version);
  });

  it('counts bytes, not characters: accented names do not push a part over the size', () => {
    const bundle = smallBundle('v-test');
    const accented = { ...bundle, entities: bundle.entities.map((e) => ({ ...e, name: `${e.name} è société` })) };
    for (const part of splitBundle(accented, 300).parts) expect(part.length === 1 || utf8.encode(JSON.stringify(part)).length <= 300).toBe(true);
  });

  it('names a missing or broken part instead of seeding half the records', async () => {
    const { head, files } = splitBundle(smallBundle('v-test'), 200);
    const broken = new Map(files);
    broken.set(head.entityParts[1]!, { not: 'a list' });
    await expect(readBundle(reader(broken))).rejects.toThrow(`${head.entityParts[1]} is not a list of entities`);
    const missing = new Map(files);
    missing.delete(head.sourceParts[1]!);
    await expect(readBundle(reader(missing))).rejects.toThrow(`${head.sourceParts[1]} is not a list of sources`);
    const notJson = async (name: string) => {
      if (name === head.sourceParts[0]) throw new SyntaxError('Unexpected token < in JSON at position 0');
      return new Map(files).get(name);
    };
    await expect(readBundle(notJson)).rejects.toThrow(`cannot read ${head.sourceParts[0]}: Unexpected token`);
  });

  it('refuses a malformed head with a clear message', async () => {
    const { head, files } = splitBundle(smallBundle('v-test'), 200);
    const withHead = (h: unknown) => reader(new Map([...files, ['bundle.json', h]]));
    await expect(readBundle(withHead([]))).rejects.toThrow('bundle.json is not an object');
    await expect(readBundle(withHead({ ...head, sourceParts: undefined }))).rejects.toThrow('neither sources nor a list of sources parts');
    await expect(readBundle(withHead({ ...head, sourceParts: [] }))).rejects.toThrow('bad sourceParts list');
    await expect(readBundle(withHead({ ...head, sourceParts: ['../meta.json'] }))).rejects.toThrow('bad part name "../meta.json"');
  });

  it('still reads a one-file bundle', async () => {
    const bundle = smallBundle('v-old');
    expect(await readBundle(async () => bundle)).toEqual(bundle);
  });

  it('still reads the previous layout: sources in the head, entities in parts', async () => {
    const bundle = smallBundle('v-prev');
    const { head, parts } = splitBundle(bundle, 200);
    const { sourceParts: _s, ...previous } = { ...head, sources: bundle.sources };
    const files = new Map<string, unknown>([['bundle.json', previous], ...parts.map((p, i) => [head.entityParts[i]!, p] as [string, unknown])]);
    const loaded: FactBundle = await readBundle(reader(files));
    expect(loaded).toEqual(bundle);
  });
});
