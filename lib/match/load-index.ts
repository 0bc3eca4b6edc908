/**
 * Run-time side of the index: JSON (MatchIndexData) -> typed arrays ready for the walker.
 * Target: ready in < 20 ms (JSON.parse + loadMatchIndex, measured in bench/match.bench.ts).
 * Formats 3 and 4 only decode strings and check ranges: no Map, no pass over the trie. Older
 * formats (caches from before an update) are recompiled from their aliases.
 */
import type { IndexedEntity } from './types';
import { tokenFilterFrom, type TokenFilter } from './token-filter';
import { compileMatchIndex, indexAliases, indexEntities, MATCH_INDEX_FORMAT, type MatchIndexData } from './compile-index';
import { decodeDeltas, decodeUints } from './index-codec';

export interface MatchIndex {
  readonly entities: readonly IndexedEntity[];
  /** The text of each alias (what the press writes, as recorded). */
  readonly aliasText: readonly string[];
  /** Entity index of each alias. */
  readonly aliasEntity: Int32Array;
  /** Edge unit into each node. */
  readonly chars: Uint16Array;
  /** CSR child ranges (length nodes + 1). */
  readonly first: Int32Array;
  /** Per node: index into termStart, or -1. */
  readonly term: Int32Array;
  readonly termStart: Int32Array;
  readonly refAlias: Int32Array;
  readonly refFlags: Int32Array;
  /** Child of the root for each folded unit (0 = none): word starts are checked with one read. */
  readonly rootChild: Int32Array;
  /** Which words are worth a walk (token-filter.ts). */
  readonly tokens: TokenFilter;
  /**
   * Entity indexes of each entity's related entities (IndexedEntity.related) in CSR form: entity
   * e's are related[relatedStart[e] .. relatedStart[e+1]-1]. Kept as the decoded arrays: building
   * one JS array per entity cost a quarter of the load.
   */
  readonly relatedStart: Int32Array;
  readonly related: Int32Array;
}

function fail(why: string): never {
  throw new Error(`loadMatchIndex: invalid match index (${why}); rebuild it with \`npm run facts\``);
}

/** Decodes one packed array (index-codec.ts), turning a codec error into the loader's. */
function unpack(decode: (s: string, name: string) => Int32Array, s: unknown, name: string): Int32Array {
  try {
    return decode(s as string, name);
  } catch (e) {
    return fail((e as Error).message);
  }
}

/** The index's entities (columns or objects), turning a malformed list into the loader's error. */
function entitiesOf(data: MatchIndexData): IndexedEntity[] {
  try {
    return indexEntities(data);
  } catch (e) {
    return fail((e as Error).message);
  }
}

function inRange(a: Int32Array, lo: number, hi: number, what: string): void {
  for (let i = 0; i < a.length; i++) if (!(a[i]! >= lo && a[i]! < hi)) fail(`${what} ${i} is out of range`);
}

/**
 * An index written by an older compiler (a cache from before an update): compile it now from the
 * aliases it carries (slower, but loses nothing).
 */
function recompile(data: MatchIndexData): MatchIndex {
  const options = { blockList: data.blockList ?? [] };
  if ((data.format === 0 || data.format === 1) && Array.isArray(data.aliases)) return loadMatchIndex(compileMatchIndex(data.aliases, entitiesOf(data), options));
  if (data.format === 2) {
    if (!Array.isArray(data.aliasText) || !Array.isArray(data.aliasFlags) || !Array.isArray(data.aliasEntity) || data.aliasFlags.length !== data.aliasText.length || data.aliasEntity.length !== data.aliasText.length) fail('aliasText, aliasFlags or aliasEntity is missing');
    let aliases;
    try {
      aliases = indexAliases(data);
    } catch (e) {
      return fail((e as Error).message);
    }
    return loadMatchIndex(compileMatchIndex(aliases, entitiesOf(data), options));
  }
  return fail(`format ${String(data.format)}, expected ${MATCH_INDEX_FORMAT}`);
}

export function loadMatchIndex(data: MatchIndexData): MatchIndex {
  if (!data || typeof data !== 'object' || !(Array.isArray(data.entities) || (data.entityColumns && typeof data.entityColumns === 'object'))) fail('expected an object with entities');
  // Format 3 differs only in how the entities are written.
  if (data.format !== MATCH_INDEX_FORMAT && data.format !== 3) return recompile(data);
  const entityList = entitiesOf(data);
  const p = data.packed;
  if (!Array.isArray(data.aliasText)) fail('aliasText is missing');
  if (!p || typeof p !== 'object') fail('packed arrays are missing');
  if (typeof data.nodeChars !== 'string') fail('nodeChars is missing');
  const nodes = data.nodeChars.length;
  const chars = new Uint16Array(nodes);
  for (let i = 0; i < nodes; i++) chars[i] = data.nodeChars.charCodeAt(i);
  const first = unpack(decodeDeltas, p.firstChild, 'firstChild');
  if (first.length !== nodes + 1) fail('firstChild length does not match nodeChars');
  inRange(first, 0, nodes + 1, 'firstChild');
  const termNodes = unpack(decodeDeltas, p.termNodes, 'termNodes');
  const termStart = unpack(decodeDeltas, p.termStart, 'termStart');
  const refAlias = unpack(decodeDeltas, p.refAlias, 'refAlias');
  const refFlags = unpack(decodeUints, p.refFlags, 'refFlags');
  if (termStart.length !== termNodes.length + 1 || refAlias.length !== refFlags.length || termStart[termNodes.length] !== refAlias.length) fail('terminal arrays disagree');
  inRange(termNodes, 0, nodes, 'termNodes');
  inRange(termStart, 0, refAlias.length + 1, 'termStart');
  const aliases = data.aliasText.length;
  inRange(refAlias, -1, aliases, 'refAlias');
  const term = new Int32Array(nodes).fill(-1);
  for (let t = 0; t < termNodes.length; t++) term[termNodes[t]!] = t;

  const entities = entityList.length;
  const aliasEntity = unpack(decodeDeltas, p.aliasEntity, 'aliasEntity');
  if (aliasEntity.length !== aliases) fail('aliasEntity does not match the aliases');
  inRange(aliasEntity, 0, entities, 'alias');
  const relatedStart = unpack(decodeDeltas, p.relatedStart, 'relatedStart');
  const related = unpack(decodeUints, p.related, 'related');
  if (relatedStart.length !== entities + 1 || relatedStart[entities] !== related.length) fail('related does not match relatedStart');
  inRange(relatedStart, 0, related.length + 1, 'relatedStart');
  inRange(related, 0, entities, 'related');

  const rootChild = new Int32Array(0x10000);
  for (let c = first[0]!; c < first[1]!; c++) rootChild[chars[c]!] = c;

  const tokens = tokenFilterFrom({
    walk: unpack(decodeUints, p.tokenWalk, 'tokenWalk'),
    pairOnly: unpack(decodeUints, p.tokenPairOnly, 'tokenPairOnly'),
    pairs: unpack(decodeUints, p.tokenPairs, 'tokenPairs'),
  });
  return {
    entities: entityList, aliasText: data.aliasText, aliasEntity, chars, first, term, termStart, refAlias, refFlags, rootChild,
    tokens, relatedStart, related,
  };
}
