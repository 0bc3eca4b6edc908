/**
 * A newspaper named with an article that is an ordinary word without it ("Le Monde", "Il
 * Giornale", "El País") is written without it after the preposition the article went into: "a
 * déclaré au Monde", "al Giornale", "declaró al País". The bare word counts only there, and not
 * where a capitalised word before the preposition makes a longer name ("la Coupe du Monde").
 */
import { describe, expect, it } from 'vitest';
import { buildAliases, companyAliasInputs } from '../../../lib/facts/aliases';
import { loadWordLists } from '../../../lib/facts/aliases-dictionary';
import { compileMatchIndex, findMentions, loadMatchIndex } from '../../../lib/match/index';
import type { AliasEntry } from '../../../lib/match/types';

const words = loadWordLists();
const aliasesOf = (id: string, name: string): AliasEntry[] =>
  buildAliases(companyAliasInputs(name, [], [], words), words).map((a) => ({ text: a.text, entityId: id, kind: 'media', flags: a.flags ?? {} }));

describe('a newspaper whose article went into a preposition', () => {
  const aliases = [...aliasesOf('le-monde', 'Le Monde'), ...aliasesOf('il-giornale', 'Il Giornale'), ...aliasesOf('el-pais', 'El País')];
  const ix = loadMatchIndex(compileMatchIndex(aliases, [
    { id: 'le-monde', kind: 'media', name: 'Le Monde' },
    { id: 'il-giornale', kind: 'media', name: 'Il Giornale' },
    { id: 'el-pais', kind: 'media', name: 'El País' },
  ]));
  const found = (text: string, lang: string) => findMentions(ix, text, { lang }).map((m) => [m.surface, m.id]);

  it('gets its bare name as an alias that counts only after the contraction', () => {
    expect(aliases.find((a) => a.text === 'Monde')?.flags).toMatchObject({ afterContraction: true, caseSensitive: true });
  });

  it('is the newspaper right after the preposition', () => {
    expect(found('« Nous rééquilibrons », a déclaré au Monde le directeur.', 'fr')).toEqual([['Monde', 'le-monde']]);
    expect(found("Lo ha spiegato il direttore al Giornale in un'intervista.", 'it')).toEqual([['Giornale', 'il-giornale']]);
    expect(found('Según declaró al País el presidente, la empresa crece.', 'es')).toEqual([['País', 'el-pais']]);
  });

  it('is nothing elsewhere, nor inside a longer name', () => {
    expect(found('La Coupe du Monde a rapporté 3 milliards.', 'fr')).toEqual([]);
    expect(found('Le groupe lance son programme Monde pour les exportateurs.', 'fr')).toEqual([]);
    expect(found('Il nuovo progetto Giornale è stato presentato ieri.', 'it')).toEqual([]);
    expect(found('Le Monde a publié une enquête, et le monde attend.', 'fr')).toEqual([['Le Monde', 'le-monde']]);
    expect(found('Il Giornale di Brescia? No: il giornale locale.', 'it')).toEqual([['Il Giornale', 'il-giornale']]);
  });
});
