/**
 * What the b84–b86 batches found: an exchange segment, a region and Italian regional governments
 * named like companies; an airport named without the word; a unit in capitals after a number.
 */
import { describe, expect, it } from 'vitest';
import type { AliasFlags } from '../../../lib/facts/schema';
import { companyRows, fixtureIndex, foundIn } from './fixture-index';

const AMB: AliasFlags = { ambiguous: true, needsContext: true };
const index = fixtureIndex(companyRows([
  ['scale-ai', 'Scale AI', ['Scale AI', ['Scale', AMB]]],
  ['arc', 'Arc', ['Arc']],
  ['regione-siciliana', 'Regione Siciliana', ['Regione Siciliana']],
  ['ico', 'Instituto de Crédito Oficial', ['Instituto de Crédito Oficial']],
  ['gatwick', 'Gatwick Airport', ['Gatwick Airport', 'London Gatwick', 'Gatwick']],
  ['games-workshop', 'Games Workshop', ['Games Workshop', ['GW', { caseSensitive: true, ...AMB }]]],
]));
const found = (text: string, lang: string) => foundIn(index, text, lang);

describe('names that are segments, regions, public bodies, airports and units (b84–b86)', () => {
  it('reads Frankfurt\'s Scale segment, the Arc jurassien and Italian regions as what they are', () => {
    expect(found('Das im Scale-Segment der Frankfurter Börse gelistete Unternehmen wächst.', 'de')).toEqual([]);
    expect(found("Les horlogers de l'Arc jurassien exportent moins.", 'fr')).toEqual([]);
    expect(found('La Regione Siciliana ha versato 20 milioni alla compagnia.', 'it')).toEqual([]);
    expect(found('El Instituto de Crédito Oficial avaló parte del préstamo.', 'es')).toEqual([]);
  });

  it('reads an airport after a preposition of place as the place, with or without its city', () => {
    expect(found('Jet2 plans to open a base at London Gatwick next year.', 'en')).toEqual([]);
    expect(found('Gatwick reported record traffic in August, the company said.', 'en')).toEqual([['Gatwick', 'gatwick']]);
  });

  it('reads a short name in capitals after a number as its unit', () => {
    expect(found('Capacity will more than double to over 3 GW by 2030, the company said.', 'en')).toEqual([]);
    expect(found('Shares in GW rose after the company raised its forecast.', 'en')).toEqual([['GW', 'games-workshop']]);
  });
});
