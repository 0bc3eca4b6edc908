/**
 * Bundled entities, their lookup keys and the sources are stored as PACKED buckets: a record
 * `{id, z}` whose `z` is the bucket's rows serialised once by the fact build, as ASCII JSON, and
 * deflated (raw deflate, fflate). Chromium's structured clone of ~20 MB of nested objects was most
 * of a seed (the re-seed passed 1 s at 17,000 entities, docs/data-store.md), so buckets became text
 * (`{id, json}`, ROWS_FORMAT 6); at 37 MB of text the write itself passed 1 s on a re-seed, and the
 * bytes deflate 3× (ROWS_FORMAT 7). A lookup inflates and parses the one bucket it reads (~27 kB of
 * JSON, ~9 kB packed). The build ships the packed buckets in binary parts (below), so a seed neither
 * parses, serialises nor compresses them. Text buckets (older layouts: lines of text) still read.
 */
import { deflateSync, inflateSync, strToU8 } from 'fflate';

/** A bucket of an older layout (bundle-*.txt parts, one per line), stored as its text. */
export interface TextBucket {
  /** "e:NN", "alias:NN" / "ticker:NN" / "rel:NN" / "id:NN", or "bucket:NN". */
  id: string;
  /** JSON of the bucket's map (entity id -> Entity, key -> entity ids, source id -> Source), ASCII only. */
  json: string;
}

/** A bucket as the build ships and a seed stores it: its ASCII JSON, deflated. */
export interface PackedBucket {
  id: TextBucket['id'];
  /** Raw deflate of the bucket's ASCII JSON. Owns its buffer: a view into a larger one would be
   *  cloned whole into IndexedDB (structured clone copies a view's entire ArrayBuffer). */
  z: Uint8Array;
}

export type StoredBucket = TextBucket | PackedBucket;

/**
 * JSON with every non-ASCII character escaped (\uXXXX). The shipped files are then pure ASCII, which
 * the browser decodes on its fast path into one-byte strings; a string holding one character above
 * U+00FF would be stored at two bytes per character. Costs ~0.3 % in size (76,000 of 24 M characters).
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Level 9: the build packs once, every install writes and reads the result. Deterministic output. */
export function packedBucket(id: string, map: Record<string, unknown>): PackedBucket {
  return { id, z: deflateSync(strToU8(asciiJson(map), true), { level: 9 }) };
}

/** ASCII is valid UTF-8: the native decoder reads it ~10× faster than a loop over the bytes. */
const ascii = new TextDecoder();

/** The error for a packed bucket that does not inflate, naming it (either inflater). */
function damaged(bucket: PackedBucket, error: unknown): Error {
  return new Error(`fact database: bucket ${bucket.id} is damaged (${error instanceof Error ? error.message : String(error)}); rebuild the cache in Options`, { cause: error });
}

/** The bucket's JSON text. */
export function bucketJson(bucket: StoredBucket): string {
  if (!('z' in bucket)) return bucket.json;
  try {
    return ascii.decode(inflateSync(bucket.z));
  } catch (error) {
    throw damaged(bucket, error);
  }
}

/** The map a stored bucket holds (empty when the bucket is absent: no bundled record hashes there). */
export function bucketMap<T>(bucket: StoredBucket | undefined): Record<string, T> {
  return bucket ? (JSON.parse(bucketJson(bucket)) as Record<string, T>) : {};
}

/**
 * `bucketMap` for the lookups the background answers: the platform's native DecompressionStream
 * instead of fflate's JavaScript, which a service worker that has just started runs in the
 * interpreter (the JIT warms only after thousands of buckets), so a first card after a cold start
 * took 190 ms instead of 80 ms (docs/data-store.md). Bulk reads (Node tools) keep `bucketMap`.
 */
export async function readBucketMap<T>(bucket: StoredBucket | undefined): Promise<Record<string, T>> {
  if (!bucket || !('z' in bucket) || typeof DecompressionStream === 'undefined') return bucketMap<T>(bucket);
  let json: string;
  try {
    const inflated = new Blob([bucket.z as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    json = await new Response(inflated).text();
  } catch (error) {
    throw damaged(bucket, error);
  }
  return JSON.parse(json) as Record<string, T>;
}

/** `map[key]` if it is the map's own entry: a key such as "constructor" must not reach Object.prototype. */
export function ownEntry<T>(map: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

/**
 * The buckets of a part of an older layout (one "id<TAB>json" line each), without parsing their JSON (the seed stores it as it is). Each id
 * must match `idPattern`, so a broken or wrong file stops the seed naming it instead of storing junk.
 */
export function parseBucketLines(text: string, file: string, idPattern: RegExp): TextBucket[] {
  const buckets: TextBucket[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '' && i === lines.length - 1) continue;
    const tab = line.indexOf('\t');
    const id = tab > 0 ? line.slice(0, tab) : '';
    if (!idPattern.test(id) || line.charCodeAt(tab + 1) !== 123 /* { */) throw new Error(`fact bundle: ${file} line ${i + 1} is not a bucket ("id<TAB>{json}")`);
    buckets.push({ id, json: line.slice(tab + 1) });
  }
  return buckets;
}

/**
 * A binary part ("bundle-*.bin"): the magic "BSZ1", then per bucket a byte with the id's length,
 * the id (ASCII), the packed length (uint32, little-endian) and the packed bytes.
 */
const MAGIC = [0x42, 0x53, 0x5a, 0x31];

/** Bytes one bucket takes in a binary part (to cut parts by size). */
export const packedRecordBytes = (bucket: PackedBucket): number => 1 + bucket.id.length + 4 + bucket.z.length;

export function encodeBucketPart(buckets: readonly PackedBucket[]): Uint8Array {
  const out = new Uint8Array(MAGIC.length + buckets.reduce((n, bucket) => n + packedRecordBytes(bucket), 0));
  const view = new DataView(out.buffer);
  out.set(MAGIC);
  let at = MAGIC.length;
  for (const { id, z } of buckets) {
    if (id.length > 255 || !/^[\x21-\x7e]+$/.test(id)) throw new Error(`fact bundle: bucket id ${JSON.stringify(id)} cannot be written`);
    out[at++] = id.length;
    for (let i = 0; i < id.length; i++) out[at++] = id.charCodeAt(i);
    view.setUint32(at, z.length, true);
    at += 4;
    out.set(z, at);
    at += z.length;
  }
  return out;
}

/**
 * The buckets of a binary part. Each id must match `idPattern` and every length must stay inside the
 * file, so a truncated, broken or wrong file stops the seed naming it (and the byte offset) instead
 * of storing junk. The packed bytes are copied out, each into a buffer of its own.
 */
export function decodeBucketPart(bytes: Uint8Array, file: string, idPattern: RegExp): PackedBucket[] {
  const fail = (at: number, what: string): never => {
    throw new Error(`fact bundle: ${file} is not a bucket part (${what} at byte ${at})`);
  };
  if (bytes.length < MAGIC.length || MAGIC.some((b, i) => bytes[i] !== b)) fail(0, 'no "BSZ1" header');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const buckets: PackedBucket[] = [];
  let at = MAGIC.length;
  while (at < bytes.length) {
    const start = at;
    const idLength = bytes[at++]!;
    if (at + idLength + 4 > bytes.length) fail(start, 'a record cut short');
    const id = String.fromCharCode(...bytes.subarray(at, at + idLength));
    if (!idPattern.test(id)) fail(start, `bucket id ${JSON.stringify(id)}`);
    at += idLength;
    const length = view.getUint32(at, true);
    at += 4;
    if (at + length > bytes.length) fail(start, `bucket ${id} cut short`);
    buckets.push({ id, z: bytes.slice(at, at + length) });
    at += length;
  }
  return buckets;
}
