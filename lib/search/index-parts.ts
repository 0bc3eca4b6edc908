/**
 * The search index ships as a head plus stored-field parts, each well under the 5 MiB above
 * which Firefox's add-on linter (and addons.mozilla.org) refuses a file — as the fact bundle does
 * (lib/facts/bundle-parts.ts).
 *
 *   search-index.json        MiniSearch JSON without `storedFields` and `index`, plus
 *                            `storedFieldParts` and `termParts`
 *   search-stored-N.json     { [shortId]: stored fields } for a run of documents, in order
 *   search-terms-N.json      [[term, postings], ...]: a run of the inverted index, in order
 *
 * Why split the stored fields and not move the descriptions out: they are three quarters of the
 * index (names, aliases, tickers and the one-line description in five languages) and grow with
 * every data round; cutting them by size keeps every file under STORED_PART_BYTES however much
 * data comes, while the loader puts back exactly the object MiniSearch wrote, so results and
 * shown fields (descriptions in every language, picked by the popup) cannot change. The inverted
 * index grows more slowly (1.1 MB at 10,600 entities) but reached 2.8 MB at 40,700, which took
 * the head past 4 MB: its terms are cut into parts the same way, and put back in order. The parts
 * are cut like the bundle's (cutBySize). Pure: the background reads with fetch, Node (CLI, tests, bench) with
 * the file system.
 */

import { cutBySize, jsonBytes } from '../facts/bundle-parts';

/** Largest stored-field part (bytes of UTF-8 JSON); the linter's limit is 5 MiB. */
export const STORED_PART_BYTES = 2_000_000;
export const SEARCH_INDEX_FILE = 'search-index.json';
export const storedPartName = (n: number): string => `search-stored-${n}.json`;
export const STORED_PART_NAME = /^search-stored-\d+\.json$/;
export const termPartName = (n: number): string => `search-terms-${n}.json`;
export const TERM_PART_NAME = /^search-terms-\d+\.json$/;
/** Largest run of the inverted index (bytes of UTF-8 JSON). */
export const TERM_PART_BYTES = 2_000_000;

type StoredFields = Record<string, unknown>;
export type SearchIndexHead = Record<string, unknown> & { storedFieldParts: string[]; termParts: string[] };

const isPlainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Splits MiniSearch JSON (buildSearchIndex's output) into its head, stored-field parts and term parts. */
export function splitSearchIndex(json: object, partBytes = STORED_PART_BYTES, termBytes = TERM_PART_BYTES): { head: SearchIndexHead; parts: StoredFields[]; terms: unknown[][] } {
  const { storedFields, index, ...rest } = json as { storedFields?: unknown; index?: unknown } & Record<string, unknown>;
  if (!isPlainObject(storedFields)) throw new Error('search index: the built index has no storedFields object');
  if (!Array.isArray(index)) throw new Error('search index: the built index has no index array');
  // Key, colon, value, comma: one stored document as it stands in the part's JSON object.
  const runs = cutBySize(Object.entries(storedFields), partBytes, ([id, fields]) => jsonBytes(id) + 1 + jsonBytes(fields));
  const parts: StoredFields[] = runs.map((run) => Object.fromEntries(run));
  const terms = cutBySize(index as unknown[], termBytes);
  return { head: { ...rest, storedFieldParts: parts.map((_, i) => storedPartName(i + 1)), termParts: terms.map((_, i) => termPartName(i + 1)) }, parts, terms };
}

/**
 * Reads a head and its parts through `read` (a fetch or a file read) and returns the MiniSearch
 * JSON for loadSearchIndex. A one-file index (no `storedFieldParts`: an older build, or tests
 * serving buildSearchIndex's output) is returned as it is.
 */
export async function readSearchIndex(read: (name: string) => Promise<unknown>): Promise<object> {
  const head = await read(SEARCH_INDEX_FILE);
  if (!isPlainObject(head)) throw new Error(`search index: ${SEARCH_INDEX_FILE} is not an object`);
  const names = head.storedFieldParts;
  if (names === undefined) {
    if (isPlainObject(head.storedFields)) return head;
    throw new Error(`search index: ${SEARCH_INDEX_FILE} has neither stored fields nor a list of parts`);
  }
  if (!Array.isArray(names) || names.length === 0) throw new Error(`search index: ${SEARCH_INDEX_FILE} has a bad list of parts`);
  // An older head holds its inverted index itself (no `termParts`).
  const termNames = head.termParts;
  if (termNames !== undefined && (!Array.isArray(termNames) || termNames.length === 0)) throw new Error(`search index: ${SEARCH_INDEX_FILE} has a bad list of term parts`);
  const [parts, terms] = await Promise.all([
    readParts(read, names, STORED_PART_NAME, isPlainObject, 'an object of stored fields'),
    termNames === undefined ? undefined : readParts(read, termNames, TERM_PART_NAME, (p): p is unknown[] => Array.isArray(p), 'a list of terms'),
  ]);
  const { storedFieldParts: _parts, termParts: _terms, ...rest } = head;
  return { ...rest, ...(terms ? { index: terms.flat() } : {}), storedFields: Object.assign({}, ...parts) as StoredFields };
}

/** Reads the parts a head names, each checked by name and by shape. */
function readParts<T>(read: (name: string) => Promise<unknown>, names: readonly unknown[], nameRe: RegExp, isPart: (p: unknown) => p is T, what: string): Promise<T[]> {
  return Promise.all(names.map(async (name) => {
    if (typeof name !== 'string' || !nameRe.test(name)) throw new Error(`search index: bad part name ${JSON.stringify(name)}`);
    const part = await read(name);
    if (!isPart(part)) throw new Error(`search index: ${name} is not ${what}`);
    return part;
  }));
}
