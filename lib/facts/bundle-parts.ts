/**
 * The fact bundle ships as a small head plus parts, each well under the 5 MB above which Firefox's
 * add-on linter (and addons.mozilla.org) refuses to parse a file:
 *
 *   bundle.json             format, version, dataDate, deals, FX, currencies, credits, and the
 *                           lists `entityParts` and `sourceParts`
 *   bundle-entities-N.json  a run of entities, in bundle order
 *   bundle-sources-N.json   a run of sources, in bundle order
 *
 * Entities and sources are the two lists that grow with every data round (the sources alone were
 * 3 MB of a 3.7 MB head at 11,341 cited pages), so both are cut by size; what stays in the head
 * (deals, FX, currencies, credits: ~0.65 MB) grows slowly. The reader puts back the very object
 * the build compiled; its version (a hash compile.ts takes over the whole bundle) is in the head.
 * Pure: the background, the options page and the Node loader each bring their own reader.
 */
import type { Entity, FactBundle, Source } from './schema';

/** Largest part (bytes of UTF-8 JSON) unless one record alone is larger; the linter's limit is 5 MiB. */
export const BUNDLE_PART_BYTES = 3_000_000;
export const BUNDLE_HEAD_FILE = 'bundle.json';
export const entityPartName = (n: number): string => `bundle-entities-${n}.json`;
export const sourcePartName = (n: number): string => `bundle-sources-${n}.json`;
export const ENTITY_PART_NAME = /^bundle-entities-\d+\.json$/;
export const SOURCE_PART_NAME = /^bundle-sources-\d+\.json$/;

export type BundleHead = Omit<FactBundle, 'entities' | 'sources'> & { entityParts: string[]; sourceParts: string[] };

export interface SplitBundle {
  head: BundleHead;
  /** Entity parts, named by head.entityParts. */
  parts: Entity[][];
  /** Source parts, named by head.sourceParts. */
  sourceParts: Source[][];
  /** Every file to ship, parts first and the head (which names them) last: the order to write in. */
  files: Array<[name: string, json: unknown]>;
}

const utf8 = new TextEncoder();

/** UTF-8 bytes of a value's JSON: names, titles and descriptions carry accents, so not characters. */
export const jsonBytes = (value: unknown): number => utf8.encode(JSON.stringify(value)).length;

/**
 * Cuts `items` into runs whose JSON (array or object, "[]" / "{}" plus a comma per item) is at most
 * `partBytes` (a larger record gets a part of its own). Always one part at least. `bytesOf` is an
 * item's own size: the whole value by default, key and value for an object's entries.
 */
export function cutBySize<T>(items: readonly T[], partBytes: number, bytesOf: (item: T) => number = jsonBytes): T[][] {
  const parts: T[][] = [];
  let current: T[] = [];
  let size = 2; // "[]"
  for (const item of items) {
    const bytes = bytesOf(item) + 1; // +1 for the comma
    if (current.length > 0 && size + bytes > partBytes) {
      parts.push(current);
      current = [];
      size = 2;
    }
    current.push(item);
    size += bytes;
  }
  if (current.length > 0 || parts.length === 0) parts.push(current);
  return parts;
}

/** Splits a bundle into its head, entity parts and source parts, in order, each part under `partBytes`. */
export function splitBundle(bundle: FactBundle, partBytes = BUNDLE_PART_BYTES): SplitBundle {
  const parts = cutBySize(bundle.entities, partBytes);
  const sourceParts = cutBySize(bundle.sources, partBytes);
  const { entities: _entities, sources: _sources, ...rest } = bundle;
  const head: BundleHead = {
    ...rest,
    entityParts: parts.map((_, i) => entityPartName(i + 1)),
    sourceParts: sourceParts.map((_, i) => sourcePartName(i + 1)),
  };
  const files: SplitBundle['files'] = [
    ...parts.map((part, i): [string, unknown] => [head.entityParts[i]!, part]),
    ...sourceParts.map((part, i): [string, unknown] => [head.sourceParts[i]!, part]),
    [BUNDLE_HEAD_FILE, head],
  ];
  return { head, parts, sourceParts, files };
}

type Read = (name: string) => Promise<unknown>;

/** `read(name)`, with the file named in any error (a fetch's or JSON.parse's own message does not say which). */
async function readNamed(read: Read, name: string): Promise<unknown> {
  try {
    return await read(name);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(message.includes(name) ? message : `fact bundle: cannot read ${name}: ${message}`, { cause: error });
  }
}

/**
 * One list of the bundle: read from the parts the head names, or (an older build) taken from the
 * head itself. A head with neither, or a part that is not a list of records, is an error that names
 * the file, never a bundle seeded with half its records.
 */
async function readList<T>(head: Record<string, unknown>, read: Read, field: 'entities' | 'sources', partsField: 'entityParts' | 'sourceParts', pattern: RegExp): Promise<T[]> {
  const names = head[partsField];
  if (names === undefined) {
    if (Array.isArray(head[field])) return head[field] as T[];
    throw new Error(`fact bundle: ${BUNDLE_HEAD_FILE} has neither ${field} nor a list of ${field} parts (${partsField})`);
  }
  if (!Array.isArray(names) || names.length === 0) throw new Error(`fact bundle: ${BUNDLE_HEAD_FILE} has a bad ${partsField} list: ${JSON.stringify(names)}`);
  if (head[field] !== undefined) throw new Error(`fact bundle: ${BUNDLE_HEAD_FILE} has both ${field} and ${partsField}`);
  const parts = await Promise.all(names.map(async (name: unknown) => {
    if (typeof name !== 'string' || !pattern.test(name)) throw new Error(`fact bundle: bad part name ${JSON.stringify(name)}`);
    const part = await readNamed(read, name);
    if (!Array.isArray(part) || part.some((record) => !record || typeof record !== 'object')) throw new Error(`fact bundle: ${name} is not a list of ${field}`);
    return part as T[];
  }));
  return parts.flat();
}

/**
 * Reads a head and its parts through `read` (a fetch or a file read) and puts the bundle back
 * together. Also reads the older layouts: one file (no parts), and a head holding the sources
 * with only the entities in parts.
 */
export async function readBundle(read: Read): Promise<FactBundle> {
  const head = await readNamed(read, BUNDLE_HEAD_FILE);
  if (!head || typeof head !== 'object' || Array.isArray(head)) throw new Error(`fact bundle: ${BUNDLE_HEAD_FILE} is not an object`);
  const fields = head as Record<string, unknown>;
  const [entities, sources] = await Promise.all([
    readList<Entity>(fields, read, 'entities', 'entityParts', ENTITY_PART_NAME),
    readList<Source>(fields, read, 'sources', 'sourceParts', SOURCE_PART_NAME),
  ]);
  const { entityParts: _e, sourceParts: _s, ...rest } = fields;
  return { ...rest, sources, entities } as unknown as FactBundle;
}

/** Every part a head names (entity and source parts; none for a one-file bundle). */
export function partsNamedBy(head: unknown): string[] {
  if (!head || typeof head !== 'object') return [];
  const { entityParts, sourceParts } = head as { entityParts?: unknown; sourceParts?: unknown };
  return [entityParts, sourceParts].flatMap((list) => (Array.isArray(list) ? list.filter((f): f is string => typeof f === 'string') : []));
}
