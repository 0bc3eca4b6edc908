/**
 * What the b57–b60 batches found: towns named like clubs and utilities (a dateline, a row of towns,
 * "aus Verona"), an acronym its own words spell, a name a plus sign goes on, a chamber of commerce.
 */
import { describe, expect, it } from 'vitest';
import type { AliasFlags } from '../../../lib/facts/schema';
import { fixtureIndex, foundIn, type Row } from './fixture-index';

const AMB: AliasFlags = { ambiguous: true, needsContext: true };
const companies: Array<[string, string, Array<[string, AliasFlags]>]> = [
  ['venezia-fc', 'Venezia FC', [['Venezia FC', {}], ['Venezia', AMB]]],
  ['hellas-verona', 'Hellas Verona', [['Hellas Verona', {}], ['Verona', AMB]]],
  ['salzburg-ag', 'Salzburg AG', [['Salzburg AG', {}], ['Salzburg', AMB]]],
  ['nice', 'NICE', [['NICE Ltd', { caseSensitive: true }], ['NICE', { ...AMB, caseSensitive: true }]]],
  ['intesa', 'Intesa Sanpaolo', [['Intesa Sanpaolo', {}], ['ISP', { ...AMB, caseSensitive: true }]]],
  ['bbva', 'BBVA', [['Banco Bilbao Vizcaya Argentaria', {}], ['BBVA', {}]]],
  ['dab', 'DAB', [['DAB', { ...AMB, caseSensitive: true, ownerContext: true }]]],
  ['rtl-group', 'RTL Group', [['RTL Group', {}], ['RTL', { caseSensitive: true }]]],
  ['cnmi', 'Camera Nazionale della Moda Italiana', [['Camera Nazionale della Moda Italiana', {}], ['Camera', AMB]]],
  ['save', 'Gruppo SAVE', [['SAVE', { caseSensitive: true }]]],
  ['koch', 'Koch Industries', [['Koch Industries', {}], ['Koch', AMB]]],
  ['der-standard', 'Der Standard', [['Der Standard', {}], ['Standard', AMB]]],
  ['six', 'SIX Group', [['SIX Group', {}], ['SIX Swiss Exchange', {}]]],
  ['ams-osram', 'ams-OSRAM', [['ams-OSRAM', {}], ['AMS', { ...AMB, caseSensitive: true }]]],
  ['gfk', 'GfK', [['GfK', {}]]],
  ['grupo-cobra', 'Grupo Cobra', [['Grupo Cobra', {}], ['Cobra', AMB]]],
  ['nasdaq-nordic', 'Nasdaq Nordic', [['Nasdaq Nordic', {}], ['OMX', {}]]],
  ['tva', 'Groupe TVA', [['Groupe TVA', {}], ['TVA', { caseSensitive: true }]]],
  ['cbs', 'CBS', [['CBS', { caseSensitive: true }]]],
  ['asf', 'ASF', [['ASF', {}]]],
  ['food-lion', 'Food Lion', [['Food Lion', {}], ['Food', AMB]]],
  ['de-nora', 'Industrie De Nora', [['Industrie De Nora', {}], ['De Nora', {}]]],
];
// Two people called Federico make "Federico" a first name the index knows (firstNamesOf).
const people: Row[] = [['federico-marchetti', 'person', 'Federico Marchetti', ['Federico Marchetti']], ['federico-ghizzoni', 'person', 'Federico Ghizzoni', ['Federico Ghizzoni']]];
const index = fixtureIndex([...companies.map(([id, name, aliases]): Row => [id, 'company', name, aliases]), ...people]);
const found = (text: string, lang: string) => foundIn(index, text, lang);

describe('a town named like a club or a utility (b57, b58)', () => {
  it('opening a line before a dash is a dateline, in capitals or not', () => {
  expect(found('VENEZIA – Il gruppo SAVE ha chiuso l’esercizio.', 'it')).toEqual([['SAVE', 'save']]);
  expect(found('NICE – Quatre ans après le rachat, le groupe investit.', 'fr')).toEqual([]);
  // The club in a sentence about the club keeps its name.
  expect(found('Il Venezia ha ceduto il suo attaccante: la società ha incassato bene.', 'it')).toEqual([['Venezia', 'venezia-fc']]);
  });

  it('is a town in a row of three or more towns the index does not know', () => {
  expect(found('Il gruppo SAVE gestisce gli scali di Venezia, Treviso, Verona e Brescia.', 'it')).toEqual([['SAVE', 'save']]);
  expect(found('Die Werbefirma baut Stelen in Graz, Linz und Salzburg.', 'de')).toEqual([]);
  });

  it('after "aus" in German is the town', () => {
  expect(found('Die Airline aus Verona soll acht Flugzeuge bekommen.', 'de')).toEqual([]);
  });
});

describe('other names inside a phrase (b58)', () => {
  it('an acronym in brackets that the words before it spell is theirs', () => {
  expect(found('la versión que exige el Instituto de Salud Pública (ISP) del país.', 'es')).toEqual([]);
  // A known name spelled out before its own acronym keeps both.
  expect(found('El Banco Bilbao Vizcaya Argentaria (BBVA) ganó más.', 'es')).toEqual([['Banco Bilbao Vizcaya Argentaria', 'bbva'], ['BBVA', 'bbva']]);
  });

  it('a plus sign after the name makes another name, unless the story names the company plainly', () => {
  expect(found('Le risorse serviranno alla copertura in DAB+ lungo le autostrade.', 'it')).toEqual([]);
  expect(found('RTL Group a publié ses comptes. La plateforme RTL+ compte 6,9 millions d’abonnés.', 'fr')).toEqual([['RTL Group', 'rtl-group'], ['RTL', 'rtl-group']]);
  });

  it('a province’s chamber of commerce is a public body, not the fashion chamber', () => {
  expect(found('Secondo la Camera di commercio di Modena il distretto cresce.', 'it')).toEqual([]);
  });
});

describe('more phrases (b61–b64)', () => {
  it('a word after a capitalised word and "&" ends a firm’s name', () => {
  expect(found('Der Waffenhersteller Heckler & Koch steigert den Umsatz.', 'de')).toEqual([]);
  });

  it('a Frankfurt segment is no newspaper, and an exchange traded on is a venue', () => {
  expect(found('Die Aktie notiert im Prime Standard der Börse.', 'de')).toEqual([]);
  expect(found('Gli scambi sulla SIX Swiss Exchange sono rimasti stabili.', 'it')).toEqual([]);
  expect(found('SIX Swiss Exchange ha chiuso il semestre.', 'it')).toEqual([['SIX Swiss Exchange', 'six']]);
  });
});

describe('agencies, indices and products (b65–b68)', () => {
  it('"AMS" on an Austrian page is the employment service', () => {
  expect(found('Rund 300 Beschäftigte sind beim AMS zur Kurzarbeit angemeldet.', 'de-AT')).toEqual([]);
  });

  it('a German compound whose head is an index names the index, and a Nordic index is no exchange', () => {
  expect(found('Der GfK-Konsumklimaindex fiel im Oktober.', 'de')).toEqual([]);
  expect(found('GfK hat den Index veröffentlicht.', 'de')).toEqual([['GfK', 'gfk']]);
  expect(found('The shares are in the OMX Stockholm Mid Cap index.', 'en')).toEqual([]);
  });

  it('a weak name before "engine" is the product', () => {
  expect(found('games built on our own Cobra engine, he said.', 'en')).toEqual([]);
  });
});

describe('taxes, offices and family firms (b69–b72)', () => {
  it('"la TVA" in French is the tax, TVA alone the broadcaster', () => {
  expect(found('Les exploitants réclament une baisse de la TVA sur les billets.', 'fr')).toEqual([]);
  expect(found('Le réseau TVA a diffusé le match.', 'fr')).toEqual([['TVA', 'tva']]);
  });

  it('a statistics office and a regulator in apposition are public bodies', () => {
  expect(found('Selon le bureau néerlandais des statistiques CBS, 1500 emplois ont disparu.', 'fr')).toEqual([]);
  expect(found("Serve il via libera dell'ASF, l'autorità di vigilanza sulle assicurazioni.", 'it')).toEqual([]);
  expect(found("Le ispezioni di Swissmedic e della Food and Drug Administration statunitense.", 'it')).toEqual([]);
  });

  it('a person’s name with a legal form after it is the family’s firm, neither person nor company', () => {
  expect(found('Restano la famiglia, attraverso la holding Federico De Nora Spa, e i fondi.', 'it')).toEqual([]);
  expect(found('Industrie De Nora ha chiuso il semestre; De Nora crescerà.', 'it')).toEqual([['Industrie De Nora', 'de-nora'], ['De Nora', 'de-nora']]);
  });

  it('a name opening a list after "tra" whose next item is unknown is a town', () => {
  expect(found('La terza corsia tra Verona e Modena costerà molto.', 'it')).toEqual([]);
  });
});
