/**
 * The shipped match index keeps each alias as text + packed flags, since the entity is already in
 * aliasEntity, its integer arrays as short strings (format 3) and its entities as columns (format 4):
 * smaller and faster to parse and to send to every tab. A fact pack recompiles it from the same alias objects, and an older cached
 * index (format 1, one object per alias; format 2, plain number arrays) is recompiled on load
 * instead of failing.
 */
import { describe, expect, it } from 'vitest';
import { compileMatchIndex, findMentions, indexAliases, loadMatchIndex } from '../../../lib/match/index';
import { decodeDeltas } from '../../../lib/match/index-codec';
import { fixtureData } from './fixture-index';

const TEXT = "Carlo Messina guida Intesa Sanpaolo; il titolo Visa sale, mentre Elliott tace.";
/** The format-2 aliasFlags array, from the packed format-3 one. */
const packedFlags = (d: { packed: { aliasFlags: string } }) => Array.from(decodeDeltas(d.packed.aliasFlags, 'aliasFlags'));
const mentions = (ix: ReturnType<typeof loadMatchIndex>) => findMentions(ix, TEXT, { lang: 'it' }).map((m) => [m.surface, m.id]);

describe('match index format', () => {
  const { aliases, entities } = fixtureData();
  const data = JSON.parse(JSON.stringify(compileMatchIndex(aliases, entities)));

  it('ships aliases as text and packed flags, and gives the same alias objects back for a recompile', () => {
    expect(data.aliases).toBeUndefined();
    expect(data.aliasText).toHaveLength(aliases.length);
    const back = indexAliases(data);
    expect(back.map((a) => [a.text, a.entityId, a.kind])).toEqual(aliases.map((a) => [a.text, a.entityId, a.kind]));
    // Flags survive the round trip (only those set, as the compiler reads them).
    const set = (f: object) => Object.entries(f).filter(([, v]) => v).map(([k]) => k).sort();
    expect(back.map((a) => set(a.flags))).toEqual(aliases.map((a) => set(a.flags)));
    expect(mentions(loadMatchIndex(compileMatchIndex(back, entities)))).toEqual(mentions(loadMatchIndex(data)));
  });

  it('recompiles an index cached in the older one-object-per-alias format', () => {
    const older = { ...data, format: 1, aliases, aliasText: undefined, aliasFlags: undefined };
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

  it('ships the entities as columns and still loads a format-3 index that wrote them as objects', () => {
    expect(data.entities).toBeUndefined();
    expect(data.entityColumns.ids).toEqual(entities.map((e) => e.id));
    expect(data.entityColumns.kinds).toHaveLength(entities.length);
    const format3 = { ...data, format: 3, entityColumns: undefined, entities: entities.map(({ id, kind, name }) => ({ id, kind, name })) };
    expect(mentions(loadMatchIndex(format3))).toEqual(mentions(loadMatchIndex(data)));
    expect(loadMatchIndex(data).entities).toEqual(format3.entities);
  });

  it('refuses damaged entity columns with an error', () => {
    const cols = data.entityColumns;
    expect(() => loadMatchIndex({ ...data, entityColumns: { ...cols, kinds: cols.kinds.slice(1) } })).toThrow(/invalid match index \(match index: entity columns disagree\)/);
    expect(() => loadMatchIndex({ ...data, entityColumns: { ...cols, kinds: `?${cols.kinds.slice(1)}` } })).toThrow(/entity 0 is malformed/);
    expect(() => loadMatchIndex({ ...data, entityColumns: undefined })).toThrow(/expected an object with entities/);
  });

  it('refuses an index with neither form of aliases', () => {
    expect(() => loadMatchIndex({ ...data, aliasText: undefined })).toThrow(/aliasText/);
  });

  it('refuses a damaged packed array with an error naming it', () => {
    const broken = (name: string, value: unknown) => () => loadMatchIndex({ ...data, packed: { ...data.packed, [name]: value } });
    expect(broken('firstChild', undefined)).toThrow(/invalid match index \(firstChild is missing\)/);
    expect(broken('refAlias', `${data.packed.refAlias}"`)).toThrow(/refAlias has a stray character/);
    expect(broken('termStart', `${data.packed.termStart}<`)).toThrow(/termStart ends inside a number/);
    expect(broken('firstChild', data.packed.firstChild.slice(1))).toThrow(/firstChild/);
    expect(broken('related', '|')).toThrow(/related/);
    expect(() => loadMatchIndex({ ...data, packed: undefined })).toThrow(/packed arrays are missing/);
    expect(() => loadMatchIndex({ ...data, format: 7 })).toThrow(/format 7, expected 4/);
  });
});
