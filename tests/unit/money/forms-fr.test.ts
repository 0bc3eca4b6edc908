import { describe, it } from 'vitest';
import { type Case, expectFigures } from './helpers.ts';

const CASES: Case[] = [
  ['milliards de dollars', 'Le rachat atteint 44 milliards de dollars.', [['44 milliards de dollars', 44e9, 'USD']]],
  ['typographic apostrophe', 'Une enveloppe de 1,2 milliard d’euros.', [['1,2 milliard d’euros', 1.2e9, 'EUR']]],
  ['straight apostrophe', 'Un bénéfice de 105 millions d\'euros.', [['105 millions d\'euros', 105e6, 'EUR']]],
  ['symbol after', 'La levée de fonds de 385 millions $ est bouclée.', [['385 millions $', 385e6, 'USD']]],
  ['M $', 'Un contrat de 216 M $ signé hier.', [['216 M $', 216e6, 'USD']]],
  ['written number', 'L’État prête sept milliards d’euros.', [['sept milliards d’euros', 7e9, 'EUR']]],
  ['Md, Mds, Mrd', 'Chiffre d’affaires de 12,5 Mds€, marge de 3,2 Md€ et dette de 1,5 Mrd d’euros.', [
    ['12,5 Mds€', 12.5e9, 'EUR'], ['3,2 Md€', 3.2e9, 'EUR'], ['1,5 Mrd d’euros', 1.5e9, 'EUR']]],
  ['Mio', 'Une amende de 40 Mio €.', [['40 Mio €', 40e6, 'EUR']]],
  ['billion is 10^12', 'La dette publique dépasse 3 billions d’euros.', [['3 billions d’euros', 3e12, 'EUR']]],
  ['space groups', 'Le tableau a été vendu 2 500 000 euros.', [['2 500 000 euros', 2.5e6, 'EUR']]],
  ['narrow no-break groups', 'Le prix : 1\u202F234\u202F567,89 €.', [['1\u202F234\u202F567,89 €', 1234567.89, 'EUR']]],
  ['par action', 'Un dividende de 1,20 euro par action.', [['1,20 euro par action', 1.2, 'EUR', 'per_share']]],
  ['entre … et', 'Une valorisation entre 2 et 3 milliards d’euros.', [['2', 2e9, 'EUR', 'range_low'], ['3 milliards d’euros', 3e9, 'EUR', 'range_high']]],
  ['cent, quatorze', 'Des primes dépassant cent millions de dollars et un investissement de quatorze milliards de dollars.', [
    ['cent millions de dollars', 100e6, 'USD'], ['quatorze milliards de dollars', 14e9, 'USD']]],
  ['a quote is per share', 'Le titre a terminé à 13,20 €.', [['13,20 €', 13.2, 'EUR', 'per_share']]],
  ['deux cents, centimes, francs', 'Deux cents millions d’euros, 30 centimes d’euro par action et 5 millions de francs.', [
    ['Deux cents millions d’euros', 200e6, 'EUR'], ['30 centimes d’euro par action', 0.3, 'EUR', 'per_share'],
    ['5 millions de francs', 5e6, 'CHF']]],
  ['un milliard', 'Un milliard d’euros pour la recherche.', [['Un milliard d’euros', 1e9, 'EUR']]],
  ['livres sterling, francs suisses', 'Payé 3 millions de livres sterling et 2 millions de francs suisses.', [
    ['3 millions de livres sterling', 3e6, 'GBP'], ['2 millions de francs suisses', 2e6, 'CHF']]],
  ['ICU $US', 'Montant : 97 Md $US.', [['97 Md $US', 97e9, 'USD']]],
  // Batch b4: compound numbers in words add up.
  ['cent dix, quatre-vingt-dix, deux cent cinquante', 'Garantie de cent dix millions d’euros, soit quatre-vingt-dix millions d’euros de plus et deux cent cinquante millions d’euros au total.', [
    ['cent dix millions d’euros', 110e6, 'EUR'], ['quatre-vingt-dix millions d’euros', 90e6, 'EUR'], ['deux cent cinquante millions d’euros', 250e6, 'EUR']]],
  // Batch b5: Belgian and Swiss tens.
  ['septante, nonante', 'Une enveloppe de septante millions d’euros et nonante-cinq millions d’euros.', [
    ['septante millions d’euros', 70e6, 'EUR'], ['nonante-cinq millions d’euros', 95e6, 'EUR']]],
];

describe('French figures (FORMS.md)', () => {
  for (const [title, text, want] of CASES) it(title, () => expectFigures(text, 'fr', want));
  it('Switzerland: a quote of the "bon de jouissance" is per share', () => expectFigures(
    'Le bon de jouissance a gagné 2,1 % à CHF 268,40.', 'fr-CH', [['CHF 268,40', 268.4, 'CHF', 'per_share']]));
  it('Quebec: "1,3 G$" is a milliard of Canadian dollars, beside "25 M$"', () => expectFigures(
    'Sanofi injecte 1,3 G$ dans son usine, soit 25 M$ par an.', 'fr-CA', [['1,3 G$', 1.3e9, 'CAD'], ['25 M$', 25e6, 'CAD']]));
  it('a share that "a pris 1,36 € à 104,20 €" moved and closed: two quotes, no range', () => expectFigures(
    'À Euronext Bruxelles, KBC a pris 1,36 € à 104,20 €.', 'fr-BE', [['1,36 €', 1.36, 'EUR', 'per_share'], ['104,20 €', 104.2, 'EUR', 'per_share']]));
  it('a range of prices per share keeps its two ends; Swiss "CHF 45 mio"', () => {
    expectFigures('Un dividende compris entre 9,90 et 10,10 € par action.', 'fr', [['9,90', 9.9, 'EUR', 'range_low'], ['10,10 € par action', 10.1, 'EUR', 'range_high']]);
    expectFigures('Une amende de CHF 45 mio a été infligée.', 'fr-CH', [['CHF 45 mio', 45e6, 'CHF']]);
  });
});
