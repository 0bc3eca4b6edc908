import { describe, it } from 'vitest';
import { type Case, expectFigures } from './helpers.ts';

// The b96 batch: a hyphenated per-share price, "about twenty million" in three languages, pesos in
// a sentence that names their country, and what a company bills, invests or plans.
const CASES: [lang: string, ...Case][] = [
  ['en', 'a hyphenated per-share price keeps its phrase', 'Shares closed at $1.02 a share, below the $1.27-a-share proposal.', [
    ['$1.02 a share', 1.02, 'USD', 'per_share'], ['$1.27-a-share', 1.27, 'USD', 'per_share']]],
  ['it', '"una ventina di milioni" is about twenty million; "decine di milioni" names no sum', 'Il debito resta poco sopra una ventina di milioni di euro, su decine di milioni di clienti.', [
    ['una ventina di milioni di euro', 20e6, 'EUR']]],
  ['fr', '"une dizaine de milliards", "une centaine de millions"', "Le fonds vise une dizaine de milliards d'euros et a levé une centaine de millions d'euros.", [
    ["une dizaine de milliards d'euros", 10e9, 'EUR'], ["une centaine de millions d'euros", 100e6, 'EUR']]],
  ['fr', 'pesos in a sentence about Mexico are Mexican; elsewhere they stay unknown', 'Au Mexique, la filiale investira 5 milliards de pesos. Le groupe a payé 3 millions de pesos.', [
    ['5 milliards de pesos', 5e9, 'MXN'], ['3 millions de pesos', 3e6, null]]],
  ['es', 'investments in the plural, what a company bills, a plan', 'Las ventas fueron de 900 millones de euros. Las inversiones alcanzaron 1.350 millones. Aspira a facturar 400 millones. Presentó un plan de 200 millones.', [
    ['900 millones de euros', 900e6, 'EUR'], ['1.350 millones', 1.35e9, 'EUR'], ['400 millones', 400e6, 'EUR'], ['200 millones', 200e6, 'EUR']]],
  ['it', 'a bare sum far from a dollar figure is in the euros the article counts in; one right after it in dollars',
    'I ricavi sono saliti a 900 milioni di euro e l\'utile a 80 milioni di euro. Negli Stati Uniti le vendite sono salite a 120 milioni di dollari, e il margine a 30 milioni. ' +
    'La società ha poi confermato il piano industriale presentato in primavera agli analisti, con nuove aperture in Germania, in Francia e nei paesi nordici, e la nomina di due consiglieri indipendenti. Il debito netto è sceso a 45 milioni.', [
      ['900 milioni di euro', 900e6, 'EUR'], ['80 milioni di euro', 80e6, 'EUR'], ['120 milioni di dollari', 120e6, 'USD'], ['30 milioni', 30e6, 'USD'], ['45 milioni', 45e6, 'EUR']]],
];

describe('figures the b96 batch met', () => {
  it.each(CASES)('%s: %s', (lang, _title, text, want) => expectFigures(text, lang, want));
});
