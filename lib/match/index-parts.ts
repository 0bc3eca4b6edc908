/**
 * The match index ships as a small head plus parts, each well under the 5 MiB above which
 * Firefox's add-on linter (and addons.mozilla.org) refuses a file — as the fact bundle
 * (lib/facts/bundle-parts.ts) and the search index (lib/search/index-parts.ts) do:
 *
 *   match-index.json     { format, parts: ["match-index-1.json", ...] }
 *   match-index-N.json   some of the index's top-level fields ({ joined, nodeChars, ... })
 *
 * The fields are cut greedily, in key order, into parts of at most MATCH_PART_BYTES (cutBySize); a
 * field larger than a part is cut into its own fields (`joined` into `aliases`, `ids`, ...: a part
 * then holds `{ joined: { aliases } }`), and a value larger than a part (one long string) gets a
 * part of its own. Joining puts the fields back, one level deep, into the object compileMatchIndex
 * made, so loadMatchIndex, the fact-pack recompile and every other reader see what they saw before.
 * A one-file index (a head with no `parts`: an older build, or tests serving compileMatchIndex's
 * output) is read as it is. Pure: the background reads with fetch, Node (CLI, tests, bench) with
 * the file system.
 */
import { cutBySize, jsonBytes } from '../facts/bundle-parts';
import type { MatchIndexData } from './compile-index';

export const MATCH_INDEX_FILE = 'match-index.json';
/** Largest part (bytes of UTF-8 JSON) unless one value alone is larger; the linter's limit is 5 MiB. */
export const MATCH_PART_BYTES = 2_000_000;
export const matchPartName = (n: number): string => `match-index-${n}.json`;
export const MATCH_PART_NAME = /^match-index-\d+\.json$/;

export type MatchIndexHead = { format: number; parts: string[] };
type Fields = Record<string, unknown>;

const isPlainObject = (v: unknown): v is Fields => !!v && typeof v === 'object' && !Array.isArray(v);
const byKey = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);
/** Key, colon, value (cutBySize adds the comma): one field as it stands in a part's JSON object. */
const fieldBytes = ([key, value]: [string, unknown]) => jsonBytes(key) + 1 + jsonBytes(value);

/** Splits a compiled index into its head and parts (each a JSON object of some of its fields). */
export function splitMatchIndex(index: MatchIndexData, partBytes = MATCH_PART_BYTES): { head: MatchIndexHead; parts: Fields[] } {
  const { format, ...rest } = index as unknown as Fields;
  if (typeof format !== 'number') throw new Error('match index: the compiled index has no format');
  if ('parts' in rest) throw new Error('match index: the compiled index has a field named "parts"');
  // A field too large for a part, when it is an object of several fields, travels as those fields.
  const items = (Object.entries(rest) as Array<[string, unknown]>).sort(byKey).flatMap(([key, value]): Array<[string, unknown]> =>
    isPlainObject(value) && Object.keys(value).length > 1 && fieldBytes([key, value]) + 2 > partBytes
      ? (Object.entries(value) as Array<[string, unknown]>).sort(byKey).map(([sub, v]) => [key, { [sub]: v }])
      : [[key, value]]);
  const parts = cutBySize(items, partBytes, fieldBytes).map((run) => {
    const part: Fields = {};
    for (const [key, value] of run) part[key] = key in part ? { ...(part[key] as Fields), ...(value as Fields) } : value;
    return part;
  });
  return { head: { format, parts: parts.map((_, i) => matchPartName(i + 1)) }, parts };
}

/** The part files a head names (none for a one-file index, or a head that is not one). */
export function matchIndexPartNames(head: unknown): string[] {
  if (!isPlainObject(head) || !Array.isArray(head.parts)) return [];
  return head.parts.filter((f): f is string => typeof f === 'string');
}

/** The checked list of parts a head names, or undefined for a one-file index. */
function partList(head: unknown): string[] | undefined {
  if (!isPlainObject(head)) throw new Error(`match index: ${MATCH_INDEX_FILE} is not an object`);
  if (head.parts === undefined) return undefined;
  const names = head.parts;
  if (!Array.isArray(names) || names.length === 0) throw new Error(`match index: ${MATCH_INDEX_FILE} has a bad list of parts: ${JSON.stringify(names)}`);
  for (const name of names) if (typeof name !== 'string' || !MATCH_PART_NAME.test(name)) throw new Error(`match index: bad part name ${JSON.stringify(name)}`);
  return names as string[];
}

/**
 * The index a head and its parts (in the head's order) hold: the head's fields but `parts`, and
 * every part's fields; a field cut into its own fields is put back together. A field given twice
 * (or a sub-field), or a part that is not an object, is an error that names the file.
 */
export function joinMatchIndex(head: unknown, parts: readonly unknown[]): MatchIndexData {
  const names = partList(head);
  if (!names) return head as MatchIndexData;
  if (parts.length !== names.length) throw new Error(`match index: ${MATCH_INDEX_FILE} names ${names.length} parts, ${parts.length} given`);
  const { parts: _parts, ...index } = head as Fields;
  parts.forEach((part, i) => {
    const name = names[i]!;
    if (!isPlainObject(part)) throw new Error(`match index: ${name} is not an object of index fields`);
    for (const [key, value] of Object.entries(part)) {
      if (!(key in index)) index[key] = value;
      else if (isPlainObject(index[key]) && isPlainObject(value) && Object.keys(value).every((sub) => !(sub in (index[key] as Fields)))) index[key] = { ...(index[key] as Fields), ...value };
      else throw new Error(`match index: ${name} gives ${key} again`);
    }
  });
  if (typeof index.format !== 'number') throw new Error(`match index: ${MATCH_INDEX_FILE} has no format`);
  return index as unknown as MatchIndexData;
}

/**
 * Reads a head and its parts through `read` (a fetch or a file read, returning parsed JSON; the
 * parts in parallel) and returns the index. An error names the file it is about.
 */
export async function readMatchIndex(read: (name: string) => Promise<unknown>): Promise<MatchIndexData> {
  const head = await readNamed(read, MATCH_INDEX_FILE);
  const names = partList(head);
  if (!names) return joinMatchIndex(head, []);
  return joinMatchIndex(head, await Promise.all(names.map((name) => readNamed(read, name))));
}

async function readNamed(read: (name: string) => Promise<unknown>, name: string): Promise<unknown> {
  try {
    return await read(name);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(message.includes(name) ? message : `match index: cannot read ${name}: ${message}`, { cause: error });
  }
}
