/**
 * The shipped match index keeps each alias as text + packed flags, since the entity is already in
 * aliasEntity, its integer arrays as short strings (format 3), its entities as columns (format 4),
 * and its alias texts, entity ids and names as joined strings, the trie's shape one character per
 * node (format 5): smaller and faster to parse and to send to every tab. Formats 3 and 4 still load. A fact pack recompiles it from the same alias objects, and an older cached
 * index (format 1, one object per alias; format 2, plain number arrays) is recompiled on load
 * instead of failing.
 */
import { describe, expect, it } from 'vitest';
import { compileMatchIndex, findMentions, indexAliases, loadMatchIndex, type MatchIndexData } from '../../../lib/match/index';
import { aliasTexts, entityColumns } from '../../../lib/match/compile-index';
import { decodeDeltas, encodeDeltas } from '../../../lib/match/index-codec';
import { fixtureData } from './fixture-index';

const TEXT = "Carlo Messina guida Intesa Sanpaolo; il titolo Visa sale, mentre Elliott tace.";
/** The format-2 aliasFlags array, from the packed format-3 one. */
const packedFlags = (d: { packed: { aliasFlags: string } }) => Array.from(decodeDeltas(d.packed.aliasFlags, 'aliasFlags'));
const mentions = (ix: ReturnType<typeof loadMatchIndex>) => findMentions(ix, TEXT, { lang: 'it' }).map((m) => [m.surface, m.id]);

/** The same index written in format 4 (entity columns, alias texts as an array, firstChild and termNodes packed). */
function format4Of(data: MatchIndexData): MatchIndexData {
  const ix = loadMatchIndex(data);
  const termNodes = Array.from(ix.term.keys()).filter((n) => ix.term[n]! >= 0);
  const { tokenCounts: _, ...packed } = data.packed!;
  return {
    format: 4, entityColumns: entityColumns(ix.entities), aliasText: aliasTexts(data), blockList: data.blockList, nodeChars: data.nodeChars,
    packed: { ...packed, firstChild: encodeDeltas(ix.first), termNodes: encodeDeltas(termNodes) },
  };
}

describe('match index format', () => {
  const { aliases, entities } = fixtureData();
  const data = JSON.parse(JSON.stringify(compileMatchIndex(aliases, entities)));

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
      aliasEntity: back.map((a) => entityOf.get(a.entityId)!), aliasFlags: data.aliasFlags ?? packedFlags(data),
      nodeChars: '\0', firstChild: [1, 1], termNodes: [], termStart: [0], refAlias: [], refFlags: [],
    };
    expect(mentions(loadMatchIndex(format2))).toEqual(mentions(loadMatchIndex(data)));
    expect(() => loadMatchIndex({ ...format2, aliasEntity: undefined })).toThrow(/aliasEntity is missing.*npm run facts/);
    expect(() => loadMatchIndex({ ...format2, aliasEntity: format2.aliasEntity.map(() => 999) })).toThrow(/loadMatchIndex: invalid match index.*names no entity/);
  });

  it('ships the strings joined and still loads format 4 (entity columns) and format 3 (entity objects)', () => {
    expect(data.entities).toBeUndefined();
    expect(data.entityColumns).toBeUndefined();
    expect(Object.keys(data.joined).sort()).toEqual(['aliases', 'ids', 'kinds', 'names']);
    expect(data.joined.ids.text).toBe(entities.map((e) => e.id).join(''));
    expect(data.joined.kinds).toHaveLength(entities.length);
    const format4 = format4Of(data);
    const format3 = { ...format4, format: 3, entityColumns: undefined, entities: entities.map(({ id, kind, name }) => ({ id, kind, name })) };
    expect(mentions(loadMatchIndex(format4))).toEqual(mentions(loadMatchIndex(data)));
    expect(mentions(loadMatchIndex(format3))).toEqual(mentions(loadMatchIndex(data)));
    expect(loadMatchIndex(data).entities).toEqual(format3.entities);
    expect(loadMatchIndex(format4).entities).toEqual(format3.entities);
    expect(loadMatchIndex(data).aliasText).toEqual(aliases.map((a) => a.text));
    const ix = loadMatchIndex(data);
    expect(Array.from({ length: ix.entityCount }, (_, e) => ix.entity(e))).toEqual(format3.entities);
    expect(Array.from({ length: ix.aliasCount }, (_, i) => ix.alias(i))).toEqual(aliases.map((a) => a.text));
    // Same trie, whichever way its shape travelled.
    const old = loadMatchIndex(format4);
    expect([ix.first, ix.term, ix.termStart, ix.refAlias, ix.refFlags]).toEqual([old.first, old.term, old.termStart, old.refAlias, old.refFlags]);
    expect(ix.tokens).toEqual(old.tokens);
  });

  it('refuses damaged entity columns with an error', () => {
    const cols = format4Of(data).entityColumns!;
    const format4 = format4Of(data);
    expect(() => loadMatchIndex({ ...format4, entityColumns: { ...cols, kinds: cols.kinds.slice(1) } })).toThrow(/invalid match index \(match index: entity columns disagree\)/);
    expect(() => loadMatchIndex({ ...format4, entityColumns: { ...cols, kinds: `?${cols.kinds.slice(1)}` } })).toThrow(/entity 0 is malformed/);
    expect(() => loadMatchIndex({ ...format4, entityColumns: undefined })).toThrow(/expected an object with entities/);
    const j = data.joined;
    expect(() => loadMatchIndex({ ...data, joined: { ...j, kinds: j.kinds.slice(1) } })).toThrow(/invalid match index \(match index: entity columns disagree\)/);
    expect(() => loadMatchIndex({ ...data, joined: { ...j, kinds: `?${j.kinds.slice(1)}` } })).toThrow(/entity 0 is malformed/);
    expect(() => loadMatchIndex({ ...data, joined: undefined })).toThrow(/expected an object with entities/);
    expect(() => loadMatchIndex({ ...data, joined: { ...j, ids: undefined } })).toThrow(/invalid match index \(entity ids are missing\)/);
    expect(() => loadMatchIndex({ ...data, joined: { ...j, names: { ...j.names, text: j.names.text.slice(1) } } })).toThrow(/entity names lengths do not add up/);
    expect(() => loadMatchIndex({ ...data, joined: { ...j, ids: { ...j.ids, lengths: `${j.ids.lengths}!` } } })).toThrow(/entity ids lengths has a stray character/);
    expect(() => loadMatchIndex({ ...data, joined: { ...j, names: { ...j.names, lengths: j.names.lengths.slice(1) } } })).toThrow(/entity names/);
  });

  it('refuses an index with neither form of aliases', () => {
    expect(() => loadMatchIndex({ ...format4Of(data), aliasText: undefined })).toThrow(/aliasText/);
    expect(() => loadMatchIndex({ ...data, joined: { ...data.joined, aliases: undefined } })).toThrow(/alias texts are missing/);
    expect(() => loadMatchIndex({ ...data, joined: { ...data.joined, aliases: { ...data.joined.aliases, text: `${data.joined.aliases.text}x` } } })).toThrow(/alias texts lengths do not add up/);
  });

  it('refuses a damaged packed array with an error naming it', () => {
    const format4 = format4Of(data);
    const broken4 = (name: string, value: unknown) => () => loadMatchIndex({ ...format4, packed: { ...format4.packed!, [name]: value } });
    expect(broken4('firstChild', undefined)).toThrow(/invalid match index \(firstChild is missing\)/);
    expect(broken4('firstChild', format4.packed!.firstChild!.slice(1))).toThrow(/firstChild/);
    expect(broken4('termNodes', `${format4.packed!.termNodes}}`)).toThrow(/termNodes has a stray character/);
    const broken = (name: string, value: unknown) => () => loadMatchIndex({ ...data, packed: { ...data.packed, [name]: value } });
    expect(broken('refAlias', `${data.packed.refAlias}"`)).toThrow(/refAlias has a stray character/);
    expect(broken('termStart', `${data.packed.termStart}<`)).toThrow(/termStart ends inside a number/);
    expect(broken('related', '|')).toThrow(/related/);
    // Arrays are decoded at the length the rest of the index gives them.
    expect(broken('aliasEntity', `${data.packed.aliasEntity}]`)).toThrow(/invalid match index \(aliasEntity holds more than \d+ numbers\)/);
    expect(broken('refFlags', `]${data.packed.refFlags}`)).toThrow(/refFlags holds more than \d+ numbers/);
    expect(broken('relatedStart', data.packed.relatedStart.slice(0, -1))).toThrow(/relatedStart holds (fewer than \d+|\d+) numbers/);
    expect(broken('termStart', '')).toThrow(/termStart holds fewer than \d+ numbers/);
    expect(broken('tokenPairs', `${data.packed.tokenPairs}]`)).toThrow(/invalid match index \(tokenPairs holds more than \d+ hashes\)/);
    expect(broken('tokenWalk', data.packed.tokenWalk.slice(0, -1))).toThrow(/tokenWalk (ends inside a number|holds \d+ hashes, expected)/);
    expect(broken('tokenPairOnly', `${data.packed.tokenPairOnly} `)).toThrow(/tokenPairOnly has a stray character/);
    expect(broken('tokenCounts', undefined)).toThrow(/tokenCounts is missing/);
    expect(broken('tokenCounts', ']]')).toThrow(/tokenCounts does not hold three counts/);
    expect(() => loadMatchIndex({ ...data, packed: undefined })).toThrow(/packed arrays are missing/);
    expect(() => loadMatchIndex({ ...data, format: 7 })).toThrow(/format 7, expected 5/);
  });

  it('refuses a damaged trie shape with an error naming it', () => {
    const shape = data.nodeShape as string;
    const load = (nodeShape: unknown, nodeChars = data.nodeChars) => () => loadMatchIndex({ ...data, nodeShape, nodeChars });
    expect(load(undefined)).toThrow(/invalid match index \(nodeShape is missing\)/);
    expect(load(shape.slice(1))).toThrow(/nodeShape length does not match nodeChars/);
    expect(load(shape.slice(1), data.nodeChars.slice(1))).toThrow(/nodeShape: the child counts do not add up/);
    expect(load(`!${shape.slice(1)}`)).toThrow(/nodeShape has a character outside the alphabet/);
    // One more child at the root and one fewer at the last inner node: adds up, other tree; one more child: does not.
    expect(load(`${String.fromCharCode(shape.charCodeAt(0) + 2)}${shape.slice(1)}`)).toThrow(/child counts do not add up/);
    expect(() => loadMatchIndex({ ...data, nodeChars: undefined })).toThrow(/nodeChars is missing/);
  });
});
