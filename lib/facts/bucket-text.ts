/**
 * Bundled entities, their lookup keys and the sources are stored as TEXT buckets: a record
 * `{id, json}` whose `json` is the bucket's rows serialised once, by the fact build. Chromium's
 * structured clone of ~20 MB of nested objects was most of a seed (the re-seed passed 1 s at 17,000
 * entities, docs/data-store.md); a string is written as its bytes. A lookup parses the one bucket it
 * reads (~20 kB). The build ships the buckets as lines of text (bucket-parts in bundle-parts.ts), so a
 * seed neither parses them nor serialises them again.
 */

export interface TextBucket {
  /** "e:NN", "alias:NN" / "ticker:NN" / "rel:NN" / "id:NN", or "bucket:NN". */
  id: string;
  /** JSON of the bucket's map (entity id -> Entity, key -> entity ids, source id -> Source), ASCII only. */
  json: string;
}

/**
 * JSON with every non-ASCII character escaped (\uXXXX). The shipped files are then pure ASCII, which
 * the browser decodes on its fast path into one-byte strings; a string holding one character above
 * U+00FF would be stored at two bytes per character. Costs ~0.3 % in size (76,000 of 24 M characters).
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function textBucket(id: string, map: Record<string, unknown>): TextBucket {
  return { id, json: asciiJson(map) };
}

/** The map a stored bucket holds (empty when the bucket is absent: no bundled record hashes there). */
export function bucketMap<T>(bucket: TextBucket | undefined): Record<string, T> {
  return bucket ? (JSON.parse(bucket.json) as Record<string, T>) : {};
}

/** `map[key]` if it is the map's own entry: a key such as "constructor" must not reach Object.prototype. */
export function ownEntry<T>(map: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

/** One line per bucket, "id<TAB>json": JSON never holds a raw tab or newline, so no escaping is needed. */
export function bucketLines(buckets: readonly TextBucket[]): string[] {
  return buckets.map((bucket) => `${bucket.id}\t${bucket.json}`);
}

/**
 * The buckets of a shipped part, without parsing their JSON (the seed stores it as it is). Each id
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
