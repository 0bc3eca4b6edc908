import { describe, it } from 'vitest';
import { type Case, expectFigures } from './helpers.ts';

// The b97 batch: Swiss Italian "mia." without a currency beside it, and the money words of note
// loans, grants, group profits, weights and costs, reinvestment and licence fees.
const CASES: [lang: string, ...Case][] = [
  ['it-CH', '"mia." with its dot is billions in a sentence that counts in francs; "mia" alone is "my"', 'Il ricavo si aggira sugli 1,55 miliardi di franchi, di cui 1,25 mia. dal canone. La mia azienda ha 3 sedi.', [
    ['1,55 miliardi di franchi', 1.55e9, 'CHF'], ['1,25 mia.', 1.25e9, 'CHF']]],
  ['de', 'a note loan, a grant and a group profit', 'Der Umsatz stieg auf 91,6 Millionen Euro. Geprüft wird ein Schuldscheindarlehen von bis zu 150 Millionen. Der Bund steuert einen Zuschuss von 4,5 Millionen bei. Es blieb ein Konzerngewinn von 17,8 Mio.', [
    ['91,6 Millionen Euro', 91.6e6, 'EUR'], ['150 Millionen', 150e6, 'EUR'], ['4,5 Millionen', 4.5e6, 'EUR'], ['17,8 Mio.', 17.8e6, 'EUR']]],
  ['fr', 'what a business weighs and what it cost', "Le chiffre d'affaires atteint 2,9 milliards d'euros. L'oncologie pèsera plus de 1 milliard dès 2026. La clause a coûté près de 45 millions.", [
    ["2,9 milliards d'euros", 2.9e9, 'EUR'], ['1 milliard', 1e9, 'EUR'], ['45 millions', 45e6, 'EUR']]],
  ['it', 'reinvested and a licence fee', 'I ricavi sono saliti a 248 milioni di euro. Il club ha reinvestito circa 70 milioni. Riceve una quota del canone, circa 4,5 milioni.', [
    ['248 milioni di euro', 248e6, 'EUR'], ['70 milioni', 70e6, 'EUR'], ['4,5 milioni', 4.5e6, 'EUR']]],
];

describe('figures the b97 batch met', () => {
  it.each(CASES)('%s: %s', (lang, _title, text, want) => expectFigures(text, lang, want));
});
