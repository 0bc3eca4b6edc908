/**
 * A unit known only from its owner's list and named by a division's label ("Consumer Products"
 * of L'Oréal) counts only beside its owner: in running text the same words end other
 * companies' names ("Godrej Consumer Products").
 */
import { describe, expect, it } from 'vitest';
import { stubKind } from '../../../lib/facts/build/alias-rows';
import { flagGenericUnitNames } from '../../../lib/facts/build/generic-unit-names';
import { compileMatchIndex, findMentions, loadMatchIndex } from '../../../lib/match/index';
import type { Entity } from '../../../lib/facts/schema';
import type { AliasEntry } from '../../../lib/match/types';

const fact = (key: string) => ({ key, value: { t: 'text', v: '' }, asOf: '2025', sources: ['s:x'] }) as unknown as Entity['facts'][number];
const entity = (id: string, name: string, factKeys: string[]): Entity => ({ id, kind: 'company', name, aliases: [{ text: name }], facts: factKeys.map(fact) });
const stub = (e: Entity) => stubKind(e.kind, e.facts.map((f) => f.key));

describe('a listed unit named by a division\'s label', () => {
  const entities = [
    entity('c:consumer-products', 'Consumer Products', ['parent']),
    entity('c:electronics', 'Electronics', ['parent']),
    entity('c:blizzard', 'Blizzard Entertainment', ['parent']),
    entity('c:life-sciences-co', 'Life Sciences', ['hq', 'founded']),
  ];
  flagGenericUnitNames(entities, stub);
  const flags = (id: string) => entities.find((e) => e.id === id)!.aliases[0]!.flags;

  it('counts only beside its owner (the flags of a short form that counts only beside its full name)', () => {
    expect(flags('c:consumer-products')).toEqual({ ambiguous: true, needsContext: true, ownerContext: true, place: true });
    expect(flags('c:electronics')).toEqual({ ambiguous: true, needsContext: true, ownerContext: true, place: true });
  });

  it('leaves a unit with a word of its own, and a company the bundle describes, as they were', () => {
    expect(flags('c:blizzard')).toBeUndefined();
    expect(flags('c:life-sciences-co')).toBeUndefined();
  });

  it('is found beside its owner, and not at the end of another company\'s name', () => {
    const aliases: AliasEntry[] = [
      { text: 'Consumer Products', entityId: 'c:consumer-products', kind: 'company', flags: flags('c:consumer-products')! },
      { text: "L'Oréal", entityId: 'c:loreal', kind: 'company', flags: {} },
    ];
    const ix = loadMatchIndex(compileMatchIndex(aliases, [
      { id: 'c:consumer-products', kind: 'company', name: 'Consumer Products', related: ['c:loreal'] },
      { id: 'c:loreal', kind: 'company', name: "L'Oréal", related: ['c:consumer-products'] },
    ]));
    const found = (text: string) => findMentions(ix, text, { lang: 'en' }).map((m) => m.surface);
    expect(found('The family kept the listed companies, including Godrej Consumer Products and Godrej Agrovet.')).toEqual([]);
    expect(found("L'Oréal said sales at Consumer Products rose 4% in the quarter.")).toEqual(["L'Oréal", 'Consumer Products']);
  });
});
