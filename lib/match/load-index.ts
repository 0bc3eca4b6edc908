/**
 * Run-time side of the index: JSON (MatchIndexData) -> typed arrays ready for the walker.
 * Target: ready in < 20 ms at 10x the real database (measured in bench/match.bench.ts).
 */
import type { IndexedEntity } from './types';
import { buildTokenFilter, type TokenFilter } from './token-filter';
import { compileMatchIndex, MATCH_INDEX_FORMAT, type MatchIndexData } from './compile-index';

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
  /** Entity indexes of each entity's related entities (IndexedEntity.related), or undefined. */
  readonly related: ReadonlyArray<readonly number[] | undefined>;
}

function relatedIndexes(entities: readonly IndexedEntity[], entityIndex: ReadonlyMap<string, number>): Array<number[] | undefined> {
  return entities.map((e) => {
    if (!e.related?.length) return undefined;
    const out = e.related.map((id) => entityIndex.get(id)).filter((i): i is number => i !== undefined);
    return out.length ? out : undefined;
  });
}

function fail(why: string): never {
  throw new Error(`loadMatchIndex: invalid match index (${why}); rebuild it with \`npm run facts\``);
}

function ints(a: unknown, name: string): Int32Array {
  if (!Array.isArray(a)) fail(`${name} is missing`);
  return Int32Array.from(a as number[]);
}

/** Entity index of every alias, checked. */
function aliasEntities(data: MatchIndexData, count: number): Int32Array {
  if (!Array.isArray(data.aliasEntity) || data.aliasEntity.length !== count) fail('aliasEntity does not match the aliases');
  const out = Int32Array.from(data.aliasEntity);
  for (let i = 0; i < out.length; i++) if (!(out[i]! >= 0 && out[i]! < data.entities.length)) fail(`alias ${i} names no entity`);
  return out;
}

export function loadMatchIndex(data: MatchIndexData): MatchIndex {
  if (!data || typeof data !== 'object' || !Array.isArray(data.entities)) fail('expected an object with entities');
  // An index written by an older compiler (a cache from before an update): compile it now
  // (slower, but loses nothing).
  if (data.format !== MATCH_INDEX_FORMAT) {
    if ((data.format === 0 || data.format === 1) && Array.isArray(data.aliases)) return loadMatchIndex(compileMatchIndex(data.aliases, data.entities, { blockList: data.blockList ?? [] }));
    fail(`format ${String(data.format)}, expected ${MATCH_INDEX_FORMAT}`);
  }
  if (!Array.isArray(data.aliasText) || !Array.isArray(data.aliasFlags) || data.aliasFlags.length !== data.aliasText.length) fail('aliasText or aliasFlags is missing');
  if (typeof data.nodeChars !== 'string') fail('nodeChars is missing');
  const nodes = data.nodeChars.length;
  const chars = new Uint16Array(nodes);
  for (let i = 0; i < nodes; i++) chars[i] = data.nodeChars.charCodeAt(i);
  const first = ints(data.firstChild, 'firstChild');
  if (first.length !== nodes + 1) fail('firstChild length does not match nodeChars');
  const termNodes = ints(data.termNodes, 'termNodes');
  const termStart = ints(data.termStart, 'termStart');
  const refAlias = ints(data.refAlias, 'refAlias');
  const refFlags = ints(data.refFlags, 'refFlags');
  if (termStart.length !== termNodes.length + 1 || refAlias.length !== refFlags.length) fail('terminal arrays disagree');
  const term = new Int32Array(nodes).fill(-1);
  for (let t = 0; t < termNodes.length; t++) term[termNodes[t]!] = t;

  const entityIndex = new Map<string, number>();
  data.entities.forEach((e, i) => entityIndex.set(e.id, i));
  const aliasEntity = aliasEntities(data, data.aliasText.length);

  const rootChild = new Int32Array(0x10000);
  for (let c = first[0]!; c < first[1]!; c++) rootChild[chars[c]!] = c;

  const tokens = buildTokenFilter(chars, first, term);
  return {
    entities: data.entities, aliasText: data.aliasText, aliasEntity, chars, first, term, termStart, refAlias, refFlags, rootChild,
    tokens, related: relatedIndexes(data.entities, entityIndex),
  };
}
