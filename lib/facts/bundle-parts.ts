/**
 * The fact bundle ships as a small head plus parts, each well under the 5 MB above which Firefox's
 * add-on linter (and addons.mozilla.org) refuses to parse a file:
 *
 *   bundle.json             format, version, dataDate, counts, deals, FX, currencies, credits, and
 *                           the lists `entityBucketParts`, `keyBucketParts` and `sourceBucketParts`
 *   bundle-entities-N.bin   entity buckets "e:NN" ({entity id: Entity, ...}), packed
 *   bundle-keys-N.bin       the entities' lookup keys: "alias:NN" ({key: [entity ids]}; and ticker, rel, id)
 *   bundle-sources-N.bin    source buckets "bucket:NN" ({source id: Source, ...})
 *
 * The buckets are exactly the packed records the background stores (bucket-text.ts: deflated ASCII
 * JSON in binary parts), made once by the build: a seed cuts the parts into records and writes them,
 * without parsing 37 MB of JSON into objects and cloning them back (docs/data-store.md). Node tools and tests read the same files back into the
 * FactBundle the build compiled (`readBundle`): entities and sources are sorted by id in a bundle,
 * so the order is put back by sorting. What stays in the head (deals, FX, currencies, credits:
 * ~0.7 MB) grows slowly. Older layouts (one file; JSON entity and source parts; text bucket parts
 * bundle-*-N.txt, one "id<TAB>json" line per bucket) are still read.
 * Pure: the background and the Node loader each bring their own reader of a file (bytes for `.bin`).
 */
import { bucketMap, decodeBucketPart, encodeBucketPart, packedRecordBytes, parseBucketLines, type PackedBucket, type StoredBucket } from './bucket-text';
import { ENTITY_BUCKET_ID } from './entity-buckets';
import { KEY_BUCKET_ID } from './key-buckets';
import { seedDataOf, type SeedData, type StoreBuckets } from './seed-data';
import type { Entity, FactBundle, Source } from './schema';
import { SOURCE_BUCKET_ID } from './source-buckets';

/** Largest part (bytes) unless one record alone is larger; the linter's limit is 5 MiB. */
export const BUNDLE_PART_BYTES = 3_000_000;
export const BUNDLE_HEAD_FILE = 'bundle.json';
/** The JSON parts of the previous layout (entities and sources as lists), still read. */
export const ENTITY_PART_NAME = /^bundle-entities-\d+\.json$/;
export const SOURCE_PART_NAME = /^bundle-sources-\d+\.json$/;

/** The three kinds of bucket parts: head field, file name, the bucket ids a file may hold. */
const BUCKET_KINDS = {
  entityBuckets: { field: 'entityBucketParts', file: (n: number) => `bundle-entities-${n}.bin`, name: /^bundle-entities-\d+\.(?:bin|txt)$/, id: ENTITY_BUCKET_ID },
  keyBuckets: { field: 'keyBucketParts', file: (n: number) => `bundle-keys-${n}.bin`, name: /^bundle-keys-\d+\.(?:bin|txt)$/, id: KEY_BUCKET_ID },
  sourceBuckets: { field: 'sourceBucketParts', file: (n: number) => `bundle-sources-${n}.bin`, name: /^bundle-sources-\d+\.(?:bin|txt)$/, id: SOURCE_BUCKET_ID },
} as const;
type BucketKind = keyof typeof BUCKET_KINDS;
const KINDS = Object.keys(BUCKET_KINDS) as BucketKind[];

/** A file the build writes to public/facts for the bundle (a head or a part). */
export const isBundlePart = (file: string): boolean => KINDS.some((kind) => BUCKET_KINDS[kind].name.test(file)) || ENTITY_PART_NAME.test(file) || SOURCE_PART_NAME.test(file);

export type BundleHead = Omit<FactBundle, 'entities' | 'sources'> & {
  counts: SeedData['counts'];
  entityBucketParts: string[];
  keyBucketParts: string[];
  sourceBucketParts: string[];
};

export interface SplitBundle {
  head: BundleHead;
  /** The buckets of each part, by kind, in the order of the head's lists. */
  parts: Record<BucketKind, PackedBucket[][]>;
  /** Every file to ship (binary parts, then the head, which names them, as text): the order to write in. */
  files: Array<[name: string, content: string | Uint8Array]>;
}

/** A part the readers must hand over as bytes (a file read or fetch as text would garble it). */
export const isBinaryPart = (file: string): boolean => file.endsWith('.bin');

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

/**
 * Splits a bundle into its head and binary bucket parts, each part under `partBytes` (a bucket
 * larger than that gets a part of its own). `json` serialises the head (the build passes its canonical form).
 */
export function splitBundle(bundle: FactBundle, partBytes = BUNDLE_PART_BYTES, json: (value: unknown) => string = JSON.stringify): SplitBundle {
  // The same buckets and counts the background seeds (seed-data.ts), cut into parts.
  const data = seedDataOf(bundle);
  // seedDataOf packs every bucket (an older layout's text buckets exist only when read back).
  const packed = (kind: BucketKind) => data[kind] as PackedBucket[];
  const parts = Object.fromEntries(KINDS.map((kind) => [kind, cutBySize(packed(kind), partBytes, packedRecordBytes)])) as SplitBundle['parts'];
  const names = (kind: BucketKind) => parts[kind].map((_, i) => BUCKET_KINDS[kind].file(i + 1));
  const { entities: _entities, sources: _sources, ...rest } = bundle;
  const head: BundleHead = {
    ...rest,
    counts: data.counts,
    entityBucketParts: names('entityBuckets'),
    keyBucketParts: names('keyBuckets'),
    sourceBucketParts: names('sourceBuckets'),
  };
  const files: SplitBundle['files'] = [
    ...KINDS.flatMap((kind) => parts[kind].map((buckets, i): [string, Uint8Array] => [head[BUCKET_KINDS[kind].field][i]!, encodeBucketPart(buckets)])),
    [BUNDLE_HEAD_FILE, json(head)],
  ];
  return { head, parts, files };
}

/** Reads a file (a fetch or a file read): its bytes when `isBinaryPart(name)`, else its text. */
type Read = (name: string) => Promise<string | Uint8Array>;

/** `read(name)`, parsed as JSON when asked, with the file named in any error (a fetch's or JSON.parse's own message does not say which). */
async function readNamed(read: Read, name: string, as: 'json' | 'text' | 'bytes'): Promise<unknown> {
  try {
    const content = await read(name);
    if (as === 'bytes') {
      if (!(content instanceof Uint8Array)) throw new Error('not read as bytes');
      return content;
    }
    if (typeof content !== 'string') throw new Error('not a text file');
    return as === 'json' ? (JSON.parse(content) as unknown) : content;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(message.includes(name) ? message : `fact bundle: cannot read ${name}: ${message}`, { cause: error });
  }
}

async function readHead(read: Read): Promise<Record<string, unknown>> {
  const head = await readNamed(read, BUNDLE_HEAD_FILE, 'json');
  if (!head || typeof head !== 'object' || Array.isArray(head)) throw new Error(`fact bundle: ${BUNDLE_HEAD_FILE} is not an object`);
  return head as Record<string, unknown>;
}

/** A list of part names from the head, each matching `pattern` (no path can sneak in). */
function partNames(head: Record<string, unknown>, field: string, pattern: RegExp): string[] {
  const names = head[field];
  if (!Array.isArray(names) || names.length === 0) throw new Error(`fact bundle: ${BUNDLE_HEAD_FILE} has a bad ${field} list: ${JSON.stringify(names)}`);
  for (const name of names) if (typeof name !== 'string' || !pattern.test(name)) throw new Error(`fact bundle: bad part name ${JSON.stringify(name)}`);
  return names as string[];
}

const isBucketLayout = (head: Record<string, unknown>): boolean => KINDS.some((kind) => head[BUCKET_KINDS[kind].field] !== undefined);

/** One bucket part: binary (packed buckets) or an older layout's text (one line per bucket). */
async function readBucketPart(read: Read, file: string, id: RegExp): Promise<StoredBucket[]> {
  if (isBinaryPart(file)) return decodeBucketPart((await readNamed(read, file, 'bytes')) as Uint8Array, file, id);
  return parseBucketLines((await readNamed(read, file, 'text')) as string, file, id);
}

/** The buckets of every kind, as stored, from the parts the head names. */
async function readBuckets(head: Record<string, unknown>, read: Read): Promise<StoreBuckets> {
  const lists = await Promise.all(KINDS.map(async (kind) => {
    const { field, name, id } = BUCKET_KINDS[kind];
    const parts = await Promise.all(partNames(head, field, name).map((file) => readBucketPart(read, file, id)));
    return parts.flat();
  }));
  return Object.fromEntries(KINDS.map((kind, i) => [kind, lists[i]])) as unknown as StoreBuckets;
}

function withoutLayoutFields(head: Record<string, unknown>): Record<string, unknown> {
  const { entityParts: _e, sourceParts: _s, entityBucketParts: _eb, keyBucketParts: _kb, sourceBucketParts: _sb, counts: _c, ...rest } = head;
  return rest;
}

/** Every record of these buckets, in bundle order (by id). */
function recordsOf<T extends { id: string }>(buckets: readonly StoredBucket[]): T[] {
  return buckets.flatMap((bucket) => Object.values(bucketMap<T>(bucket))).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * One list of an older layout: read from the JSON parts the head names, or taken from the head
 * itself. A head with neither, or a part that is not a list of records, is an error that names
 * the file, never a bundle seeded with half its records.
 */
async function readList<T>(head: Record<string, unknown>, read: Read, field: 'entities' | 'sources', partsField: 'entityParts' | 'sourceParts', pattern: RegExp): Promise<T[]> {
  if (head[partsField] === undefined) {
    if (Array.isArray(head[field])) return head[field] as T[];
    throw new Error(`fact bundle: ${BUNDLE_HEAD_FILE} has neither ${field} nor a list of ${field} parts (${partsField})`);
  }
  const names = partNames(head, partsField, pattern);
  if (head[field] !== undefined) throw new Error(`fact bundle: ${BUNDLE_HEAD_FILE} has both ${field} and ${partsField}`);
  const parts = await Promise.all(names.map(async (name) => {
    const part = await readNamed(read, name, 'json');
    if (!Array.isArray(part) || part.some((record) => !record || typeof record !== 'object')) throw new Error(`fact bundle: ${name} is not a list of ${field}`);
    return part as T[];
  }));
  return parts.flat();
}

/**
 * Reads a head and its parts through `read` and puts the bundle back together as objects (Node
 * tools and tests). Also reads the older layouts: one file, and JSON parts of entities and sources.
 */
export async function readBundle(read: Read): Promise<FactBundle> {
  const head = await readHead(read);
  if (isBucketLayout(head)) {
    const buckets = await readBuckets(head, read);
    return { ...withoutLayoutFields(head), sources: recordsOf<Source>(buckets.sourceBuckets), entities: recordsOf<Entity>(buckets.entityBuckets) } as unknown as FactBundle;
  }
  const [entities, sources] = await Promise.all([
    readList<Entity>(head, read, 'entities', 'entityParts', ENTITY_PART_NAME),
    readList<Source>(head, read, 'sources', 'sourceParts', SOURCE_PART_NAME),
  ]);
  return { ...withoutLayoutFields(head), sources, entities } as unknown as FactBundle;
}

/**
 * What the background seeds: the head as objects and the buckets as they ship (no inflating or
 * JSON.parse of the parts). An older layout is read as objects and bucketed here.
 */
export async function readSeedData(read: Read): Promise<SeedData> {
  const head = await readHead(read);
  if (!isBucketLayout(head)) return seedDataOf(await readBundle(read));
  if (!head.counts || typeof head.counts !== 'object') throw new Error(`fact bundle: ${BUNDLE_HEAD_FILE} has no counts`);
  return { ...(withoutLayoutFields(head) as Omit<SeedData, 'counts' | keyof StoreBuckets>), counts: head.counts as SeedData['counts'], ...(await readBuckets(head, read)) };
}

/** Every part a head names (bucket parts, or an older layout's entity and source parts; none for a one-file bundle). */
export function partsNamedBy(head: unknown): string[] {
  if (!head || typeof head !== 'object') return [];
  const fields = head as Record<string, unknown>;
  return ['entityBucketParts', 'keyBucketParts', 'sourceBucketParts', 'entityParts', 'sourceParts'].flatMap((field) => {
    const list = fields[field];
    return Array.isArray(list) ? list.filter((f): f is string => typeof f === 'string') : [];
  });
}
