/**
 * What the b92 batch found: a district glued to a town, a company's own site in a town of its
 * name, plants in towns, a person's name after a title, another name opened by an article-led
 * name and an adjective, names joined by "&".
 */
import { describe, expect, it } from 'vitest';
import type { AliasFlags } from '../../../lib/facts/schema';
import { fixtureIndex, foundIn } from './fixture-index';

const AMB: AliasFlags = { ambiguous: true, needsContext: true };
const index = fixtureIndex([
  ['oerlikon', 'company', 'OC Oerlikon', ['OC Oerlikon', 'Oerlikon']],
  ['renault', 'company', 'Renault', ['Renault']],
  ['nissan', 'company', 'Nissan', ['Nissan']],
  ['tessenderlo', 'company', 'Tessenderlo Group', ['Tessenderlo Group', 'Tessenderlo']],
  ['toro', 'brand', 'Toro', [['Toro', { ...AMB, ownerContext: true }]]],
  ['petro', 'brand', 'Petro', ['Petro']],
  ['lunion', 'media', "L'Union", ["L'Union"]],
  ['bel', 'company', 'Bel', [['Bel', AMB]]],
  ['upjohn', 'company', 'Upjohn', ['Upjohn']],
]);
const found = (text: string, lang: string) => foundIn(index, text, lang);

describe('names the b92 batch met', () => {
  it('reads a name glued by a hyphen to a town after a preposition as the town\'s district', () => {
    expect(found('Die Produktion in Zürich-Oerlikon soll sich verdreifachen.', 'de')).toEqual([]);
    expect(found('Le patron de Renault-Nissan a parlé.', 'fr')).toEqual([['Renault', 'renault'], ['Nissan', 'nissan']]);
  });

  it('reads a town after the company\'s own site, and plants in towns, as the towns', () => {
    expect(found('Melexis met septante travailleurs au chômage sur son site de Tessenderlo.', 'fr')).toEqual([]);
    expect(found('Les résultats de Tessenderlo ont déçu la Bourse.', 'fr')).toEqual([['Tessenderlo', 'tessenderlo']]);
    expect(found('La cosecha permitió a las fábricas de Toro y Miranda de Ebro trabajar a plena capacidad.', 'es')).toEqual([]);
  });

  it('reads a one-word name after a person\'s title, a capitalised word going on from it, as that person\'s', () => {
    expect(found('Its managing director Petro Terblanche said the sector needed patient money.', 'en')).toEqual([]);
    expect(found('Petro said fuel sales rose.', 'en')).toEqual([['Petro', 'petro']]);
  });

  it('reads an article-led name before a nationality adjective as the start of another name', () => {
    expect(found("L'Union française des semenciers réclame une adoption du texte.", 'fr')).toEqual([]);
    expect(found("Selon L'Union, le dossier avance.", 'fr')).toEqual([["L'Union", 'lunion']]);
  });

  it('reads a name joined by "&" to an unknown capitalised word as part of that firm\'s name', () => {
    expect(found('Les déconfitures de la chaîne Bel&Bo ont pesé.', 'fr')).toEqual([]);
    expect(found('Newron fu fondata da ricercatori usciti da Pharmacia & Upjohn.', 'it')).toEqual([]);
    expect(found('Le fromager Bel a publié ses ventes. Upjohn aussi.', 'fr')).toEqual([['Bel', 'bel'], ['Upjohn', 'upjohn']]);
  });
});
