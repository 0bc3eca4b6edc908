/**
 * What the b95 batch found: a family list after an adjective, a foundation named after a company,
 * a Spanish surname joined by "de", and "Fintech", a kind of firm.
 */
import { describe, expect, it } from 'vitest';
import type { AliasFlags } from '../../../lib/facts/schema';
import { fixtureIndex, foundIn } from './fixture-index';

const AMB: AliasFlags = { ambiguous: true, needsContext: true };
const index = fixtureIndex([
  ['stadler', 'company', 'Stadler Rail', ['Stadler Rail', ['Stadler', AMB]]],
  ['sfs', 'company', 'SFS Group', ['SFS Group', 'SFS']],
  ['asti', 'company', 'Cassa di Risparmio di Asti', ['Cassa di Risparmio di Asti', 'Banca di Asti']],
  ['carrefour', 'company', 'Carrefour', ['Carrefour']],
  ['guzman', 'person', 'Álvaro Guzmán de Lázaro', ['Álvaro Guzmán de Lázaro']],
  ['fintech', 'investor', 'Fintech Advisory', ['Fintech Advisory', 'Fintech']],
]);
const found = (text: string, lang: string) => foundIn(index, text, lang);

describe('names the b95 batch met', () => {
  it('reads the names of a list after a plural family word and an adjective as the families', () => {
    expect(found('Le famiglie fondatrici Huber e Stadler controllano oltre la metà del capitale di SFS.', 'it')).toEqual([['SFS', 'sfs']]);
    expect(found('Il titolo Stadler è salito del 3%.', 'it')).toEqual([['Stadler', 'stadler']]);
  });

  it("reads a company's name after a capitalised foundation word as the foundation's", () => {
    expect(found('Primo socio è la Fondazione Cassa di Risparmio di Asti con il 31,8%.', 'it')).toEqual([]);
    expect(found('La Fondation Carrefour finance des épiceries solidaires.', 'fr')).toEqual([]);
    expect(found('La Banca di Asti ha chiuso con un utile di 58 milioni.', 'it')).toEqual([['Banca di Asti', 'asti']]);
  });

  it('reads a surname joined by "de" after the full name', () => {
    expect(found('Álvaro Guzmán de Lázaro, consejero delegado, habló. "La tesis sigue intacta", explicó Guzmán de Lázaro.', 'es')).toEqual([['Álvaro Guzmán de Lázaro', 'guzman'], ['Guzmán de Lázaro', 'guzman']]);
  });

  it('never reads "Fintech" alone as a firm', () => {
    expect(found('Das Fintech Raisin will an die Börse. Fintech Advisory hält Anteile.', 'de')).toEqual([['Fintech Advisory', 'fintech']]);
  });
});
