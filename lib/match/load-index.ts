/**
 * Run-time side of the index: JSON (MatchIndexData) -> typed arrays ready for the walker.
 * Target: ready in < 20 ms (JSON.parse + loadMatchIndex, measured in bench/match.bench.ts).
 * Format 6 at round 17 (57,065 aliases, 33,717 entities, 2.1 MiB): 3.3-4.1 + 6.5-10.1 ms =
 * 9.8-14.2 ms in three bench runs, where format 5 read 25.2-37.3 ms in the runs between them (its
 * one pass over 515 k trie nodes and 64 k random probes into the token filter's hash sets were
 * most of it). In a fresh process (cold JIT, as in a tab's content script) 23-43 ms, 46-71 ms for
 * format 5: there the decoding loops run in the interpreter until they are compiled.
 * Formats 3 to 6 only decode strings and check ranges (as they decode, in format 6): no pass over
 * the trie beyond one over its nodes. Formats 5 and 6 leave the alias texts and entities in their
 * joined strings until the matcher asks for one. Older formats (caches from before an update)
 * are recompiled from their aliases.
 */
import type { EntityKind } from '../facts/schema';
import type { IndexedEntity } from './types';
import { hashSetFromPacked, tokenFilterFrom, tokenSetFromGaps, type TokenFilter } from './token-filter';
import { badKindCode, compileMatchIndex, entityStrings, indexAliases, indexEntities, joinedStrings, kindOfCode, MATCH_INDEX_FORMAT, slicesOf, type JoinedStrings, type MatchIndexData, type PackedIndexArrays, type StringList } from './compile-index';
import { decodeDeltas, decodeRadixShapes, decodeShapes, decodeStarts, decodeUints, decodeWide, decodeWideSteps } from './index-codec';

export interface MatchIndex {
  /** How many entities the index names. */
  readonly entityCount: number;
  /**
   * Entity e ({ id, kind, name }), made on first use: format 5 slices its strings out of the
   * joined columns only for the entities a page names.
   */
  entity(e: number): IndexedEntity;
  /** Entity e's kind, without making the entity. */
  kindOf(e: number): EntityKind;
  /** All entities (made on first read; the matcher asks entity(e)). */
  readonly entities: readonly IndexedEntity[];
  /** How many aliases the index holds. */
  readonly aliasCount: number;
  /** First names two or more of the data's people go by, lower-cased (compile-index.ts firstNamesOf). */
  readonly firstNames: ReadonlySet<string>;
  /** The text of alias i (what the press writes, as recorded). */
  alias(i: number): string;
  /** All alias texts (made on first read; the matcher asks alias(i)). */
  readonly aliasText: readonly string[];
  /** Entity index of each alias. */
  readonly aliasEntity: Int32Array;
  /** First unit of each node's label (the unit the child search compares). */
  readonly chars: Uint16Array;
  /**
   * Each node's label, the units from its parent to it: labels[labelStart[node] .. labelStart[node
   * + 1] - 1]. Format 6 merges chains of one-child nodes into one node (path compression); in older
   * formats every label is one unit (labelStart[node] = node).
   */
  readonly labels: string;
  readonly labelStart: Int32Array;
  /** CSR child ranges (length nodes + 1). */
  readonly first: Int32Array;
  /**
   * Per node, the start of its refs in refAlias/refFlags (length nodes + 1): node n's refs are
   * termStart[n] .. termStart[n + 1] - 1, none for a node where no name ends.
   */
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

function listOf(array: readonly string[]): StringList {
  return { length: array.length, at: (i) => array[i]! };
}

/** Format 5's joined strings (base-32 lengths), sliced on demand (see joinedStrings). */
function joinedList(j: JoinedStrings | undefined, name: string): StringList {
  if (!j || typeof j !== 'object' || typeof j.text !== 'string') fail(`${name} are missing`);
  const text = j.text;
  return slicesOf(text, unpack((s, n) => decodeStarts(s, n, text.length), j.lengths, `${name} lengths`));
}

/**
 * Upper bound for values with no tighter one (flags, counts): 2^30, within V8's small integers
 * even with pointer compression, so every bound decodeWide compares with is one. A bound of 2^32
 * (a heap number) made the compiled decoder start over in a fresh process (refFlags: 3-6 ms
 * where refAlias, decoded just before, took 0.6).
 */
const SMALL_INT_END = 2 ** 30;

function fail(why: string): never {
  throw new Error(`loadMatchIndex: invalid match index (${why}); rebuild it with \`npm run facts\``);
}

/** Decodes one packed array (index-codec.ts), turning a codec error into the loader's. */
function unpack<T>(decode: (s: string, name: string, count?: number) => T, s: unknown, name: string, count?: number): T {
  try {
    return decode(s as string, name, count);
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

/** Label starts of a plain trie (one unit per node): older formats. */
function unitLabels(nodes: number): Int32Array {
  const labelStart = new Int32Array(nodes + 1);
  for (let i = 0; i <= nodes; i++) labelStart[i] = i;
  return labelStart;
}

type Trie = { chars: Uint16Array; first: Int32Array; labelStart: Int32Array } & ({ termStart: Int32Array } | { term: Int32Array; terminals: number });

/**
 * The trie's labels, child ranges and terminals: format 6 from nodeShape and nodeLabels, format 5
 * from nodeShape, formats 3 and 4 from the packed arrays.
 */
function trie(data: MatchIndexData, units: string): Trie {
  const nodes = units.length;
  if (data.format === MATCH_INDEX_FORMAT) return unpack((s, name) => decodeRadixShapes(s, data.nodeLabels as string, data.nodeRefs as string, name, units), data.nodeShape, 'nodeShape');
  if (data.format === 5) {
    if (typeof data.nodeShape === 'string' && data.nodeShape.length !== nodes) fail('nodeShape length does not match nodeChars');
    return { ...unpack((s, name) => decodeShapes(s, name, units), data.nodeShape, 'nodeShape'), labelStart: unitLabels(nodes) };
  }
  const chars = new Uint16Array(nodes);
  for (let i = 0; i < nodes; i++) chars[i] = units.charCodeAt(i);
  const p = data.packed!;
  const first = unpack(decodeDeltas, p.firstChild, 'firstChild');
  if (first.length !== nodes + 1) fail('firstChild length does not match nodeChars');
  inRange(first, 0, nodes + 1, 'firstChild');
  const termNodes = unpack(decodeDeltas, p.termNodes, 'termNodes');
  inRange(termNodes, 0, nodes, 'termNodes');
  const term = new Int32Array(nodes).fill(-1);
  for (let t = 0; t < termNodes.length; t++) term[termNodes[t]!] = t;
  return { chars, first, term, terminals: termNodes.length, labelStart: unitLabels(nodes) };
}

/**
 * The token filter: format 6 sets its bits from the shipped positions, format 5 from the hashes,
 * both straight from the strings.
 */
function tokenFilter(data: MatchIndexData): TokenFilter {
  const p = data.packed!;
  if (data.format === MATCH_INDEX_FORMAT) {
    const counts = unpack((s, name) => decodeWide(s, name, undefined, 0, SMALL_INT_END), p.tokenCounts, 'tokenCounts');
    if (counts.length !== 6) fail('tokenCounts does not hold three counts and three sizes');
    const set = (s: string, i: number, name: string) => {
      try {
        return tokenSetFromGaps(s, counts[i]!, counts[i + 3]!, name);
      } catch (e) {
        return fail((e as Error).message);
      }
    };
    return { walk: set(p.tokenWalk, 0, 'tokenWalk'), pairOnly: set(p.tokenPairOnly, 1, 'tokenPairOnly'), pairs: set(p.tokenPairs, 2, 'tokenPairs') };
  }
  if (data.format !== 5) {
    return tokenFilterFrom({
      walk: unpack(decodeUints, p.tokenWalk, 'tokenWalk'),
      pairOnly: unpack(decodeUints, p.tokenPairOnly, 'tokenPairOnly'),
      pairs: unpack(decodeUints, p.tokenPairs, 'tokenPairs'),
    });
  }
  const counts = unpack(decodeUints, p.tokenCounts, 'tokenCounts');
  if (counts.length !== 3) fail('tokenCounts does not hold three counts');
  const set = (s: string, i: number, name: string) => {
    try {
      return hashSetFromPacked(s, counts[i]!, name);
    } catch (e) {
      return fail((e as Error).message);
    }
  };
  return { walk: set(p.tokenWalk, 0, 'tokenWalk'), pairOnly: set(p.tokenPairOnly, 1, 'tokenPairOnly'), pairs: set(p.tokenPairs, 2, 'tokenPairs') };
}

/** Entities and alias texts, read by index: format 5 from the joined strings, older formats from their arrays. */
function stringsOf(data: MatchIndexData): { ids: StringList; names: StringList; kinds: string; aliases: StringList } | { entities: IndexedEntity[]; aliases: StringList } {
  if (data.format !== MATCH_INDEX_FORMAT && data.format !== 5) {
    if (!Array.isArray(data.aliasText)) fail('aliasText is missing');
    return { entities: entitiesOf(data), aliases: listOf(data.aliasText) };
  }
  const j = data.joined!;
  if (data.format === MATCH_INDEX_FORMAT) {
    try {
      const aliases = joinedStrings(j.aliases, 'alias texts');
      const { ids, names, kinds } = entityStrings(j, aliases);
      const bad = badKindCode(kinds);
      if (bad >= 0) fail(`match index: entity ${bad} is malformed`);
      return { ids, names, kinds, aliases };
    } catch (e) {
      return fail((e as Error).message);
    }
  }
  const ids = joinedList(j.ids, 'entity ids');
  const names = joinedList(j.names, 'entity names');
  const kinds = j.kinds;
  if (typeof kinds !== 'string' || kinds.length !== ids.length || names.length !== ids.length) fail('match index: entity columns disagree');
  const bad = badKindCode(kinds);
  if (bad >= 0) fail(`match index: entity ${bad} is malformed`);
  return { ids, names, kinds, aliases: joinedList(j.aliases, 'alias texts') };
}

interface RefArrays {
  termStart: Int32Array;
  refAlias: Int32Array;
  refFlags: Int32Array;
  aliasEntity: Int32Array;
  relatedStart: Int32Array;
  related: Int32Array;
}

/**
 * Formats 3 to 5: base-32 strings (index-codec.ts decodeDeltas, decodeUints), checked after
 * decoding; the refs' starts, written per terminal, made per node.
 */
function packedArrays(p: PackedIndexArrays, term: Int32Array, terminals: number, aliases: number, entities: number): RefArrays {
  // Decoded at their known lengths: a string holding another number of values is an error.
  const starts = unpack(decodeDeltas, p.termStart, 'termStart', terminals + 1);
  const refs = starts[terminals]!;
  if (!(refs >= 0)) fail('terminal arrays disagree');
  const refAlias = unpack(decodeDeltas, p.refAlias, 'refAlias', refs);
  const refFlags = unpack(decodeUints, p.refFlags, 'refFlags', refs);
  inRange(starts, 0, refs + 1, 'termStart');
  for (let t = 0; t < terminals; t++) if (starts[t + 1]! < starts[t]!) fail(`termStart ${t + 1} is out of range`);
  const termStart = new Int32Array(term.length + 1);
  for (let n = 0; n < term.length; n++) {
    const t = term[n]!;
    termStart[n + 1] = t >= 0 ? starts[t + 1]! : termStart[n]!;
  }
  inRange(refAlias, -1, aliases, 'refAlias');
  const aliasEntity = unpack(decodeDeltas, p.aliasEntity, 'aliasEntity', aliases);
  inRange(aliasEntity, 0, entities, 'alias');
  const relatedStart = unpack(decodeDeltas, p.relatedStart, 'relatedStart', entities + 1);
  if (!(relatedStart[entities]! >= 0)) fail('related does not match relatedStart');
  const related = unpack(decodeUints, p.related, 'related', relatedStart[entities]);
  inRange(relatedStart, 0, related.length + 1, 'relatedStart');
  inRange(related, 0, entities, 'related');
  return { termStart, refAlias, refFlags, aliasEntity, relatedStart, related };
}

/**
 * Format 6: wide strings (index-codec.ts decodeWide, decodeWideSteps), each decoded at the length
 * the rest of the index gives it and checked as it is decoded. Starts travel as steps, so they
 * never go down and only the last one needs a check.
 */
function wideArrays(p: PackedIndexArrays, termStart: Int32Array, aliases: number, entities: number): RefArrays {
  const wide = (s: unknown, name: string, count: number, lo: number, hi: number, offset = 0) => unpack((x, n) => decodeWide(x, n, count, lo, hi, offset), s, name);
  const steps = (s: unknown, name: string, count: number) => unpack((x, n) => decodeWideSteps(x, n, count), s, name);
  const refs = termStart[termStart.length - 1]!;
  const refAlias = wide(p.refAlias, 'refAlias', refs, -1, aliases, -1);
  const refFlags = wide(p.refFlags, 'refFlags', refs, 0, SMALL_INT_END);
  const aliasEntity = wide(p.aliasEntity, 'aliasEntity', aliases, 0, entities);
  const relatedStart = steps(p.relatedStart, 'relatedStart', entities);
  const related = wide(p.related, 'related', relatedStart[entities]!, 0, entities);
  return { termStart, refAlias, refFlags, aliasEntity, relatedStart, related };
}

export function loadMatchIndex(data: MatchIndexData): MatchIndex {
  const isObject = (x: unknown) => !!x && typeof x === 'object';
  if (!isObject(data) || !(Array.isArray(data.entities) || isObject(data.entityColumns) || isObject(data.joined))) fail('expected an object with entities');
  const joined = data.format === MATCH_INDEX_FORMAT || data.format === 5;
  if (joined && !isObject(data.joined)) fail('expected an object with entities');
  // Formats 3 and 4 differ only in how the entities are written; format 5 also in the strings and
  // the trie's shape; format 6 in the trie's labels and the token filter.
  if (!joined && data.format !== 4 && data.format !== 3) return recompile(data);
  const strings = stringsOf(data);
  const p = data.packed;
  if (!p || typeof p !== 'object') fail('packed arrays are missing');
  if (typeof data.nodeChars !== 'string') fail('nodeChars is missing');
  const labels = data.nodeChars;
  const shape = trie(data, labels);
  const { chars, first, labelStart } = shape;
  const aliases = strings.aliases.length;
  const entities = 'entities' in strings ? strings.entities.length : strings.ids.length;
  const { termStart, refAlias, refFlags, aliasEntity, relatedStart, related } = 'termStart' in shape ? wideArrays(p, shape.termStart, aliases, entities) : packedArrays(p, shape.term, shape.terminals, aliases, entities);

  const rootChild = new Int32Array(0x10000);
  for (let c = first[0]!; c < first[1]!; c++) rootChild[chars[c]!] = c;
  const tokens = tokenFilter(data);

  // Entities and alias texts are made when the matcher first asks for them.
  let entity: (e: number) => IndexedEntity;
  let kindOf: (e: number) => EntityKind;
  if ('entities' in strings) {
    const list = strings.entities;
    entity = (e) => list[e]!;
    kindOf = (e) => list[e]!.kind;
  } else {
    const made = new Map<number, IndexedEntity>();
    const { ids, names, kinds } = strings;
    entity = (e) => {
      let x = made.get(e);
      if (x === undefined) made.set(e, (x = { id: ids.at(e), kind: kindOfCode(kinds[e]!)!, name: names.at(e) }));
      return x;
    };
    kindOf = (e) => kindOfCode(kinds[e]!)!;
  }
  const aliasList = strings.aliases;
  let allEntities: IndexedEntity[] | undefined;
  let allAliases: string[] | undefined;
  return {
    entityCount: entities,
    entity,
    kindOf,
    get entities() {
      return (allEntities ??= Array.from({ length: entities }, (_, e) => entity(e)));
    },
    aliasCount: aliases,
    firstNames: new Set(typeof data.firstNames === 'string' && data.firstNames ? data.firstNames.split('|') : []),
    alias: (i) => aliasList.at(i),
    get aliasText() {
      return (allAliases ??= Array.from({ length: aliases }, (_, i) => aliasList.at(i)));
    },
    aliasEntity, chars, labels, labelStart, first, termStart, refAlias, refFlags, rootChild, tokens, relatedStart, related,
  };
}
