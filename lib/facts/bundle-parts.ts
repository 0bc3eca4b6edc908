/**
 * The fact bundle ships as a head (`bundle.json`: sources, deals, money tables, credits, and the
 * list of its entity parts) plus entity parts (`bundle-entities-N.json`), each well under the
 * 5 MB above which Firefox's add-on linter (and addons.mozilla.org) refuses to parse a file.
 * Pure: the background, the options page and the Node loader each bring their own reader.
 */
import type { Entity, FactBundle } from './schema';

/** Target size of one entity part (bytes of JSON); the linter's limit is 5 MiB. */
export const ENTITY_PART_BYTES = 3_000_000;
export const entityPartName = (n: number): string => `bundle-entities-${n}.json`;

export type BundleHead = Omit<FactBundle, 'entities'> & { entityParts: string[] };

/** Splits a bundle into its head and entity parts, in order, each part under `partBytes`. */
export function splitBundle(bundle: FactBundle, partBytes = ENTITY_PART_BYTES): { head: BundleHead; parts: Entity[][] } {
  const parts: Entity[][] = [];
  let current: Entity[] = [];
  let size = 2;
  for (const e of bundle.entities) {
    const bytes = JSON.stringify(e).length + 1;
    if (current.length > 0 && size + bytes > partBytes) {
      parts.push(current);
      current = [];
      size = 2;
    }
    current.push(e);
    size += bytes;
  }
  if (current.length > 0 || parts.length === 0) parts.push(current);
  const { entities: _entities, ...rest } = bundle;
  return { head: { ...rest, entityParts: parts.map((_, i) => entityPartName(i + 1)) }, parts };
}

/** Reads a head and its parts through `read` (a fetch or a file read) and puts the bundle back together. */
export async function readBundle(read: (name: string) => Promise<unknown>): Promise<FactBundle> {
  const head = (await read('bundle.json')) as Partial<BundleHead> & Record<string, unknown>;
  if (!head || typeof head !== 'object') throw new Error('fact bundle: bundle.json is not an object');
  if (!Array.isArray(head.entityParts)) {
    // A one-file bundle (a build from before the split): nothing to assemble.
    if (Array.isArray(head.entities)) return head as unknown as FactBundle;
    throw new Error('fact bundle: bundle.json lists no entity parts');
  }
  const parts = await Promise.all(head.entityParts.map(async (name) => {
    if (typeof name !== 'string' || !/^bundle-entities-\d+\.json$/.test(name)) throw new Error(`fact bundle: bad part name ${JSON.stringify(name)}`);
    const part = await read(name);
    if (!Array.isArray(part)) throw new Error(`fact bundle: ${name} is not a list of entities`);
    return part as Entity[];
  }));
  const { entityParts: _parts, ...rest } = head;
  return { ...(rest as Omit<FactBundle, 'entities'>), entities: parts.flat() };
}
