/**
 * Build-time compiler: alias rows -> serialisable match index (loaded by loadMatchIndex).
 *
 * The index is a trie over folded UTF-16 units (see fold.ts), numbered breadth-first so that the
 * children of node n are the contiguous nodes firstChild[n] .. firstChild[n+1]-1, sorted by unit
 * (since format 6 path-compressed: by the first unit of each node's label). That needs no edge
 * arrays: one string of edge units (labels) and one integer array. Loading turns them
 * into typed arrays in a few milliseconds (building the trie at run time costs 100-250 ms, see
 * PERF.md). Terminal nodes point to groups of refs (alias index + packed flags). Since format 3
 * the integer arrays travel as short strings (index-codec.ts; JSON.parse of long number arrays was
 * most of the load time), and what loading used to derive from them (related-entity indexes, the
 * token filter's hashes) is computed here.
 */
import type { AliasEntry, IndexedEntity } from './types';
import { foldString, stripAccents } from './fold';
import { asciiSlug } from '../facts/slug';
import { F_ACRONYM, F_AMBIGUOUS, F_BLOCK, F_DOCUMENT_ONLY, F_NEEDS_CONTEXT, F_OWNER_CONTEXT, F_PRESS_ONLY, F_SURNAME, F_VARIANT, packFlags, unpackFlags } from './flags';
import { PUBLIC_BODIES } from './blocklist';
import { BUSINESS_TERMS, DEMONYMS, EXTRA_COMMON_WORDS, MONTH_NAMES, NEVER_ALIASES } from './common-words';
import { doubleSurnames, inflectedVariants, shortenedName } from './variants';
import { decodeDeltas, decodeStarts, decodeUints, decodeWide, decodeWideSteps, encodeDeltas, encodeLabelLengths, encodeRadixShapes, encodeShapes, encodeUints, encodeWide, encodeWideSteps } from './index-codec';
import { tokenBitPositions, tokenHashes, tokenSetLog2, type TokenHashes } from './token-filter';

/**
 * 2: aliases as text + packed flags (the entity id and kind are in aliasEntity and entities).
 * 3: the integer arrays as strings (`packed`, index-codec.ts), with the related-entity indexes
 *    and the token filter's hashes precomputed: parsing and loading take a third of format 2's time.
 *    Since reach round 11 the entities carry no `related` list of their own (the packed arrays
 *    hold it; an older format-3 cache that still has it loads the same way).
 * 4: the entities as three columns (`entityColumns`): at 23,891 entities JSON.parse of one object
 *    per entity was half the parse (10 of 18 ms); arrays of strings parse in half that time.
 *    Format 3 still loads as is.
 * 5: the alias texts, entity ids and names each as one string plus their lengths (`joined`):
 *    JSON.parse of 100 k short strings was most of the parse (8.5 of 10 ms at 46,303 aliases), of
 *    three long ones 2.5 ms; the matcher slices an entry out when it needs it. The trie's child
 *    ranges and terminal nodes as one character per node (`nodeShape`, index-codec.ts
 *    encodeShapes) instead of the packed firstChild and termNodes; the token filter's hash counts
 *    (`packed.tokenCounts`) so that its hash sets are filled straight from the strings.
 *    Formats 3 and 4 still load as they are.
 * 6: the trie path-compressed: a chain of nodes with one child and no refs is one node whose label
 *    holds the chain's units (`nodeChars` holds the labels, `nodeLabels` their lengths, one
 *    character per node), except the root's children, which keep one unit each: 95,025 nodes where
 *    format 5 had 515,542 (84 % of them had one child), so the per-node pass that was the biggest
 *    part of the load does a fifth of the work. The integer strings are "wide" (index-codec.ts
 *    encodeWide: one character per number below 55,040, where base 32 took one to four), starts
 *    travel as steps and every array is range-checked as it is decoded. The token filter is three
 *    bit arrays (token-filter.ts), shipped as their bit positions: set in order, where format 5's
 *    exact hash sets probed a 1 MB table at random for each of 64 k hashes. Each node's ref count
 *    rides in its shape character (no termStart string; a candidate names its node). Entity
 *    names are references to an alias with the same text (`joined.nameAlias`), and ids the
 *    build's slug rule gives back (idFromName) are left out. JSON: 4.1 M -> 2.2 M characters;
 *    parse + load 9.8-14.2 ms where format 5 took 25.2-37.3 ms in the same bench runs
 *    (docs/detection.md). Formats 3 to 5 still load as they are.
 */
export const MATCH_INDEX_FORMAT = 6;

/** Format 4: the entities as columns. */
export interface EntityColumns {
  ids: string[];
  /** One character per entity: its kind's code (KIND_CODES). */
  kinds: string;
  names: string[];
}

/** Format 5: a list of strings written as one. */
export interface JoinedStrings {
  /** The strings, concatenated. */
  text: string;
  /** encodeUints of each string's length (UTF-16 units). */
  lengths: string;
}

/**
 * Format 5: the alias texts and the entity columns, each list joined. Format 6 writes in `ids` only
 * the ids idFromName does not give back (of the entities `idEntities` lists) and in `names` only
 * the names no alias has (`nameAlias`).
 */
export interface JoinedColumns {
  aliases: JoinedStrings;
  ids: JoinedStrings;
  names: JoinedStrings;
  /** One character per entity: its kind's code (KIND_CODES). */
  kinds: string;
  /** Format 6, encodeWideSteps: the entities (ascending) whose ids `ids` holds. */
  idEntities?: string;
  /** Format 6, encodeWide: per entity, an alias whose text is its name, or (aliases + k) the k-th string of `names`. */
  nameAlias?: string;
}

/** A list of strings read by index. */
export interface StringList {
  readonly length: number;
  at(i: number): string;
}

/**
 * The strings of a JoinedStrings (format 6, wide lengths), each sliced when first asked for and
 * kept in a Map: a page asks for a few hundred of the 57 k, and an array that size cost more to
 * make at load than all the slices a page takes. Throws naming `name` when the lengths are damaged.
 */
export function joinedStrings(j: JoinedStrings | undefined, name: string): StringList {
  if (!j || typeof j !== 'object' || typeof j.text !== 'string') throw new Error(`${name} are missing`);
  return slicesOf(j.text, decodeWideSteps(j.lengths, `${name} lengths`, undefined, j.text.length));
}

/** The strings `text` holds between consecutive `starts`, each cut out (once) when first asked for. */
export function slicesOf(text: string, starts: ArrayLike<number>): StringList {
  const made = new Map<number, string>();
  return {
    length: starts.length - 1,
    at: (i) => {
      let t = made.get(i);
      if (t === undefined) made.set(i, (t = text.slice(starts[i]!, starts[i + 1]!)));
      return t;
    },
  };
}

/**
 * Format 6's entity ids and names, read by entity index: a name from its alias (or the extra
 * names), an id from idFromName unless `ids` holds it (a binary search in idEntities). Checks the
 * columns agree and every reference is in range; throws otherwise.
 */
export function entityStrings(j: JoinedColumns, aliases: StringList): { ids: StringList; names: StringList; kinds: string } {
  const kinds = j.kinds;
  if (typeof kinds !== 'string') throw new Error('match index: entity columns disagree');
  const entities = kinds.length;
  const extra = joinedStrings(j.names, 'entity names');
  const written = joinedStrings(j.ids, 'entity ids');
  const a = aliases.length;
  if (typeof j.nameAlias !== 'string' || typeof j.idEntities !== 'string') throw new Error('match index: entity columns disagree');
  const nameAlias = decodeWide(j.nameAlias, 'nameAlias', entities, 0, a + extra.length);
  const at = decodeWideSteps(j.idEntities, 'idEntities', written.length); // [0, first entity, second, ...]
  for (let k = 1; k < at.length; k++) if (!(at[k]! < entities && (k === 1 || at[k]! > at[k - 1]!))) throw new Error(`idEntities ${k - 1} is out of order or range`);
  const names: StringList = { length: entities, at: (e) => (nameAlias[e]! < a ? aliases.at(nameAlias[e]!) : extra.at(nameAlias[e]! - a)) };
  const ids: StringList = {
    length: entities,
    at: (e) => {
      let lo = 1;
      let hi = at.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (at[mid] === e) return written.at(mid - 1);
        if (at[mid]! < e) lo = mid + 1;
        else hi = mid - 1;
      }
      return idFromName(kinds[e]!, names.at(e)) ?? '';
    },
  };
  return { ids, names, kinds };
}

/** Format 6's entity columns (see JoinedColumns). */
function entityColumns6(texts: readonly string[], columns: EntityColumns): Pick<JoinedColumns, 'ids' | 'names' | 'idEntities' | 'nameAlias'> {
  const aliasOfText = new Map<string, number>();
  texts.forEach((t, i) => {
    if (!aliasOfText.has(t)) aliasOfText.set(t, i);
  });
  const extraNames: string[] = [];
  const nameAlias = columns.names.map((n) => aliasOfText.get(n) ?? texts.length + extraNames.push(n) - 1);
  const idEntities: number[] = [];
  const idTexts: string[] = [];
  columns.ids.forEach((id, e) => {
    if (id !== idFromName(columns.kinds[e]!, columns.names[e]!)) {
      idEntities.push(e);
      idTexts.push(id);
    }
  });
  return { ids: joinStrings(idTexts), names: joinStrings(extraNames), idEntities: encodeWideSteps(idEntities), nameAlias: encodeWide(nameAlias) };
}

/** Format 6 writes the lengths wide (index-codec.ts encodeWide), format 5 in base 32. */
export function joinStrings(list: readonly string[], format: number = MATCH_INDEX_FORMAT): JoinedStrings {
  const lengths = list.map((t) => t.length);
  return { text: list.join(''), lengths: format === 5 ? encodeUints(lengths) : encodeWide(lengths) };
}

/** The strings of a JoinedStrings, checked (the lengths must add up to the text). */
export function splitJoined(j: JoinedStrings | undefined, name: string, format: number): string[] {
  if (!j || typeof j.text !== 'string') throw new Error(`match index: ${name} is missing`);
  const starts = format === 5 ? decodeStarts(j.lengths, `${name} lengths`, j.text.length) : decodeWideSteps(j.lengths, `${name} lengths`, undefined, j.text.length);
  const out = new Array<string>(starts.length - 1);
  for (let i = 0; i + 1 < starts.length; i++) out[i] = j.text.slice(starts[i]!, starts[i + 1]!);
  return out;
}

/**
 * Format 6 leaves out an entity id that its kind code and name give back: the fact build names
 * entities "<code>:<slug of the name>" (lib/facts/build/ids.ts slugify), and for a name in plain
 * ASCII that slug is asciiSlug's (lib/facts/slug.ts, which slugify calls) (95 % of the ids, 500 k characters less to parse). Any other id, and
 * any id the rule does not give back exactly (the compiler compares), travels as it is. Null for a
 * name outside ASCII: accent folding is left to the build, so the result never depends on an
 * engine's Unicode tables.
 */
export function idFromName(kindCode: string, name: string): string | null {
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) >= 0x80) return null;
  return `${kindCode}:${asciiSlug(name)}`;
}

/** The kind of each code in EntityColumns.kinds / JoinedColumns.kinds. */
export function kindOfCode(code: string): IndexedEntity['kind'] | undefined {
  return KIND_OF_CODE[code];
}

/**
 * Index of the first character of `kinds` that is no kind code, or -1. A RegExp search: the
 * engine's own code, which in a fresh content script runs at full speed at once, where a loop over
 * 34 k char codes first runs in the interpreter (1.5-7 ms there, 0.1 ms once compiled).
 */
export function badKindCode(kinds: string): number {
  const m = NOT_A_KIND_CODE.exec(kinds);
  return m ? m.index : -1;
}

/** One character per entity kind, for EntityColumns.kinds. */
const KIND_CODES: Readonly<Record<IndexedEntity['kind'], string>> = { company: 'c', person: 'p', investor: 'i', media: 'm', regulator: 'r', organisation: 'o', brand: 'b' };
const KIND_OF_CODE: Readonly<Record<string, IndexedEntity['kind']>> = Object.fromEntries(Object.entries(KIND_CODES).map(([k, c]) => [c, k as IndexedEntity['kind']]));
const NOT_A_KIND_CODE = new RegExp(`[^${Object.values(KIND_CODES).join('')}]`);

export function entityColumns(entities: readonly IndexedEntity[]): EntityColumns {
  return { ids: entities.map((e) => e.id), kinds: entities.map((e) => KIND_CODES[e.kind]).join(''), names: entities.map((e) => e.name) };
}

/** Format 5 and 6's entity columns, format 6's ids and names filled in. */
function joinedColumns(j: JoinedColumns, format: number): EntityColumns {
  if (format === 5) return { ids: splitJoined(j.ids, 'entity ids', format), names: splitJoined(j.names, 'entity names', format), kinds: j.kinds };
  const { ids, names, kinds } = entityStrings(j, joinedStrings(j.aliases, 'alias texts'));
  return { ids: Array.from({ length: ids.length }, (_, e) => ids.at(e)), names: Array.from({ length: names.length }, (_, e) => names.at(e)), kinds };
}

/**
 * The entities of an index, without their related ids: format 4 from its columns (checked, since
 * a fact pack's index comes from outside), older formats as written.
 */
export function indexEntities(data: MatchIndexData): IndexedEntity[] {
  const c = data.joined ? joinedColumns(data.joined, data.format) : data.entityColumns;
  if (!c) {
    if (!Array.isArray(data.entities)) throw new Error('match index: expected entities or entityColumns');
    return data.entities;
  }
  const n = Array.isArray(c.ids) ? c.ids.length : -1;
  if (n < 0 || !Array.isArray(c.names) || c.names.length !== n || typeof c.kinds !== 'string' || c.kinds.length !== n) throw new Error('match index: entity columns disagree');
  const out = new Array<IndexedEntity>(n);
  for (let i = 0; i < n; i++) {
    const kind = KIND_OF_CODE[c.kinds[i]!];
    const id = c.ids[i];
    const name = c.names[i];
    if (!kind || typeof id !== 'string' || typeof name !== 'string') throw new Error(`match index: entity ${i} is malformed`);
    out[i] = { id, kind, name };
  }
  return out;
}

/** The text of each alias, whatever the format. */
export function aliasTexts(data: MatchIndexData): string[] {
  if (data.joined) return splitJoined(data.joined.aliases, 'alias texts', data.format);
  if (data.aliasText) return data.aliasText;
  return (data.aliases ?? []).map((a) => a.text);
}

/** Format 3: integer arrays encoded by index-codec.ts (d: encodeDeltas, u: encodeUints). */
export interface PackedIndexArrays {
  /** d: AliasFlags of each alias, packed by packFlags (flags.ts). */
  aliasFlags: string;
  /** d: entity index of each alias. */
  aliasEntity: string;
  /** d: CSR child ranges, length nodes + 1 (formats 3 and 4; format 5: nodeShape). */
  firstChild?: string;
  /** d: terminal nodes (formats 3 and 4; format 5: nodeShape), and the start of each one's refs (length terminals + 1; format 6: in nodeShape). */
  termNodes?: string;
  termStart?: string;
  /** d: alias index per ref (-1 for a blocking phrase); u: its flags. */
  refAlias: string;
  refFlags: string;
  /** d: start of each entity's related-entity indexes in `related` (length entities + 1). */
  relatedStart: string;
  /** u: entity indexes of IndexedEntity.related, unknown ids left out. */
  related: string;
  /** u: the token filter's hashes (token-filter.ts tokenHashes). */
  tokenWalk: string;
  tokenPairOnly: string;
  tokenPairs: string;
  /** u, format 5: how many hashes tokenWalk, tokenPairOnly and tokenPairs hold. */
  tokenCounts?: string;
}

export interface MatchIndexData {
  format: number;
  /** Formats 0 to 3 (format 4: entityColumns; format 5: joined). */
  entities?: IndexedEntity[];
  entityColumns?: EntityColumns;
  /** Format 5: alias texts and entity columns as joined strings. */
  joined?: JoinedColumns;
  /** Format 5 and later: per trie node, its child count and whether it is terminal (index-codec.ts encodeShapes). */
  nodeShape?: string;
  /** Format 6: per trie node, the length of its label in nodeChars (index-codec.ts encodeLabelLengths). */
  nodeLabels?: string;
  /** Format 6: the number of refs, less 3, of each node nodeShape gives three or more (encodeRadixShapes). */
  nodeRefs?: string;
  /** Format 0 and 1 (and the compiler's input): one object per alias. */
  aliases?: AliasEntry[];
  /** Formats 2 to 4: the text of each alias (format 5: joined.aliases). Format 2: its AliasFlags packed by packFlags (flags.ts). */
  aliasText?: string[];
  aliasFlags?: number[];
  /** Format 1 and later: edge unit into each node in BFS order (node 0, the root, has '\0'). */
  nodeChars?: string;
  /** Format 1 and 2 (the rest of the integer arrays too; format 3 keeps them in `packed`): CSR child ranges, length nodes + 1. */
  firstChild?: number[];
  /** Format 1 and later: terminal nodes (ascending) and the start of each one's refs in refAlias/refFlags. */
  termNodes?: number[];
  termStart?: number[];
  /** Format 1 and later: entity index (into entities) of each alias. */
  aliasEntity?: number[];
  /** The extra block list it was compiled with, so a run-time recompile (fact packs) can pass it on. */
  blockList?: string[];
  /** First names that open two or more people's names, lower-cased and joined by "|" (firstNamesOf). */
  firstNames?: string;
  /** Alias index per ref (-1 for a blocking phrase) and packed flags (flags.ts). */
  refAlias?: number[];
  refFlags?: number[];
  packed?: PackedIndexArrays;
}

export interface CompileOptions {
  /** Extra phrases that must never be reported (added to PUBLIC_BODIES). */
  blockList?: readonly string[];
  /** Write format 5 (the plain trie, token hashes) instead of the current one: tests of older caches. */
  format?: 5;
}

interface BuildNode {
  children: Map<number, BuildNode>;
  refs: Array<[number, number]>;
}

const ACCENT_VARIANT_MIN_LENGTH = 5;
const ACRONYM_MAX_LETTERS = 5;

function newNode(): BuildNode {
  return { children: new Map(), refs: [] };
}

function insert(root: BuildNode, key: string, alias: number, flags: number): void {
  if (!key) return;
  let node = root;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    let next = node.children.get(c);
    if (!next) node.children.set(c, (next = newNode()));
    node = next;
  }
  if (!node.refs.some(([a, f]) => a === alias && f === flags)) node.refs.push([alias, flags]);
}

function isAcronym(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters.length <= ACRONYM_MAX_LETTERS && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/**
 * Words that open a person's recorded name without being a first name, and first names that are
 * also words of the five languages: those open sentences before a surname ("Per Borean il tema
 * più delicato" is "for Borean", not Per Borean), so they never count as first names.
 */
const NOT_FIRST_NAMES: ReadonlySet<string> = new Set([
  'sir', 'dame', 'lord', 'lady', 'baron', 'baroness', 'dr', 'prof', 'don', 'doña', 'mr', 'mrs', 'ms',
  'an', 'he', 'ma', 'li', 'des', 'les', 'per', 'que', 'esa', 'ola', 'han', 'bas', 'tan', 'sol', 'val', 'mar', 'paz', 'luz', 'rey', 'cruz', 'del', 'van', 'von',
  'will', 'may', 'mark', 'frank', 'bill', 'art', 'beat', 'chip', 'chase', 'grant', 'lance', 'miles', 'drew', 'reed', 'rose', 'tone', 'ray', 'pat', 'june', 'april',
  'mette', 'ben', 'otto', 'franco', 'massimo', 'máximo', 'mia', 'ita', 'santos', 'ángel', 'angel', 'dolores', 'pilar',
]);

/**
 * First names the people of the data go by, from the first word of each person's name, kept when
 * two people or more share it: the matcher reads "Alex Scrimgeour," at a sentence start and
 * "Bernhard Burgener" in German (where every noun has a capital) as a person's full name only
 * when the word before the surname is such a first name (rules.ts firstNameBefore).
 */
export function firstNamesOf(entities: readonly IndexedEntity[]): string[] {
  const counts = new Map<string, number>();
  for (const e of entities) {
    if (e.kind !== 'person') continue;
    const first = /^(\p{Lu}\p{Ll}+)[ \u00a0]/u.exec(e.name)?.[1]?.toLowerCase();
    if (first && !NOT_FIRST_NAMES.has(first) && !NEVER_ALIASES.has(first)) counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n >= 2).map(([name]) => name).sort();
}

export function compileMatchIndex(
  aliases: readonly AliasEntry[],
  entities: readonly IndexedEntity[],
  options: CompileOptions = {},
): MatchIndexData {
  const entityIndex = new Map(entities.map((e, i) => [e.id, i]));
  // Generated forms never take a name an organisation is recorded under: "Paul Elliott Singer"
  // yields no "Elliott" while Elliott Management is called so. A surname another person also
  // goes by stays: "Torres" is Carlos Torres Vila's after his full name, Raymond Torres's after his.
  const recorded = new Set(aliases.filter((a) => a.kind !== 'person').map((a) => foldString(a.text)));
  const personNames = new Set(aliases.filter((a) => a.kind === 'person').map((a) => foldString(a.text)));
  const firstNames = new Set(firstNamesOf(entities));
  const root = newNode();
  aliases.forEach((a, i) => {
    if (!entityIndex.has(a.entityId)) throw new Error(`compileMatchIndex: alias "${a.text}" names unknown entity "${a.entityId}"`);
    let flags = packFlags(a.flags);
    if (isAcronym(a.text)) flags |= F_ACRONYM;
    const key = foldString(a.text);
    // A word bound to the pages of the languages whose press uses it as a name stays ("die Swiss",
    // "la Swiss": the airline; "Swiss" in English news is the adjective, and no alias there).
    if (NEVER_ALIASES.has(key) && !(flags & F_PRESS_ONLY)) return;
    if (EXTRA_COMMON_WORDS.has(key)) flags |= F_AMBIGUOUS | F_NEEDS_CONTEXT;
    if (DEMONYMS.has(key) || BUSINESS_TERMS.has(key) || MONTH_NAMES.has(key)) flags |= F_AMBIGUOUS | F_NEEDS_CONTEXT | F_DOCUMENT_ONLY;
    insert(root, key, i, flags);
    for (const v of inflectedVariants(a.text)) insert(root, foldString(v), i, flags | F_VARIANT);
    // A recorded name keeps its own flags: "SIX Group" shortened is no plain "Six" while "SIX" is
    // recorded in capitals only (the "Six" of "Rainbow Six").
    const short = a.kind !== 'person' && !(flags & (F_AMBIGUOUS | F_NEEDS_CONTEXT)) ? shortenedName(a.text) : null;
    if (short && !recorded.has(foldString(short))) insert(root, foldString(short), i, flags | F_VARIANT);
    // "Carl Heinrich Hellmann" may have a middle name, not the double surname "Heinrich Hellmann":
    // when the middle word is a first name ("Ricardo Martín Bringas"), the last two words count
    // only after the full name (where they are the same person either way), and the first alone not at all.
    const surnames = a.kind === 'person' && flags === 0 ? doubleSurnames(a.text) : null;
    const middleFirstName = !!surnames && firstNames.has(surnames[1].toLowerCase());
    // (Not when someone goes by those two words: "Pirojsha Adi Godrej" names his father "Adi Godrej".)
    if (surnames && middleFirstName) {
      const lastTwo = foldString(surnames[0]);
      if (!recorded.has(lastTwo) && !personNames.has(lastTwo)) insert(root, lastTwo, i, F_SURNAME | F_AMBIGUOUS | F_NEEDS_CONTEXT | F_OWNER_CONTEXT | F_VARIANT);
    } else if (surnames) {
      insert(root, foldString(surnames[0]), i, F_SURNAME | F_VARIANT);
      // Its first part alone ("Erland" of Olof Erland Persson, a Swedish middle name) only after the
      // full name: "CEO Erland Brügger" is someone else.
      if (!recorded.has(foldString(surnames[1]))) insert(root, foldString(surnames[1]), i, F_SURNAME | F_AMBIGUOUS | F_NEEDS_CONTEXT | F_OWNER_CONTEXT | F_VARIANT);
    }
    // Accent-free spelling ("Societe Generale") only for long, unambiguous names (PERF.md: accent
    // folding elsewhere turns common words such as "que" into names).
    const plain = foldString(stripAccents(a.text));
    if (plain !== key && key.length >= ACCENT_VARIANT_MIN_LENGTH && !(flags & (F_AMBIGUOUS | F_NEEDS_CONTEXT))) {
      insert(root, plain, i, flags | F_VARIANT);
    }
  });
  for (const phrase of [...PUBLIC_BODIES, ...(options.blockList ?? [])]) insert(root, foldString(phrase), -1, F_BLOCK);

  // The token filter's hashes come from the plain trie (one node per unit).
  const plain = flatten(root, false);
  const term = new Int32Array(plain.nodeChars.length).fill(-1);
  plain.termNodes.forEach((n, t) => (term[n] = t));
  const tokens = tokenHashes(Uint16Array.from(plain.nodeChars), Int32Array.from(plain.firstChild), term);
  const aliasEntity = aliases.map((a) => entityIndex.get(a.entityId)!);
  const related = relatedIndexes(entities, entityIndex);
  const texts = aliases.map((a) => a.text);
  const columns = entityColumns(entities);
  const legacy = options.format === 5;
  const format = legacy ? 5 : MATCH_INDEX_FORMAT;
  const trie = legacy ? plain : flatten(root, true);
  const trieTerm = new Set(trie.termNodes);
  const refsAt = new Map(trie.termNodes.map((n, t) => [n, trie.termStart[t + 1]! - trie.termStart[t]!]));
  const shapes = legacy ? null : encodeRadixShapes(trie.firstChild, (n) => refsAt.get(n) ?? 0);
  return {
    format,
    // Related ids travel once, as the packed CSR arrays below (in each entity they were a fifth
    // of the shipped index); indexedEntities() restores them for a recompile.
    joined: legacy
      ? { aliases: joinStrings(texts, 5), ids: joinStrings(columns.ids, 5), names: joinStrings(columns.names, 5), kinds: columns.kinds }
      : { aliases: joinStrings(texts), kinds: columns.kinds, ...entityColumns6(texts, columns) },
    blockList: [...(options.blockList ?? [])],
    firstNames: [...firstNames].join('|'),
    nodeChars: codesToString(trie.nodeChars),
    nodeShape: shapes ? shapes.shape : encodeShapes(trie.firstChild, (n) => trieTerm.has(n)),
    ...(shapes ? { nodeLabels: encodeLabelLengths(trie.labelLengths), nodeRefs: shapes.more } : {}),
    packed: legacy
      ? {
        aliasFlags: encodeDeltas(aliases.map((a) => packFlags(a.flags))),
        aliasEntity: encodeDeltas(aliasEntity),
        termStart: encodeDeltas(trie.termStart),
        refAlias: encodeDeltas(trie.refAlias),
        refFlags: encodeUints(trie.refFlags),
        relatedStart: encodeDeltas(related.start),
        related: encodeUints(related.list),
        tokenWalk: encodeUints(tokens.walk),
        tokenPairOnly: encodeUints(tokens.pairOnly),
        tokenPairs: encodeUints(tokens.pairs),
        tokenCounts: encodeUints([tokens.walk.length, tokens.pairOnly.length, tokens.pairs.length]),
      }
      : {
        aliasFlags: encodeWide(aliases.map((a) => packFlags(a.flags))),
        aliasEntity: encodeWide(aliasEntity),
        refAlias: encodeWide(trie.refAlias.map((a) => a + 1)),
        refFlags: encodeWide(trie.refFlags),
        relatedStart: encodeWideSteps(related.start.slice(1)),
        related: encodeWide(related.list),
        ...tokenBitsPacked(tokens),
      },
  };
}

/** Format 6: each token set as the gaps between its bit positions (token-filter.ts tokenBitPositions). */
function tokenBitsPacked(tokens: TokenHashes): Pick<PackedIndexArrays, 'tokenWalk' | 'tokenPairOnly' | 'tokenPairs' | 'tokenCounts'> {
  const gaps = (hashes: readonly number[]) => {
    const at = tokenBitPositions(hashes);
    return { s: encodeWideSteps(at), n: at.length, log2: tokenSetLog2(hashes.length) };
  };
  const [walk, pairOnly, pairs] = [gaps(tokens.walk), gaps(tokens.pairOnly), gaps(tokens.pairs)];
  return { tokenWalk: walk.s, tokenPairOnly: pairOnly.s, tokenPairs: pairs.s, tokenCounts: encodeWide([walk.n, pairOnly.n, pairs.n, walk.log2, pairOnly.log2, pairs.log2]) };
}

interface FlatTrie {
  /** Edge units: per node its label (one unit each in a plain trie), node 0 (the root) '\0'. */
  nodeChars: number[];
  labelLengths: number[];
  firstChild: number[];
  termNodes: number[];
  termStart: number[];
  refAlias: number[];
  refFlags: number[];
}

/**
 * Breadth-first numbering: children of a node get consecutive numbers, sorted by their first
 * unit. `radix`: a chain of nodes with one child and no refs is one node whose label holds the
 * chain's units (format 6), except below the root, whose children keep one unit each (the walker
 * looks their children up in a table).
 */
function flatten(root: BuildNode, radix: boolean): FlatTrie {
  const out: FlatTrie = { nodeChars: [0], labelLengths: [1], firstChild: [], termNodes: [], termStart: [], refAlias: [], refFlags: [] };
  const queue: BuildNode[] = [root];
  let next = 1;
  for (let n = 0; n < queue.length; n++) {
    const node = queue[n]!;
    out.firstChild.push(next);
    const keys = [...node.children.keys()].sort((a, b) => a - b);
    for (const k of keys) {
      let child = node.children.get(k)!;
      out.nodeChars.push(k);
      let length = 1;
      if (radix && n !== 0) {
        while (child.children.size === 1 && child.refs.length === 0) {
          const [unit, only] = child.children.entries().next().value as [number, BuildNode];
          out.nodeChars.push(unit);
          length++;
          child = only;
        }
      }
      out.labelLengths.push(length);
      queue.push(child);
      next++;
    }
    if (node.refs.length) {
      out.termNodes.push(n);
      out.termStart.push(out.refAlias.length);
      for (const [a, f] of node.refs) {
        out.refAlias.push(a);
        out.refFlags.push(f);
      }
    }
  }
  out.firstChild.push(next);
  out.termStart.push(out.refAlias.length);
  return out;
}

/** IndexedEntity.related as entity indexes in CSR form (ids of entities not in the index are left out). */
function relatedIndexes(entities: readonly IndexedEntity[], entityIndex: ReadonlyMap<string, number>): { start: number[]; list: number[] } {
  const start: number[] = [];
  const list: number[] = [];
  for (const e of entities) {
    start.push(list.length);
    for (const id of e.related ?? []) {
      const i = entityIndex.get(id);
      if (i !== undefined) list.push(i);
    }
  }
  start.push(list.length);
  return { start, list };
}

/**
 * The alias objects of a compiled index, for a recompile with more aliases (fact packs): formats 2
 * and 3 keep only text and packed flags, since the entity comes from aliasEntity.
 */
export function indexAliases(data: MatchIndexData): AliasEntry[] {
  if (data.aliases) return data.aliases;
  const text = aliasTexts(data);
  const p = data.packed;
  const wide = data.format === MATCH_INDEX_FORMAT;
  const entity = p ? (wide ? decodeWide(p.aliasEntity, 'aliasEntity', undefined, 0, 2 ** 31) : decodeDeltas(p.aliasEntity, 'aliasEntity')) : data.aliasEntity;
  const flags = p ? (wide ? decodeWide(p.aliasFlags, 'aliasFlags', undefined, 0, 2 ** 32) : decodeDeltas(p.aliasFlags, 'aliasFlags')) : data.aliasFlags;
  const entities = indexEntities(data);
  return text.map((t, i) => {
    const e = entities[entity?.[i] ?? -1];
    if (!e) throw new Error(`match index: alias "${t}" names no entity; rebuild it with \`npm run facts\``);
    return { text: t, entityId: e.id, kind: e.kind, flags: unpackFlags(flags?.[i] ?? 0) };
  });
}

/**
 * The entities of a compiled index as the compiler takes them, for a recompile with more aliases
 * (fact packs): format 3 keeps each entity's related ids only in the packed CSR arrays.
 */
export function indexedEntities(data: MatchIndexData): IndexedEntity[] {
  const p = data.packed;
  const entities = indexEntities(data);
  if (!p) return entities;
  const wide = data.format === MATCH_INDEX_FORMAT;
  const start = wide ? decodeWideSteps(p.relatedStart, 'relatedStart', undefined) : decodeDeltas(p.relatedStart, 'relatedStart');
  const list = wide ? decodeWide(p.related, 'related', undefined, 0, 2 ** 31) : decodeUints(p.related, 'related');
  return entities.map((e, i) => {
    const ids = Array.from(list.subarray(start[i]!, start[i + 1]!), (j) => entities[j]!.id);
    return ids.length ? { id: e.id, kind: e.kind, name: e.name, related: ids } : { id: e.id, kind: e.kind, name: e.name };
  });
}

/** String.fromCharCode(...bigArray) overflows the stack: convert in chunks. */
function codesToString(codes: readonly number[]): string {
  const CHUNK = 8192;
  let out = '';
  for (let i = 0; i < codes.length; i += CHUNK) out += String.fromCharCode(...codes.slice(i, i + CHUNK));
  return out;
}
