/**
 * The shipped match index keeps each alias as text + packed flags (format 2), since the entity
 * is already in aliasEntity: smaller to parse and to send to every tab. A fact pack recompiles it
 * from the same alias objects, and an older cached index (format 1, one object per alias) is
 * recompiled on load instead of failing.
 */
import { describe, expect, it } from 'vitest';
import { compileMatchIndex, findMentions, indexAliases, loadMatchIndex } from '../../../lib/match/index';
import { fixtureData } from './fixture-index';

const TEXT = "Carlo Messina guida Intesa Sanpaolo; il titolo Visa sale, mentre Elliott tace.";
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

  it('refuses an index with neither form of aliases', () => {
    expect(() => loadMatchIndex({ ...data, aliasText: undefined })).toThrow(/aliasText/);
  });
});
