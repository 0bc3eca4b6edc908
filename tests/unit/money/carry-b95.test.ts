import { describe, it } from 'vitest';
import { type Case, expectFigures } from './helpers.ts';

// The b95 batch: a headline price the body gives per share, Mexico's CPOs, a commodity priced per
// tonne in a sentence about trading, people counted, and sums under management, compared, cancelled.
const CASES: [lang: string, ...Case][] = [
  ['en', "a headline's price the story gives per share is that price", 'Shawbrook prices listing at 345p\n\nThe lender priced its offering at 345p a share, valuing it at £1.8bn.', [
    ['345p', 3.45, 'GBP', 'per_share'], ['345p a share', 3.45, 'GBP', 'per_share'], ['£1.8bn', 1.8e9, 'GBP']]],
  ['es-MX', "Mexico's CPOs are shares", 'Los CPO de Televisa subieron 4.6% a 9.82 pesos. Pagará 0.35 pesos por CPO.', [
    ['9.82 pesos', 9.82, 'MXN', 'per_share'], ['0.35 pesos por CPO', 0.35, 'MXN', 'per_share']]],
  ['es', 'a commodity priced per tonne is no share price, even where it "cotizaba"', 'La celulosa cotizaba en torno a US$ 560 por tonelada, lejos de los más de US$ 800 de hace dos años.', [
    ['US$ 560', 560, 'USD'], ['US$ 800', 800, 'USD']]],
  ['fr', 'a book is no pound', "L'action, qui valait plus de 100 euros avant le scandale révélé par le livre d'un journaliste, vaut 12 euros.", [
    ['100 euros', 100, 'EUR', 'per_share'], ['12 euros', 12, 'EUR', 'per_share']]],
  ['it', 'active customers counted, subscribers fallen below a mark', 'Il patrimonio vale 7 miliardi di euro e i clienti attivi sono ormai 170mila. Gli abbonati sono scesi sotto 1,7 milioni.', [
    ['7 miliardi di euro', 7e9, 'EUR']]],
  ['es', 'assets under management, a comparison, credits cancelled', 'El fondo gestiona 3.000 millones de euros. Supera los 3.100 millones bajo gestión. La cifra se compara con 2.350 millones. Cancela créditos por unos 45 millones.', [
    ['3.000 millones de euros', 3e9, 'EUR'], ['3.100 millones', 3.1e9, 'EUR'], ['2.350 millones', 2.35e9, 'EUR'], ['45 millones', 45e6, 'EUR']]],
];

describe('figures the b95 batch met', () => {
  it.each(CASES)('%s: %s', (lang, _title, text, want) => expectFigures(text, lang, want));
});
