import { describe, it } from 'vitest';
import { type Case, expectFigures } from './helpers.ts';

// The b87–b89 batches: a bare sum whose currency a reader takes from the sentence or the article.
const CASES: [lang: string, ...Case][] = [
  ['fr', 'a money noun, then "et", then the sum with its currency', "L'opération combine 140 millions de fonds propres et 180 millions d'euros de dette.", [
    ['140 millions', 140e6, 'EUR'], ["180 millions d'euros", 180e6, 'EUR']]],
  ['fr', 'a syndicated loan after a sum in euros', "Le chiffre d'affaires atteint 40 millions d'euros. Un avenant au crédit syndiqué de 150 millions a été signé.", [
    ["40 millions d'euros", 40e6, 'EUR'], ['150 millions', 150e6, 'EUR']]],
  ['it', 'a tranche of a loan', 'I ricavi sono saliti a 180 milioni di euro. Una quota di 60 milioni servirà a rinnovare le sedi.', [
    ['180 milioni di euro', 180e6, 'EUR'], ['60 milioni', 60e6, 'EUR']]],
  ['it', 'a spending plan', 'Ricavi a 120 milioni di euro. Il direttore ha annunciato un piano da 60 milioni per un nuovo impianto.', [
    ['120 milioni di euro', 120e6, 'EUR'], ['60 milioni', 60e6, 'EUR']]],
  ['it', 'an instalment paid', 'La concessione è costata 2,23 miliardi di euro. Una prima rata da 1,1 miliardi è già stata versata.', [
    ['2,23 miliardi di euro', 2.23e9, 'EUR'], ['1,1 miliardi', 1.1e9, 'EUR']]],
  ['it', 'a green bond issue', 'È la seconda emissione verde dopo quella da 400 milioni dello scorso anno, e il bond vale 500 milioni di euro.', [
    ['400 milioni', 400e6, 'EUR'], ['500 milioni di euro', 500e6, 'EUR']]],
  ['es', 'a disbursement', 'Compró el 38% de las acciones por 120 millones de euros: un desembolso de hasta 225 millones.', [
    ['120 millones de euros', 120e6, 'EUR'], ['225 millones', 225e6, 'EUR']]],
  ['fr', 'a count of people before "et" lends nothing', "La ville compte 140 millions d'habitants et 180 millions d'euros de dette.", [
    ["180 millions d'euros", 180e6, 'EUR']]],
];

describe('a currency carried to a bare sum (b87–b89)', () => {
  it.each(CASES)('%s: %s', (lang, _title, text, want) => expectFigures(text, lang, want));
});
