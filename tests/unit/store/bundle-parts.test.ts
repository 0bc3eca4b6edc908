import { describe, expect, it } from 'vitest';
import { readBundle, splitBundle } from '../../../lib/facts/bundle-parts';
import { smallBundle } from './small-bundle';

describe('the bundle in parts (each file under the add-on linter\'s 5 MB parse limit)', () => {
  it('splits the entities into ordered parts under the size and puts the same bundle back together', async () => {
    const bundle = smallBundle('v-test');
    const { head, parts } = splitBundle(bundle, 200);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length === 1 || JSON.stringify(part).length <= 200).toBe(true);
    expect(head).not.toHaveProperty('entities');
    const files = new Map<string, unknown>([['bundle.json', head], ...parts.map((p, i) => [head.entityParts[i]!, p] as [string, unknown])]);
    expect(await readBundle(async (name) => files.get(name))).toEqual(bundle);
  });

  it('names a missing or broken part instead of seeding half the entities', async () => {
    const { head, parts } = splitBundle(smallBundle("v-test"), 200);
    const files = new Map<string, unknown>([['bundle.json', head], [head.entityParts[0]!, parts[0]], [head.entityParts[1]!, { not: 'a list' }]]);
    await expect(readBundle(async (name) => files.get(name))).rejects.toThrow(`${head.entityParts[1]} is not a list of entities`);
  });

  it('still reads a one-file bundle', async () => {
    const bundle = smallBundle('v-old');
    expect(await readBundle(async () => bundle)).toEqual(bundle);
  });
});
