import { describe, expect, it } from 'vitest';
import { dropKinSurnames, resolveSharedAliases, stubKind } from '../../../lib/facts/build/alias-rows';
import { besideFullNameOf } from '../../../lib/facts/build/compile';
import type { EntityDraft } from '../../../lib/facts/build/draft';
import type { AliasFlags, Entity } from '../../../lib/facts/schema';

type Alias = string | [string, AliasFlags];
const fact = (key: string) => ({ key, value: { t: 'text', v: '' }, asOf: '2025', sources: ['s:x'] }) as unknown as Entity['facts'][number];
const entity = (id: string, kind: Entity['kind'], name: string, aliases: Alias[], factKeys: string[]): Entity => ({
  id,
  kind,
  name,
  aliases: aliases.map((a) => (typeof a === 'string' ? { text: a } : { text: a[0], flags: a[1] })),
  facts: factKeys.map(fact),
});
/** A cited role at an organisation (the link the build resolves from a person's record). */
const roleAt = (id: string, name: string) => ({ key: 'role', value: { t: 'role', role: 'CEO', org: { id, name } }, asOf: '2025', sources: ['s:x'] }) as unknown as Entity['facts'][number];
const aliasesOf = (entities: Entity[], id: string) => entities.find((e) => e.id === id)!.aliases.map((a) => a.text);

describe('an alias several entities hold', () => {
  it('stays with the one named so: Bloomberg the company, not Michael Bloomberg\'s surname', () => {
    const es = [entity('c:bloomberg', 'company', 'Bloomberg', ['Bloomberg'], ['hq']), entity('p:michael-bloomberg', 'person', 'Michael Bloomberg', ['Michael Bloomberg', 'Bloomberg'], ['role'])];
    resolveSharedAliases(es);
    expect(aliasesOf(es, 'c:bloomberg')).toEqual(['Bloomberg']);
    expect(aliasesOf(es, 'p:michael-bloomberg')).toEqual(['Michael Bloomberg']);
  });

  it('goes to the described company the press means when the one named so is known only from an owner\'s list', () => {
    const es = [entity('b:apollo', 'brand', 'Apollo', ['Apollo'], ['owner']), entity('c:apollo-gm', 'company', 'Apollo Global Management', ['Apollo Global Management', 'Apollo'], ['hq', 'founded'])];
    resolveSharedAliases(es);
    expect(aliasesOf(es, 'b:apollo')).toEqual([]);
    expect(aliasesOf(es, 'c:apollo-gm')).toEqual(['Apollo Global Management', 'Apollo']);
  });

  it('is not taken from a listed brand by a ticker or by a family member\'s surname', () => {
    const ticker = [entity('b:veev', 'brand', 'Veev', ['Veev'], ['owner']), entity('c:veeva', 'company', 'Veeva Systems', ['Veeva Systems', ['VEEV', { ticker: true, caseSensitive: true }]], ['hq'])];
    resolveSharedAliases(ticker);
    expect(aliasesOf(ticker, 'b:veev')).toEqual(['Veev']);
    const family = [entity('b:armani', 'brand', 'Armani', ['Armani'], ['owner']), entity('p:giorgio-armani', 'person', 'Giorgio Armani', ['Giorgio Armani', 'Armani'], ['role'])];
    resolveSharedAliases(family);
    expect(aliasesOf(family, 'b:armani')).toEqual(['Armani']);
    expect(aliasesOf(family, 'p:giorgio-armani')).toEqual(['Giorgio Armani']);
  });

  it('leaves a person her surname beside a listed brand of that name, to count only after her full name', () => {
    const es = [
      entity('b:macgregor', 'brand', 'MacGregor', ['MacGregor'], ['owner']),
      entity('p:catherine-macgregor', 'person', 'Catherine MacGregor', ['Catherine MacGregor', ['MacGregor', { surname: true }]], ['role']),
    ];
    resolveSharedAliases(es);
    expect(aliasesOf(es, 'b:macgregor')).toEqual(['MacGregor']);
    const kept = es[1]!.aliases.find((a) => a.text === 'MacGregor');
    expect(kept?.flags).toMatchObject({ surname: true, ownerContext: true, ambiguous: true, needsContext: true });
  });

  it('leaves a person her surname beside a described company of that name until the facts make them kin', () => {
    // Susan Davy of Pennon and Davy the Irish broker: no fact links them, she keeps "Davy".
    const davy = [entity('c:davy', 'company', 'Davy', ['Davy'], ['hq', 'founded']), entity('p:susan-davy', 'person', 'Susan Davy', ['Susan Davy', ['Davy', { surname: true }]], [])];
    davy[1]!.facts = [roleAt('c:pennon', 'Pennon Group')];
    const checks = resolveSharedAliases(davy).kinChecks;
    expect(dropKinSurnames(davy, checks)).toBe(0);
    expect(davy[1]!.aliases.find((a) => a.text === 'Davy')?.flags).toMatchObject({ surname: true, ownerContext: true, ambiguous: true, needsContext: true });
    expect(aliasesOf(davy, 'c:davy')).toEqual(['Davy']);
    // Pasquale Natuzzi founded Natuzzi: the bare name is the company's, even after his full name.
    const natuzzi = [entity('c:natuzzi', 'company', 'Natuzzi', ['Natuzzi'], ['hq']), entity('p:pasquale-natuzzi', 'person', 'Pasquale Natuzzi', ['Pasquale Natuzzi', ['Natuzzi', { surname: true }]], [])];
    natuzzi[1]!.facts = [roleAt('c:natuzzi', 'Natuzzi')];
    expect(dropKinSurnames(natuzzi, resolveSharedAliases(natuzzi).kinChecks)).toBe(1);
    expect(aliasesOf(natuzzi, 'p:pasquale-natuzzi')).toEqual(['Pasquale Natuzzi']);
  });

  it('counts as kin a person who sits at the holding that owns the company of her name', () => {
    const es = [
      entity('c:porsche-ag', 'company', 'Porsche', ['Porsche'], ['hq']),
      entity('c:porsche-se', 'company', 'Porsche SE', ['Porsche SE'], ['hq']),
      entity('p:ferdinand-oliver-porsche', 'person', 'Ferdinand Oliver Porsche', ['Ferdinand Oliver Porsche', ['Porsche', { surname: true }]], []),
    ];
    es[0]!.facts.push({ key: 'owner', value: { t: 'entity', v: { id: 'c:porsche-se', name: 'Porsche SE' } }, asOf: '2025', sources: ['s:x'] } as unknown as Entity['facts'][number]);
    es[2]!.facts = [roleAt('c:porsche-se', 'Porsche SE')];
    expect(dropKinSurnames(es, resolveSharedAliases(es).kinChecks)).toBe(1);
    expect(aliasesOf(es, 'p:ferdinand-oliver-porsche')).toEqual(['Ferdinand Oliver Porsche']);
  });

  it('tells stubs by the keys the build passes, since facts are attached after aliases', () => {
    const es = [entity('c:activision', 'company', 'Activision', ['Activision'], []), entity('c:activision-blizzard', 'company', 'Activision Blizzard', ['Activision Blizzard', 'Activision'], [])];
    const keys: Record<string, string[]> = { 'c:activision': ['dealRole'], 'c:activision-blizzard': ['hq', 'ticker'] };
    resolveSharedAliases(es, (e) => stubKind(e.kind, keys[e.id]!));
    expect(aliasesOf(es, 'c:activision')).toEqual([]);
    expect(aliasesOf(es, 'c:activision-blizzard')).toEqual(['Activision Blizzard', 'Activision']);
  });
});

describe('a curated record\'s only_beside_full_name', () => {
  const draft = (name: string, besideFullName: string[]) => ({ kind: 'company', name, aliases: [], candidates: [], match: { tickers: [], isins: [] }, origin: 'curated', besideFullName }) as EntityDraft;

  it('makes a derived short form count only beside the full name: "Pegasus" of Grupo Pegasus', () => {
    const es = [entity('c:grupo-pegasus', 'company', 'Grupo Pegasus', ['Grupo Pegasus', 'Pegasus'], ['hq']), entity('c:other', 'company', 'Altra', ['Altra'], ['hq'])];
    const drafts = new Map([['c:grupo-pegasus', draft('Grupo Pegasus', ['Pegasus'])]]);
    resolveSharedAliases(es, undefined, besideFullNameOf(es, drafts));
    expect(es[0]!.aliases.find((a) => a.text === 'Pegasus')?.flags).toMatchObject({ ambiguous: true, needsContext: true, ownerContext: true, place: true });
    expect(es[0]!.aliases.find((a) => a.text === 'Grupo Pegasus')?.flags).toBeUndefined();
  });

  it('stops the build, naming the record, when the listed name is none of its names', () => {
    const es = [entity('c:grupo-pegasus', 'company', 'Grupo Pegasus', ['Grupo Pegasus'], ['hq'])];
    const drafts = new Map([['c:grupo-pegasus', draft('Grupo Pegasus', ['Pegaso'])]]);
    expect(() => besideFullNameOf(es, drafts)).toThrow(/curated record "Grupo Pegasus": only_beside_full_name "Pegaso" is none of its names/);
  });
});
