/**
 * The shipped match index keeps each alias as text + packed flags, since the entity is already in
 * aliasEntity, its integer arrays as short strings (format 3), its entities as columns (format 4),
 * and its alias texts, entity ids and names as joined strings, the trie's shape one character per
 * node (format 5), the trie path-compressed, its integers wide and the token filter as bit
 * positions (format 6): smaller and faster to parse and to send to every tab. Formats 3 to 5 still load. A fact pack recompiles it from the same alias objects, and an older cached
 * index (format 1, one object per alias; format 2, plain number arrays) is recompiled on load
 * instead of failing.
 */
import { describe, expect, it } from 'vitest';
import { compileMatchIndex, findMentions, indexAliases, loadMatchIndex, type MatchIndexData } from '../../../lib/match/index';
import { aliasTexts, entityColumns, idFromName } from '../../../lib/match/compile-index';

const KIND_CODE: Record<string, string> = { company: 'c', person: 'p', investor: 'i', media: 'm', regulator: 'r', organisation: 'o', brand: 'b' };
import { decodeDeltas, encodeDeltas } from '../../../lib/match/index-codec';
import { fixtureData } from './fixture-index';

const TEXT = "Carlo Messina guida Intesa Sanpaolo; il titolo Visa sale, mentre Elliott tace.";
/** The format-2 aliasFlags array, from the packed format-3 (to 5) one. */
const packedFlags = (d: { packed: { aliasFlags: string } }) => Array.from(decodeDeltas(d.packed.aliasFlags, 'aliasFlags'));
const mentions = (ix: ReturnType<typeof loadMatchIndex>) => findMentions(ix, TEXT, { lang: 'it' }).map((m) => [m.surface, m.id]);

/** The same index written in format 4 (entity columns, alias texts as an array, firstChild and termNodes packed), from format 5. */
function format4Of(data: MatchIndexData): MatchIndexData {
  const ix = loadMatchIndex(data);
  const termNodes = Array.from({ length: ix.first.length - 1 }, (_, n) => n).filter((n) => ix.termStart[n + 1]! > ix.termStart[n]!);
  const { tokenCounts: _, ...packed } = data.packed!;
  return {
    format: 4, entityColumns: entityColumns(ix.entities), aliasText: aliasTexts(data), blockList: data.blockList, nodeChars: data.nodeChars,
    packed: { ...packed, firstChild: encodeDeltas(ix.first), termNodes: encodeDeltas(termNodes) },
  };
}

describe('match index format', () => {
  const { aliases, entities } = fixtureData();
  const data = JSON.parse(JSON.stringify(compileMatchIndex(aliases, entities)));
  /** The same index as the compiler wrote it before format 6 (an older cache). */
  const data5 = JSON.parse(JSON.stringify(compileMatchIndex(aliases, entities, { format: 5 })));

  it('ships aliases as text and packed flags, and gives the same alias objects back for a recompile', () => {
    expect(data.aliases).toBeUndefined();
    expect(data.aliasText).toBeUndefined();
    expect(aliasTexts(data)).toEqual(aliases.map((a) => a.text));
    const back = indexAliases(data);
    expect(back.map((a) => [a.text, a.entityId, a.kind])).toEqual(aliases.map((a) => [a.text, a.entityId, a.kind]));
    // Flags survive the round trip (only those set, as the compiler reads them).
    const set = (f: object) => Object.entries(f).filter(([, v]) => v).map(([k]) => k).sort();
    expect(back.map((a) => set(a.flags))).toEqual(aliases.map((a) => set(a.flags)));
    expect(mentions(loadMatchIndex(compileMatchIndex(back, entities)))).toEqual(mentions(loadMatchIndex(data)));
  });

  it('recompiles an index cached in the older one-object-per-alias format', () => {
    const older = { ...data, format: 1, aliases, entities, joined: undefined };
    expect(mentions(loadMatchIndex(older))).toEqual(mentions(loadMatchIndex(data)));
    expect(mentions(loadMatchIndex(data)).length).toBeGreaterThan(2);
  });

  it('recompiles an index cached in format 2 (number arrays) with the same results', () => {
    const back = indexAliases(data);
    const entityOf = new Map(entities.map((e, i) => [e.id, i]));
    const format2 = {
      format: 2, entities, blockList: [], aliasText: back.map((a) => a.text),
      aliasEntity: back.map((a) => entityOf.get(a.entityId)!), aliasFlags: packedFlags(data5),
      nodeChars: '\0', firstChild: [1, 1], termNodes: [], termStart: [0], refAlias: [], refFlags: [],
    };
    expect(mentions(loadMatchIndex(format2))).toEqual(mentions(loadMatchIndex(data)));
    expect(() => loadMatchIndex({ ...format2, aliasEntity: undefined })).toThrow(/aliasEntity is missing.*npm run facts/);
    expect(() => loadMatchIndex({ ...format2, aliasEntity: format2.aliasEntity.map(() => 999) })).toThrow(/loadMatchIndex: invalid match index.*names no entity/);
  });

  it('ships the strings joined and still loads format 5 (plain trie), format 4 (entity columns) and format 3 (entity objects)', () => {
    expect(data.format).toBe(6);
    expect(data5.format).toBe(5);
    expect(data.entities).toBeUndefined();
    expect(data.entityColumns).toBeUndefined();
    expect(Object.keys(data5.joined).sort()).toEqual(['aliases', 'ids', 'kinds', 'names']);
    expect(Object.keys(data.joined).sort()).toEqual(['aliases', 'idEntities', 'ids', 'kinds', 'nameAlias', 'names']);
    expect(data.joined.names.text).toBe(''); // every name is an alias's text
    expect(data5.joined.ids.text).toBe(entities.map((e) => e.id).join(''));
    // Format 6 leaves out the ids that kind and name give back (idFromName), and restores them.
    expect(data.joined.ids.text).toBe(entities.map((e) => (e.id === idFromName(KIND_CODE[e.kind]!, e.name) ? '' : e.id)).join(''));
    expect([idFromName('b', "Ben & Jerry's"), idFromName('c', 'Arc`teryx  Ltd.'), idFromName('c', 'Nestlé')]).toEqual(['b:ben-and-jerrys', 'c:arcteryx-ltd', null]);
    expect(data.joined.kinds).toHaveLength(entities.length);
    expect(data.nodeShape.length).toBeLessThan(data5.nodeShape.length / 2); // path compression
    expect(mentions(loadMatchIndex(data5))).toEqual(mentions(loadMatchIndex(data)));
    expect(indexAliases(data5)).toEqual(indexAliases(data));
    expect(loadMatchIndex(data5).entities).toEqual(loadMatchIndex(data).entities);
    const format4 = format4Of(data5);
    const format3 = { ...format4, format: 3, entityColumns: undefined, entities: entities.map(({ id, kind, name }) => ({ id, kind, name })) };
    expect(mentions(loadMatchIndex(format4))).toEqual(mentions(loadMatchIndex(data)));
    expect(mentions(loadMatchIndex(format3))).toEqual(mentions(loadMatchIndex(data)));
    expect(loadMatchIndex(data).entities).toEqual(format3.entities);
    expect(loadMatchIndex(format4).entities).toEqual(format3.entities);
    expect(loadMatchIndex(data).aliasText).toEqual(aliases.map((a) => a.text));
    const ix = loadMatchIndex(data);
    expect(Array.from({ length: ix.entityCount }, (_, e) => ix.entity(e))).toEqual(format3.entities);
    expect(Array.from({ length: ix.aliasCount }, (_, i) => ix.alias(i))).toEqual(aliases.map((a) => a.text));
    // Same trie, whichever way its shape travelled; format 6's holds the same words in fewer nodes.
    const old = loadMatchIndex(format4);
    const ix5 = loadMatchIndex(data5);
    expect([ix5.first, ix5.termStart, ix5.refAlias, ix5.refFlags, ix5.labels]).toEqual([old.first, old.termStart, old.refAlias, old.refFlags, old.labels]);
    expect(ix.refAlias.length).toBe(old.refAlias.length);
    expect([ix.aliasEntity, ix.relatedStart, ix.related]).toEqual([old.aliasEntity, old.relatedStart, old.related]);
    expect(ix.labels).toHaveLength(old.labels.length);
    expect(ix.tokens).toEqual(old.tokens);
    expect(ix5.tokens).toEqual(old.tokens);
  });

  it('leaves out the entity ids that kind and name give back, and restores them on load and for a recompile', () => {
    const own = [
      { id: 'b:ben-and-jerrys', kind: 'brand' as const, name: "Ben & Jerry's" },
      { id: 'p:mario-rossi', kind: 'person' as const, name: 'Mario Rossi' },
      { id: 'c:nestle', kind: 'company' as const, name: 'Nestlé' },
      { id: 'c:mario-rossi-spa-2', kind: 'company' as const, name: 'Mario Rossi SpA' },
    ];
    const rows = own.map((e) => ({ text: e.name, entityId: e.id, kind: e.kind, flags: {} }));
    const six = JSON.parse(JSON.stringify(compileMatchIndex(rows, own)));
    expect(six.joined.ids.text).toBe('c:nestlec:mario-rossi-spa-2');
    expect(loadMatchIndex(six).entities).toEqual(own);
    expect(indexAliases(six).map((a) => a.entityId)).toEqual(own.map((e) => e.id));
    expect(findMentions(loadMatchIndex(six), 'Mario Rossi guida Nestlé.', { lang: 'it' }).map((m) => m.id)).toEqual(['p:mario-rossi', 'c:nestle']);
  });

  it('refuses damaged entity columns with an error', () => {
    const cols = format4Of(data5).entityColumns!;
    const format4 = format4Of(data5);
    expect(() => loadMatchIndex({ ...format4, entityColumns: { ...cols, kinds: cols.kinds.slice(1) } })).toThrow(/invalid match index \(match index: entity columns disagree\)/);
    expect(() => loadMatchIndex({ ...format4, entityColumns: { ...cols, kinds: `?${cols.kinds.slice(1)}` } })).toThrow(/entity 0 is malformed/);
    expect(() => loadMatchIndex({ ...format4, entityColumns: undefined })).toThrow(/expected an object with entities/);
    // Format 6: kinds, names by alias (nameAlias) and the ids idFromName does not give (ids, idEntities).
    const j = data.joined;
    const load = (joined: unknown) => () => loadMatchIndex({ ...data, joined });
    expect(load({ ...j, kinds: j.kinds.slice(1) })).toThrow(/invalid match index \(nameAlias holds more than \d+ numbers\)/);
    expect(load({ ...j, kinds: `?${j.kinds.slice(1)}` })).toThrow(/entity 0 is malformed/);
    expect(load(undefined)).toThrow(/expected an object with entities/);
    expect(load({ ...j, ids: undefined })).toThrow(/invalid match index \(entity ids are missing\)/);
    expect(load({ ...j, nameAlias: undefined })).toThrow(/invalid match index \(match index: entity columns disagree\)/);
    expect(load({ ...j, nameAlias: `${String.fromCharCode(0xd000)}${j.nameAlias.slice(1)}` })).toThrow(/invalid match index \(nameAlias 0 is out of range\)/);
    expect(load({ ...j, idEntities: `${j.idEntities}${String.fromCharCode(0x100)}` })).toThrow(/idEntities holds more than/);
    expect(load({ ...j, ids: { ...j.ids, text: `${j.ids.text}x` } })).toThrow(/entity ids lengths do not add up/);
    expect(load({ ...j, ids: { ...j.ids, lengths: `${j.ids.lengths}!` } })).toThrow(/entity ids lengths has a stray character/);
    expect(load({ ...j, names: { ...j.names, lengths: `${j.names.lengths}]` } })).toThrow(/entity names lengths ends inside a number/);
    expect(load({ ...j, aliases: { ...j.aliases, text: j.aliases.text.slice(1) } })).toThrow(/alias texts lengths do not add up/);
    const j5 = data5.joined;
    expect(() => loadMatchIndex({ ...data5, joined: { ...j5, names: { ...j5.names, text: j5.names.text.slice(1) } } })).toThrow(/entity names lengths do not add up/);
    expect(() => loadMatchIndex({ ...data5, joined: { ...j5, ids: { ...j5.ids, lengths: `${j5.ids.lengths}!` } } })).toThrow(/entity ids lengths has a stray character/);
    expect(() => loadMatchIndex({ ...data5, joined: { ...j5, kinds: j5.kinds.slice(1) } })).toThrow(/invalid match index \(match index: entity columns disagree\)/);
    expect(() => loadMatchIndex({ ...data5, joined: { ...j5, names: { ...j5.names, lengths: j5.names.lengths.slice(1) } } })).toThrow(/entity names/);
  });

  it('refuses an index with neither form of aliases', () => {
    expect(() => loadMatchIndex({ ...format4Of(data5), aliasText: undefined })).toThrow(/aliasText/);
    expect(() => loadMatchIndex({ ...data, joined: { ...data.joined, aliases: undefined } })).toThrow(/alias texts are missing/);
    expect(() => loadMatchIndex({ ...data, joined: { ...data.joined, aliases: { ...data.joined.aliases, text: `${data.joined.aliases.text}x` } } })).toThrow(/alias texts lengths do not add up/);
  });

  it('refuses a damaged packed array with an error naming it', () => {
    const format4 = format4Of(data5);
    const broken4 = (name: string, value: unknown) => () => loadMatchIndex({ ...format4, packed: { ...format4.packed!, [name]: value } });
    expect(broken4('firstChild', undefined)).toThrow(/invalid match index \(firstChild is missing\)/);
    expect(broken4('firstChild', format4.packed!.firstChild!.slice(1))).toThrow(/firstChild/);
    expect(broken4('termNodes', `${format4.packed!.termNodes}}`)).toThrow(/termNodes has a stray character/);
    // Format 5 (base 32).
    const broken5 = (name: string, value: unknown) => () => loadMatchIndex({ ...data5, packed: { ...data5.packed, [name]: value } });
    expect(broken5('refAlias', `${data5.packed.refAlias}"`)).toThrow(/refAlias has a stray character/);
    expect(broken5('termStart', `${data5.packed.termStart}<`)).toThrow(/termStart ends inside a number/);
    expect(broken5('related', '|')).toThrow(/related/);
    expect(broken5('aliasEntity', `${data5.packed.aliasEntity}]`)).toThrow(/invalid match index \(aliasEntity holds more than \d+ numbers\)/);
    expect(broken5('refFlags', `]${data5.packed.refFlags}`)).toThrow(/refFlags holds more than \d+ numbers/);
    expect(broken5('relatedStart', data5.packed.relatedStart.slice(0, -1))).toThrow(/relatedStart holds (fewer than \d+|\d+) numbers/);
    expect(broken5('tokenPairs', `${data5.packed.tokenPairs}]`)).toThrow(/invalid match index \(tokenPairs holds more than \d+ hashes\)/);
    expect(broken5('tokenWalk', data5.packed.tokenWalk.slice(0, -1))).toThrow(/tokenWalk (ends inside a number|holds \d+ hashes, expected)/);
    expect(broken5('tokenCounts', ']]')).toThrow(/tokenCounts does not hold three counts/);
    // Format 6 (wide: a last digit is U+0100 or above, ']' .. U+00FF come before it).
    const broken = (name: string, value: unknown) => () => loadMatchIndex({ ...data, packed: { ...data.packed, [name]: value } });
    const one = String.fromCharCode(0x100); // the number 0
    expect(broken('refAlias', `${data.packed.refAlias}"`)).toThrow(/refAlias has a stray character/);
    expect(broken('related', '|')).toThrow(/related/);
    // Arrays are decoded at the length the rest of the index gives them, and checked as they are.
    expect(broken('aliasEntity', `${data.packed.aliasEntity}${one}`)).toThrow(/invalid match index \(aliasEntity holds more than \d+ numbers\)/);
    expect(broken('aliasEntity', `${String.fromCharCode(0xd000)}${data.packed.aliasEntity.slice(1)}`)).toThrow(/invalid match index \(aliasEntity 0 is out of range\)/);
    expect(broken('refAlias', `${String.fromCharCode(0xd000)}${data.packed.refAlias.slice(1)}`)).toThrow(/refAlias 0 is out of range/);
    expect(broken('refFlags', `${one}${data.packed.refFlags}`)).toThrow(/refFlags holds more than \d+ numbers/);
    expect(broken('relatedStart', data.packed.relatedStart.slice(0, -1))).toThrow(/relatedStart holds (fewer than \d+|\d+) numbers/);
    expect(broken('tokenPairs', `${data.packed.tokenPairs}${one}`)).toThrow(/invalid match index \(tokenPairs holds more than \d+ positions\)/);
    expect(broken('tokenPairs', `${data.packed.tokenPairs.slice(0, -1)}${String.fromCharCode(0xd7ff)}`)).toThrow(/tokenPairs has a position past the end/);
    expect(broken('tokenWalk', data.packed.tokenWalk.slice(0, -1))).toThrow(/tokenWalk (ends inside a number|holds (fewer than )?\d+ positions)/);
    expect(broken('tokenPairOnly', `${data.packed.tokenPairOnly} `)).toThrow(/tokenPairOnly has a stray character/);
    expect(broken('tokenCounts', undefined)).toThrow(/tokenCounts is missing/);
    expect(broken('tokenCounts', `${one}${one}`)).toThrow(/tokenCounts does not hold three counts/);
    expect(() => loadMatchIndex({ ...data, packed: undefined })).toThrow(/packed arrays are missing/);
    expect(() => loadMatchIndex({ ...data, format: 7 })).toThrow(/format 7, expected 6/);
  });

  it('refuses a damaged trie shape with an error naming it', () => {
    const shape = data5.nodeShape as string;
    const load = (nodeShape: unknown, nodeChars = data5.nodeChars) => () => loadMatchIndex({ ...data5, nodeShape, nodeChars });
    expect(load(undefined)).toThrow(/invalid match index \(nodeShape is missing\)/);
    expect(load(shape.slice(1))).toThrow(/nodeShape length does not match nodeChars/);
    expect(load(shape.slice(1), data5.nodeChars.slice(1))).toThrow(/nodeShape: the child counts do not add up/);
    expect(load(`!${shape.slice(1)}`)).toThrow(/nodeShape has a character outside the alphabet/);
    // One more child at the root and one fewer at the last inner node: adds up, other tree; one more child: does not.
    expect(load(`${String.fromCharCode(shape.charCodeAt(0) + 2)}${shape.slice(1)}`)).toThrow(/child counts do not add up/);
    expect(() => loadMatchIndex({ ...data5, nodeChars: undefined })).toThrow(/nodeChars is missing/);
    // Format 6: the shape and the label lengths, one character per node each.
    const shape6 = data.nodeShape as string;
    const labels = data.nodeLabels as string;
    const load6 = (nodeShape: unknown, nodeLabels: unknown = labels, nodeChars: unknown = data.nodeChars) => () => loadMatchIndex({ ...data, nodeShape, nodeLabels, nodeChars });
    expect(load6(shape6)).not.toThrow();
    expect(load6(undefined)).toThrow(/invalid match index \(nodeShape is missing\)/);
    expect(load6(shape6, null)).toThrow(/invalid match index \(nodeLabels is missing\)/);
    expect(load6(shape6.slice(1))).toThrow(/nodeLabels length does not match nodeShape/);
    expect(load6(`!${shape6.slice(1)}`)).toThrow(/nodeShape or nodeLabels has a character outside the alphabet/);
    expect(load6(shape6, `${labels.slice(0, -1)}]`)).toThrow(/outside the alphabet/); // a label of no units
    expect(load6(`${String.fromCharCode(shape6.charCodeAt(0) + 4)}${shape6.slice(1)}`)).toThrow(/child counts do not add up/);
    expect(load6(shape6, `${labels.slice(0, -1)}${String.fromCharCode(labels.charCodeAt(labels.length - 1) + 1)}`)).toThrow(/label lengths do not add up to nodeChars/);
    expect(load6(shape6, labels, `${data.nodeChars}x`)).toThrow(/label lengths do not add up to nodeChars/);
    expect(() => loadMatchIndex({ ...data, nodeChars: undefined })).toThrow(/nodeChars is missing/);
    // The refs' starts come from the shape: a node's ref count (three or more: nodeRefs) must agree with refAlias.
    const refsOf = (c: number) => (c - 0x5d) & 3;
    const at = [...shape6].findIndex((c) => refsOf(c.charCodeAt(0)) === 1);
    const moreRefs = `${shape6.slice(0, at)}${String.fromCharCode(shape6.charCodeAt(at) + 1)}${shape6.slice(at + 1)}`;
    expect(load6(moreRefs)).toThrow(/refAlias holds fewer than \d+ numbers|refAlias holds \d+ numbers, expected/);
    expect(() => loadMatchIndex({ ...data, nodeRefs: `${data.nodeRefs}${String.fromCharCode(0x100)}` })).toThrow(/nodeRefs holds \d+ numbers, expected \d+/);
  });
});
